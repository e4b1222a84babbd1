/**
 * Who to call first, by the phone's clock: the own huisarts during practice hours (weekdays
 * 08:00–17:00), otherwise the huisartsenpost (evenings, nights, weekends and public holidays).
 * Pure: no React, no storage, no Intl. Day and hour come from the Date's own local fields
 * (getDay, getHours), never from a formatted string, so every engine and language agrees.
 *
 * This is information from the clock, not triage: the screen shows both numbers whatever the
 * time, only their order and the sentence above them follow the clock (clinical-facts.md).
 */

import type { AlarmGroup } from '../../content/schema';

/**
 * Who to call per urgency of the alarm list: 112 for what may threaten life; the huisarts or the
 * huisartsenpost in the order of the phone's clock for "meteen" and "vandaag" (the content's action
 * names both); the huisarts for an appointment within days.
 */
export const CALL_TARGETS: Record<AlarmGroup['urgency'], '112' | 'by-clock' | 'huisarts'> = {
  emergency: '112',
  urgent: 'by-clock',
  today: 'by-clock',
  days: 'huisarts',
};

/** The public holidays on which practices are treated as closed. */
export const HOLIDAYS = [
  'new-year',
  'easter-monday',
  'kings-day',
  'ascension',
  'whit-monday',
  'christmas',
  'boxing-day',
] as const;
export type Holiday = (typeof HOLIDAYS)[number];

/** Why the order is what it is; each reason has its own sentence on screen. */
export type CallReason = 'practice-hours' | 'evening-or-night' | 'weekend' | 'holiday';

export interface CallOrder {
  first: 'huisarts' | 'huisartsenpost';
  second: 'huisarts' | 'huisartsenpost';
  reason: CallReason;
  /** Set when the reason is a public holiday. */
  holiday?: Holiday;
}

/** Practice hours: from 08:00 up to (not including) 17:00 on a weekday. */
export const PRACTICE_HOURS = { from: 8, until: 17 } as const;

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher): month 1–12. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** "month-day" for a local calendar date, month 1–12. */
const key = (month: number, day: number) => `${month}-${day}`;

/** A date `days` after Easter Sunday, as a key; a local noon avoids any daylight-saving edge. */
function afterEaster(year: number, days: number): string {
  const easter = easterSunday(year);
  const date = new Date(year, easter.month - 1, easter.day + days, 12);
  return key(date.getMonth() + 1, date.getDate());
}

/** The public holidays of a year, by "month-day" key. */
export function holidaysOf(year: number): Map<string, Holiday> {
  // King's Day is 27 April, or Saturday 26 April when the 27th falls on a Sunday.
  const kingsDaySunday = new Date(year, 3, 27, 12).getDay() === 0;
  return new Map<string, Holiday>([
    [key(1, 1), 'new-year'],
    [afterEaster(year, 1), 'easter-monday'],
    [key(4, kingsDaySunday ? 26 : 27), 'kings-day'],
    [afterEaster(year, 39), 'ascension'],
    [afterEaster(year, 50), 'whit-monday'],
    [key(12, 25), 'christmas'],
    [key(12, 26), 'boxing-day'],
  ]);
}

/** The public holiday on the phone's local date, if any. */
export function holidayOn(date: Date): Holiday | undefined {
  return holidaysOf(date.getFullYear()).get(key(date.getMonth() + 1, date.getDate()));
}

/** Who to call first at this moment of the phone's clock, and why. */
export function callOrder(now: Date): CallOrder {
  const post = { first: 'huisartsenpost', second: 'huisarts' } as const;
  const holiday = holidayOn(now);
  if (holiday) return { ...post, reason: 'holiday', holiday };
  const day = now.getDay();
  if (day === 0 || day === 6) return { ...post, reason: 'weekend' };
  const hour = now.getHours();
  if (hour < PRACTICE_HOURS.from || hour >= PRACTICE_HOURS.until) return { ...post, reason: 'evening-or-night' };
  return { first: 'huisarts', second: 'huisartsenpost', reason: 'practice-hours' };
}
