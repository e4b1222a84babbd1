/**
 * Dutch phone numbers as people type them: "020-123 45 67", "06 12345678", "+31 (0)20 123 4567",
 * "0031 6 1234 5678", "0800-1234", "112". Pure: no React, no storage.
 *
 * A number is read as: an optional country prefix (+31 or 0031, nothing else), the trunk 0, then
 * the national number, whose first digits say how long it must be (Nummerplan, ACM):
 * - 6…: mobile, 9 digits (06 1234 5678);
 * - 800, 900, 906, 909: service numbers, 4 to 7 digits after the prefix (0800 1234, 0900 123 4567);
 * - any other 1–5, 7, 8, 9…: landline or company numbers, 9 digits (020 123 4567, 0513 123 456,
 *   088 123 4567 — many huisartsenposten use 088 or 0900).
 * Short numbers without a 0 (112, 113) are recognised so the form can say what to do with them.
 */

/** What kind of number it is; the form uses it to refuse a short number as someone's GP. */
export type PhoneKind = 'mobile' | 'landline' | 'service' | 'short';

/** A checked number: what to dial and how to show it. */
export interface PhoneNumber {
  kind: PhoneKind;
  /** The canonical form that is saved: E.164 (+31…), or the short number itself. */
  e164: string;
  /** The `href` of the call link (`tel:+31201234567`). */
  href: string;
  /** Readable in the Dutch way: "020 123 4567", "06 1234 5678", "0800 1234". */
  display: string;
}

/** Why a text is not a Dutch phone number; each has its own message in the safety namespace. */
export type PhoneError =
  'empty' | 'letters' | 'characters' | 'foreign' | 'no-prefix' | 'too-short' | 'too-long' | 'unknown-prefix';

/** The result of reading a typed number. */
export type PhoneParse = { ok: true; number: PhoneNumber } | { ok: false; error: PhoneError };

/** Short numbers that may be dialled as they are. 112: emergency; 113: suicide prevention (113 Zelfmoordpreventie). */
const SHORT_NUMBERS = ['112', '113'] as const;

/** National prefixes (without the 0) of the areas and services with a two-digit code: 020, 010, 088… */
const TWO_DIGIT_AREAS = new Set([
  '10',
  '13',
  '15',
  '20',
  '23',
  '24',
  '26',
  '30',
  '33',
  '35',
  '36',
  '38',
  '40',
  '43',
  '45',
  '46',
  '50',
  '53',
  '55',
  '58',
  '70',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '77',
  '78',
  '79',
  '84',
  '85',
  '87',
  '88',
  '91',
]);

const SERVICE_PREFIXES = ['800', '900', '906', '909'] as const;

/** Reads a typed Dutch phone number; spaces, dashes, dots, slashes and brackets are allowed anywhere. */
export function parseDutchPhoneNumber(input: string): PhoneParse {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (/\p{L}/u.test(text)) return { ok: false, error: 'letters' };
  // A plus only at the very start ("(+31)" counts); everything else a digit or a separator.
  if (!/^\(?\+?[\d\s\-.()/]+$/.test(text)) return { ok: false, error: 'characters' };
  const digits = text.replace(/\D/g, '');
  if (digits === '') return { ok: false, error: 'characters' };
  const plus = text.includes('+');

  let national: string;
  if (plus || digits.startsWith('00')) {
    const afterPlus = plus ? digits : digits.slice(2);
    if (!afterPlus.startsWith('31')) return { ok: false, error: 'foreign' };
    // "+31 (0)20 …" and "+31 020 …" are common: the trunk 0 after the country code is dropped.
    national = afterPlus.slice(2).replace(/^0/, '');
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else {
    const short = SHORT_NUMBERS.find((n) => n === digits);
    if (short) return { ok: true, number: { kind: 'short', e164: short, href: `tel:${short}`, display: short } };
    return { ok: false, error: digits.length < 9 ? 'too-short' : 'no-prefix' };
  }
  return fromNational(national);
}

/** An 0800 or 0900 number (`national` without the trunk 0, starting with `service`). */
function fromService(national: string, service: string): PhoneParse {
  const rest = national.slice(service.length);
  if (rest.length < 4) return { ok: false, error: 'too-short' };
  if (rest.length > 7) return { ok: false, error: 'too-long' };
  return {
    ok: true,
    number: {
      kind: 'service',
      e164: `+31${national}`,
      // 0800 and 0900 numbers are often not reachable in international format, and they are
      // only ever called from within the Netherlands: the link dials them the national way.
      href: `tel:0${national}`,
      display: `0${service} ${group(rest)}`,
    },
  };
}

function fromNational(national: string): PhoneParse {
  if (national === '') return { ok: false, error: 'too-short' };
  const service = SERVICE_PREFIXES.find((p) => national.startsWith(p));
  if (service) return fromService(national, service);
  const first = national[0] ?? '';
  // A second 0 ("00 …" after the trunk 0) starts no Dutch number.
  if (!/[1-9]/.test(first)) return { ok: false, error: 'unknown-prefix' };
  // Other 09… ranges (097 machine numbers and the like) are not numbers a person calls.
  if (first === '9' && !national.startsWith('91')) return { ok: false, error: 'unknown-prefix' };
  if (national.length < 9) return { ok: false, error: 'too-short' };
  if (national.length > 9) return { ok: false, error: 'too-long' };
  const e164 = `+31${national}`;
  if (first === '6') {
    return {
      ok: true,
      number: { kind: 'mobile', e164, href: `tel:${e164}`, display: `06 ${national.slice(1, 5)} ${national.slice(5)}` },
    };
  }
  const area = TWO_DIGIT_AREAS.has(national.slice(0, 2)) ? national.slice(0, 2) : national.slice(0, 3);
  const subscriber = national.slice(area.length);
  return {
    ok: true,
    number: { kind: 'landline', e164, href: `tel:${e164}`, display: `0${area} ${group(subscriber)}` },
  };
}

/** 7 digits as "123 4567", 6 as "123 456", 4 as "1234", 5 as "12345". */
function group(digits: string): string {
  if (digits.length >= 6) return `${digits.slice(0, 3)} ${digits.slice(3)}`;
  return digits;
}
