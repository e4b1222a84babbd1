import { describe, expect, test } from 'vitest';
import { dayKey, groupByDay } from '../../src/features/diary/diary-days';
import { deviceZone } from '../../src/schedule/clock-time';
import type { DiaryEntry } from '../../src/storage/records';
import { dateFromKey, formatDateTime, formatTimeOfDay, isSameLocalDay } from '../../src/ui/format-time';

const entry = (id: string, at: string): DiaryEntry => ({ id, at, pain: 5, location: 'bil', moment: 'any' });

describe('the day key comes from the Date, not from a formatted string', () => {
  test('one instant, three zones: each gets its own calendar day', () => {
    // 1 December 2026, 11:30 UTC: 12:30 in Amsterdam, 06:30 in New York, 00:30 next day in Auckland.
    const iso = '2026-12-01T11:30:00.000Z';
    expect(dayKey(iso, 'Europe/Amsterdam')).toBe('2026-12-01');
    expect(dayKey(iso, 'America/New_York')).toBe('2026-12-01');
    expect(dayKey(iso, 'Pacific/Auckland')).toBe('2026-12-02');
    // 04:30 UTC is still the evening before in New York.
    expect(dayKey('2026-12-01T04:30:00.000Z', 'America/New_York')).toBe('2026-11-30');
  });

  test('Amsterdam, the spring-forward day (29 March 2026): midnight falls where the clocks say', () => {
    expect(dayKey('2026-03-28T22:59:00.000Z', 'Europe/Amsterdam')).toBe('2026-03-28'); // 23:59 CET
    expect(dayKey('2026-03-28T23:00:00.000Z', 'Europe/Amsterdam')).toBe('2026-03-29'); // 00:00 CET
    expect(dayKey('2026-03-29T01:30:00.000Z', 'Europe/Amsterdam')).toBe('2026-03-29'); // 03:30 CEST, after the gap
    expect(dayKey('2026-03-29T21:59:00.000Z', 'Europe/Amsterdam')).toBe('2026-03-29'); // 23:59 CEST
    expect(dayKey('2026-03-29T22:00:00.000Z', 'Europe/Amsterdam')).toBe('2026-03-30'); // 00:00 CEST
  });

  test('Amsterdam, the fall-back day (25 October 2026): both 02:30s are on the 25th', () => {
    expect(dayKey('2026-10-24T21:59:00.000Z', 'Europe/Amsterdam')).toBe('2026-10-24'); // 23:59 CEST
    expect(dayKey('2026-10-24T22:00:00.000Z', 'Europe/Amsterdam')).toBe('2026-10-25'); // 00:00 CEST
    expect(dayKey('2026-10-25T00:30:00.000Z', 'Europe/Amsterdam')).toBe('2026-10-25'); // 02:30 CEST
    expect(dayKey('2026-10-25T01:30:00.000Z', 'Europe/Amsterdam')).toBe('2026-10-25'); // 02:30 CET
    expect(dayKey('2026-10-25T22:59:00.000Z', 'Europe/Amsterdam')).toBe('2026-10-25'); // 23:59 CET
    expect(dayKey('2026-10-25T23:00:00.000Z', 'Europe/Amsterdam')).toBe('2026-10-26'); // 00:00 CET
  });

  test('New York and Auckland change days too (8 March and 5 April 2026)', () => {
    expect(dayKey('2026-03-08T04:59:00.000Z', 'America/New_York')).toBe('2026-03-07'); // 23:59 EST
    expect(dayKey('2026-03-09T03:59:00.000Z', 'America/New_York')).toBe('2026-03-08'); // 23:59 EDT
    expect(dayKey('2026-04-04T10:59:00.000Z', 'Pacific/Auckland')).toBe('2026-04-04'); // 23:59 NZDT
    expect(dayKey('2026-04-05T11:59:00.000Z', 'Pacific/Auckland')).toBe('2026-04-05'); // 23:59 NZST
  });

  test("without a zone the key is the phone's own calendar day, the same as naming that zone", () => {
    const zone = deviceZone();
    for (let hour = 0; hour < 48; hour += 1) {
      const iso = new Date(Date.UTC(2026, 9, 24, hour, 30)).toISOString();
      expect(dayKey(iso)).toBe(dayKey(iso, zone));
    }
  });

  test('keys sort as text: days around a DST change come out newest first', () => {
    const days = groupByDay(
      [
        entry('before', '2026-10-24T21:00:00.000Z'),
        entry('first-0230', '2026-10-25T00:30:00.000Z'),
        entry('second-0230', '2026-10-25T01:30:00.000Z'),
        entry('after', '2026-10-25T23:30:00.000Z'),
      ],
      'Europe/Amsterdam',
    );
    expect(days.map((d) => [d.day, d.entries.map((e) => e.id)])).toEqual([
      ['2026-10-26', ['after']],
      ['2026-10-25', ['first-0230', 'second-0230']],
      ['2026-10-24', ['before']],
    ]);
  });

  test('a key turns back into its date in every zone; a malformed key into nothing', () => {
    expect(dateFromKey('2026-03-29')?.toISOString()).toBe('2026-03-29T12:00:00.000Z');
    expect(dateFromKey('0099-01-02')?.getUTCFullYear()).toBe(99);
    expect(dateFromKey('29/03/2026')).toBeUndefined();
    expect(dateFromKey('2026-3-29')).toBeUndefined();
  });
});

describe('times shown to the user are 24-hour in both languages', () => {
  const nine = new Date('2026-12-01T08:00:00.000Z'); // 09:00 in Amsterdam

  test.each(['nl', 'en', 'en-GB', 'en-US', 'nl-NL'])('%s: 09:00, 21:00 and midnight as 00:00', (language) => {
    expect(formatTimeOfDay(nine, language, 'Europe/Amsterdam')).toBe('09:00');
    expect(formatTimeOfDay(new Date('2026-12-01T20:00:00.000Z'), language, 'Europe/Amsterdam')).toBe('21:00');
    expect(formatTimeOfDay(new Date('2026-11-30T23:00:00.000Z'), language, 'Europe/Amsterdam')).toBe('00:00');
  });

  test('the same instant in New York and Auckland', () => {
    expect(formatTimeOfDay(nine, 'en', 'America/New_York')).toBe('03:00');
    expect(formatTimeOfDay(nine, 'nl', 'Pacific/Auckland')).toBe('21:00');
  });

  test('both DST change days in Amsterdam', () => {
    expect(formatTimeOfDay(new Date('2026-03-29T00:59:00.000Z'), 'nl', 'Europe/Amsterdam')).toBe('01:59');
    expect(formatTimeOfDay(new Date('2026-03-29T01:00:00.000Z'), 'nl', 'Europe/Amsterdam')).toBe('03:00');
    expect(formatTimeOfDay(new Date('2026-10-25T00:30:00.000Z'), 'en', 'Europe/Amsterdam')).toBe('02:30');
    expect(formatTimeOfDay(new Date('2026-10-25T01:30:00.000Z'), 'en', 'Europe/Amsterdam')).toBe('02:30');
    expect(formatTimeOfDay(new Date('2026-10-25T02:30:00.000Z'), 'en', 'Europe/Amsterdam')).toBe('03:30');
  });

  test('a date with a time has no AM or PM in English either', () => {
    const evening = new Date('2026-12-01T20:05:00.000Z');
    for (const language of ['en', 'en-GB', 'nl']) {
      const text = formatDateTime(evening, language, 'Europe/Amsterdam');
      expect(text).toContain('21:05');
      expect(text).not.toMatch(/AM|PM/i);
    }
  });

  test("the same local day is read from the Date's fields", () => {
    const a = new Date(2026, 2, 29, 0, 5);
    expect(isSameLocalDay(a, new Date(2026, 2, 29, 23, 55))).toBe(true);
    expect(isSameLocalDay(a, new Date(2026, 2, 28, 23, 55))).toBe(false);
    expect(isSameLocalDay(a, new Date(2027, 2, 29, 0, 5))).toBe(false);
  });
});
