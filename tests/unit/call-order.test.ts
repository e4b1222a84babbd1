// @vitest-environment node
// Who to call first by the phone's clock: huisarts on weekdays 08:00–17:00, otherwise the
// huisartsenpost, and public holidays count as closed. Dates are built from local fields, so the
// test means the same in any time zone the machine runs in.
import { describe, expect, test } from 'vitest';
import { callOrder, easterSunday, holidayOn, holidaysOf } from '../../src/features/safety/call-order';

/** A local date and time; month 1–12. */
const at = (year: number, month: number, day: number, hour: number, minute = 0) =>
  new Date(year, month - 1, day, hour, minute);

describe('practice hours on weekdays', () => {
  test.each([
    ['Monday 08:00, the first minute', at(2026, 11, 30, 8, 0)],
    ['Wednesday 10:30', at(2026, 12, 2, 10, 30)],
    ['Friday 16:59, the last minute', at(2026, 12, 4, 16, 59)],
  ])('%s: the huisarts first, then the huisartsenpost', (_, date) => {
    expect(callOrder(date)).toEqual({ first: 'huisarts', second: 'huisartsenpost', reason: 'practice-hours' });
  });

  test.each([
    ['Monday 07:59', at(2026, 11, 30, 7, 59)],
    ['Tuesday 17:00', at(2026, 12, 1, 17, 0)],
    ['Tuesday 22:15', at(2026, 12, 1, 22, 15)],
    ['Thursday 03:00', at(2026, 12, 3, 3, 0)],
    ['Wednesday 00:00', at(2026, 12, 2, 0, 0)],
  ])('%s: evening or night, the huisartsenpost first', (_, date) => {
    expect(callOrder(date)).toEqual({ first: 'huisartsenpost', second: 'huisarts', reason: 'evening-or-night' });
  });
});

describe('weekends', () => {
  test.each([
    ['Saturday 10:00', at(2026, 12, 5, 10)],
    ['Sunday 14:00', at(2026, 12, 6, 14)],
    ['Saturday 23:30', at(2026, 12, 5, 23, 30)],
  ])('%s: the huisartsenpost first, also in the daytime', (_, date) => {
    expect(callOrder(date)).toEqual({ first: 'huisartsenpost', second: 'huisarts', reason: 'weekend' });
  });
});

describe('public holidays count as closed, in the daytime of a weekday', () => {
  test.each([
    ["New Year's Day 2027 (Friday)", at(2027, 1, 1, 10), 'new-year'],
    ['Easter Monday 2026 (6 April)', at(2026, 4, 6, 10), 'easter-monday'],
    ['Easter Monday 2027 (29 March)', at(2027, 3, 29, 10), 'easter-monday'],
    ["King's Day 2026 (Monday 27 April)", at(2026, 4, 27, 10), 'kings-day'],
    ['Ascension Day 2026 (Thursday 14 May)', at(2026, 5, 14, 10), 'ascension'],
    ['Whit Monday 2026 (25 May)', at(2026, 5, 25, 10), 'whit-monday'],
    ['Christmas Day 2026 (Friday)', at(2026, 12, 25, 10), 'christmas'],
    ['Boxing Day 2029 (Wednesday)', at(2029, 12, 26, 10), 'boxing-day'],
  ])('%s', (_, date, holiday) => {
    expect(callOrder(date)).toEqual({ first: 'huisartsenpost', second: 'huisarts', reason: 'holiday', holiday });
  });

  test("King's Day moves to Saturday 26 April when the 27th is a Sunday (2025), and only then", () => {
    expect(holidayOn(at(2025, 4, 26, 10))).toBe('kings-day');
    expect(holidayOn(at(2025, 4, 27, 10))).toBeUndefined();
    expect(holidayOn(at(2026, 4, 26, 10))).toBeUndefined();
  });

  test('the day before and after a holiday are ordinary weekdays', () => {
    expect(callOrder(at(2026, 5, 13, 10)).reason).toBe('practice-hours');
    expect(callOrder(at(2026, 5, 15, 10)).reason).toBe('practice-hours');
    expect(callOrder(at(2026, 12, 24, 10)).reason).toBe('practice-hours');
  });

  test('Easter Sunday comes out right for years on either side of the century and both month edges', () => {
    expect(easterSunday(2024)).toEqual({ month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 });
    expect(easterSunday(2008)).toEqual({ month: 3, day: 23 });
    expect(easterSunday(2100)).toEqual({ month: 3, day: 28 });
  });

  test('a year has the seven holidays, each on its own date', () => {
    expect([...holidaysOf(2026).entries()]).toEqual([
      ['1-1', 'new-year'],
      ['4-6', 'easter-monday'],
      ['4-27', 'kings-day'],
      ['5-14', 'ascension'],
      ['5-25', 'whit-monday'],
      ['12-25', 'christmas'],
      ['12-26', 'boxing-day'],
    ]);
  });
});
