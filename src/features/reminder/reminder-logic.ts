/**
 * What the reminder shows and how it changes, as pure functions of the saved record and the
 * current time (always passed in). The hooks and screens only bind these to storage and the clock.
 */
import {
  MAX_SCHEDULE_DAYS,
  dueAtOrAfter,
  nextDueAfter,
  parseWakingWindow,
  type WakingWindow,
  type WakingWindowError,
} from '../../schedule/schedule';
import { nextRound, scheduleWindow, type NextRound } from '../../schedule/next-round';
import type { Reminder } from '../../storage/records';

/**
 * What the start page, the due screen and the notifier need to know right now: off, paused, or the
 * schedule's one next round (src/schedule/next-round.ts), which every other place reads too.
 */
export type ReminderView = { kind: 'off' } | { kind: 'paused' } | NextRound;

/** The saved waking window; the default if the record somehow holds one the schedule refuses. */
export function windowOf(reminder: Reminder): WakingWindow {
  return scheduleWindow(reminder);
}

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
  const fresh = nextDueAfter(now, windowOf(reminder), zone);
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
  const at = dueAtOrAfter(new Date(now.getTime() + minutes * 60_000), windowOf(reminder), zone);
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

/** What of the browser isIosHomeScreenApp looks at (passed in, so it is testable without one). */
export interface DisplayEnvironment {
  userAgent: string;
  maxTouchPoints: number;
  /** `navigator.standalone`: Safari's own flag, true in a home-screen app. */
  standalone?: boolean;
  /** `matchMedia('(display-mode: standalone)').matches`. */
  displayModeStandalone: boolean;
}

/**
 * True inside a Rugplan opened from the home screen of an iPhone or iPad, where a downloaded file
 * often goes nowhere: those users are told to open Rugplan in Safari for the calendar file.
 */
export function isIosHomeScreenApp(env: DisplayEnvironment): boolean {
  return isIos(env) && (env.standalone === true || env.displayModeStandalone);
}

/** True on an iPhone or iPad (any browser there is Safari underneath, with Safari's limits). */
export function isIos(env: Pick<DisplayEnvironment, 'userAgent' | 'maxTouchPoints'>): boolean {
  // iPadOS presents itself as a Mac, so a "Macintosh" with a touch screen is an iPad.
  return /iPhone|iPad|iPod/.test(env.userAgent) || (/Macintosh/.test(env.userAgent) && env.maxTouchPoints > 1);
}
