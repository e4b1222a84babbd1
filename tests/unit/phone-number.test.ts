// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { parseDutchPhoneNumber, type PhoneError } from '../../src/features/safety/phone-number';

describe('Dutch phone numbers that are accepted', () => {
  test.each([
    // typed → canonical (saved), call link, readable
    ['020-1234567', '+31201234567', 'tel:+31201234567', '020 123 4567'],
    ['020 123 45 67', '+31201234567', 'tel:+31201234567', '020 123 4567'],
    ['(020) 123 4567', '+31201234567', 'tel:+31201234567', '020 123 4567'],
    ['+31 20 123 4567', '+31201234567', 'tel:+31201234567', '020 123 4567'],
    ['+31 (0)20 123 4567', '+31201234567', 'tel:+31201234567', '020 123 4567'],
    ['+31(0)201234567', '+31201234567', 'tel:+31201234567', '020 123 4567'],
    ['+31 020 123 4567', '+31201234567', 'tel:+31201234567', '020 123 4567'],
    ['(+31) 20 123 4567', '+31201234567', 'tel:+31201234567', '020 123 4567'],
    ['0031 20 123 4567', '+31201234567', 'tel:+31201234567', '020 123 4567'],
    ['0031-(0)20-1234567', '+31201234567', 'tel:+31201234567', '020 123 4567'],
    ['  010.123.45.67  ', '+31101234567', 'tel:+31101234567', '010 123 4567'],
    ['0513-123456', '+31513123456', 'tel:+31513123456', '0513 123 456'],
    ['0513 12 34 56', '+31513123456', 'tel:+31513123456', '0513 123 456'],
    ['088-1234567', '+31881234567', 'tel:+31881234567', '088 123 4567'],
    ['085 123 4567', '+31851234567', 'tel:+31851234567', '085 123 4567'],
    ['091 123 4567', '+31911234567', 'tel:+31911234567', '091 123 4567'],
    ['06-12345678', '+31612345678', 'tel:+31612345678', '06 1234 5678'],
    ['06 1234 5678', '+31612345678', 'tel:+31612345678', '06 1234 5678'],
    ['+31612345678', '+31612345678', 'tel:+31612345678', '06 1234 5678'],
    ['+31 6 12 34 56 78', '+31612345678', 'tel:+31612345678', '06 1234 5678'],
    ['+31 (0)6-12345678', '+31612345678', 'tel:+31612345678', '06 1234 5678'],
    ['0031612345678', '+31612345678', 'tel:+31612345678', '06 1234 5678'],
    ['06/12345678', '+31612345678', 'tel:+31612345678', '06 1234 5678'],
    ['0800-1234', '+318001234', 'tel:08001234', '0800 1234'],
    ['0800 0113', '+318000113', 'tel:08000113', '0800 0113'],
    ['0900-1234567', '+319001234567', 'tel:09001234567', '0900 123 4567'],
    ['0900 12345', '+3190012345', 'tel:090012345', '0900 12345'],
    ['0906-123456', '+31906123456', 'tel:0906123456', '0906 123 456'],
    ['+31 900 1234567', '+319001234567', 'tel:09001234567', '0900 123 4567'],
    ['112', '112', 'tel:112', '112'],
    ['113', '113', 'tel:113', '113'],
  ])('%s', (typed, e164, href, display) => {
    const result = parseDutchPhoneNumber(typed);
    expect(result).toMatchObject({ ok: true, number: { e164, href, display } });
  });

  test('the kind is recognised', () => {
    const kind = (typed: string) => {
      const result = parseDutchPhoneNumber(typed);
      return result.ok ? result.number.kind : result.error;
    };
    expect([kind('06 12345678'), kind('020 1234567'), kind('0800 1234'), kind('112')]).toEqual([
      'mobile',
      'landline',
      'service',
      'short',
    ]);
  });

  test('the saved canonical form reads back as the same number', () => {
    for (const typed of ['020 123 4567', '06 1234 5678', '0513 123456', '0800 1234', '0900 1234567']) {
      const first = parseDutchPhoneNumber(typed);
      if (!first.ok) throw new Error(typed);
      expect(parseDutchPhoneNumber(first.number.e164)).toEqual(first);
    }
  });
});

describe('texts that are refused, with the reason', () => {
  test.each<[string, PhoneError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['huisarts', 'letters'],
    ['020 123 456a', 'letters'],
    ['O2O 123 4567', 'letters'], // letter O instead of zero
    ['020 123 4567 toestel 12', 'letters'],
    ['020#1234567', 'characters'],
    ['020 + 1234567', 'characters'],
    ['+', 'characters'],
    ['---', 'characters'],
    ['+32 2 123 45 67', 'foreign'],
    ['0032 2 123 45 67', 'foreign'],
    ['+44 20 7946 0958', 'foreign'],
    ['+1 212 555 0100', 'foreign'],
    ['0049 30 1234567', 'foreign'],
    ['201234567', 'no-prefix'],
    ['612345678', 'no-prefix'],
    ['12', 'too-short'],
    ['1234', 'too-short'],
    ['0', 'too-short'],
    ['+31', 'too-short'],
    ['020', 'too-short'],
    ['020 123 456', 'too-short'],
    ['06 1234 567', 'too-short'],
    ['0800 123', 'too-short'],
    ['020 123 45678', 'too-long'],
    ['06 1234 56789', 'too-long'],
    ['+31 6 1234 56789', 'too-long'],
    ['0900 1234 5678', 'too-long'],
    ['0612345678901234', 'too-long'],
    ['097 1234 56789', 'unknown-prefix'],
    ['+31 00 1234567', 'unknown-prefix'],
  ])('%j → %s', (typed, error) => {
    expect(parseDutchPhoneNumber(typed)).toEqual({ ok: false, error });
  });
});
