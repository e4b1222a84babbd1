/**
 * What the reminder shows and how it changes, as pure functions of the saved record and the
 * current time (always passed in). The hooks and screens only bind these to storage and the clock.
 */
import {
  MAX_SCHEDULE_DAYS,
  dueAtOrAfter,
  nextDueAfter,
  parseWakingWindow,
  type WakingWindowError,
} from '../../schedule/schedule';
import { nextRound, scheduleWindow, type NextRound } from '../../schedule/next-round';
import type { Reminder } from '../../storage/records';

/**
 * What the start page, the due screen and the notifier need to know right now: off, paused, or the
 * schedule's one next round (src/schedule/next-round.ts), which every other place reads too.
 */
export type ReminderView = { kind: 'off' } | { kind: 'paused' } | NextRound;

/**
 * Reads the reminder against the clock. A deadline that passed is 'due' only during waking hours:
 * at night the next round is the wake-up, so opening the app at 03:00 never nags.
 */
export function reminderView(reminder: Reminder, now: Date, zone: string): ReminderView {
  if (reminder.state === 'off') return { kind: 'off' };
  if (reminder.state === 'paused') return { kind: 'paused' };
  return nextRound(reminder, now, zone);
}

/**
 * Turns the reminder on (from off or paused). A deadline set by a round finished in the last two
 * hours is kept, so the plan's rhythm goes on; otherwise the first round is two hours from now
 * (or the next wake-up).
 */
export function startReminder(reminder: Reminder, now: Date, zone: string): Reminder {
  const fresh = nextDueAfter(now, scheduleWindow(reminder), zone);
  const saved = reminder.nextDueAt === undefined ? NaN : Date.parse(reminder.nextDueAt);
  // A saved deadline later than `fresh` cannot come from a round finished by now (clock set back).
  const keep = saved > now.getTime() && saved <= fresh.getTime();
  return { ...reminder, state: 'on', nextDueAt: keep ? reminder.nextDueAt : fresh.toISOString() };
}

/** Pauses the reminder: nothing is due and nothing is shown until it is turned on again. */
export function pauseReminder(reminder: Reminder): Reminder {
  return { ...reminder, state: 'paused' };
}

/** Stops the reminder. The deadline stays: a round finished today still sets it for a restart. */
export function stopReminder(reminder: Reminder): Reminder {
  return { ...reminder, state: 'off' };
}

/** "Later": the round is asked for again `minutes` from now, or at the next wake-up if that is night. */
export function snoozeReminder(reminder: Reminder, now: Date, minutes: number, zone: string): Reminder {
  const at = dueAtOrAfter(new Date(now.getTime() + minutes * 60_000), scheduleWindow(reminder), zone);
  return { ...reminder, nextDueAt: at.toISOString() };
}

/** The result of changing the waking hours: the new record, or why the input was refused. */
export type WindowChange = { ok: true; reminder: Reminder } | { ok: false; error: WakingWindowError };

/**
 * Sets new waking hours typed by the user. A pending deadline that now falls at night moves to the
 * next wake-up of the new window.
 */
export function changeWakingWindow(
  reminder: Reminder,
  from: string,
  until: string,
  now: Date,
  zone: string,
): WindowChange {
  const parsed = parseWakingWindow(from, until);
  if (!parsed.ok) return parsed;
  const next: Reminder = { ...reminder, wakeFrom: parsed.window.from, wakeUntil: parsed.window.until };
  const saved = reminder.nextDueAt === undefined ? NaN : Date.parse(reminder.nextDueAt);
  if (saved > now.getTime()) {
    next.nextDueAt = dueAtOrAfter(new Date(saved), parsed.window, zone).toISOString();
  }
  return { ok: true, reminder: next };
}

/** Why a number of calendar days was refused; the page turns the code into a sentence. */
export type DaysError = 'not-a-number' | 'too-few' | 'too-many';

/** The calendar file's number of days as typed: a whole number from 1 to MAX_SCHEDULE_DAYS. */
export function parseDays(text: string): { ok: true; days: number } | { ok: false; error: DaysError } {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return { ok: false, error: 'not-a-number' };
  const days = Number(trimmed);
  if (days < 1) return { ok: false, error: 'too-few' };
  if (days > MAX_SCHEDULE_DAYS) return { ok: false, error: 'too-many' };
  return { ok: true, days };
}
