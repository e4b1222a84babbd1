/**
 * What the reminder shows and how it changes, as pure functions of the saved record and the
 * current time (always passed in). The hooks and screens only bind these to storage and the clock.
 */
import { parseClockTime, wallTimeAt, type PlainDate } from '../../schedule/clock-time';
import {
  DEFAULT_WAKING_WINDOW,
  MAX_SCHEDULE_DAYS,
  ROUND_INTERVAL_MS,
  dueAtOrAfter,
  isWithinWakingWindow,
  nextDueAfter,
  parseWakingWindow,
  resolveDue,
  type WakingWindow,
  type WakingWindowError,
} from '../../schedule/schedule';
import type { Reminder } from '../../storage/records';

/** What the start page, the due screen and the notifier need to know right now. */
export type ReminderView =
  | { kind: 'off' }
  | { kind: 'paused' }
  /** `day` is 0 when the round is due later today, 1 when tomorrow (on the zone's calendar). */
  | { kind: 'upcoming'; dueAt: Date; remainingMs: number; day: number }
  /**
   * A round is due. `plannedAt` is the deadline only when it passed today and no later round has
   * also gone by: a deadline from hours or days ago is not worth mentioning, the plan just goes on.
   * `nextIfDoneNow` is when the round after this one would be due if it is done now.
   */
  | { kind: 'due'; plannedAt?: Date; nextIfDoneNow: Date };

/** The saved waking window; the default if the record somehow holds one the schedule refuses. */
export function windowOf(reminder: Reminder): WakingWindow {
  const parsed = parseWakingWindow(reminder.wakeFrom, reminder.wakeUntil);
  return parsed.ok ? parsed.window : DEFAULT_WAKING_WINDOW;
}

/**
 * Reads the reminder against the clock. A deadline that passed is 'due' only during waking hours:
 * at night the next round is the wake-up, so opening the app at 03:00 never nags.
 */
export function reminderView(reminder: Reminder, now: Date, zone: string): ReminderView {
  if (reminder.state === 'off') return { kind: 'off' };
  if (reminder.state === 'paused') return { kind: 'paused' };
  const window = windowOf(reminder);
  const deadline = reminder.nextDueAt === undefined ? undefined : new Date(reminder.nextDueAt);
  const upcoming = (dueAt: Date): ReminderView => ({
    kind: 'upcoming',
    dueAt,
    remainingMs: dueAt.getTime() - now.getTime(),
    day: dayDifference(wallTimeAt(now, zone), wallTimeAt(dueAt, zone)),
  });
  if (!isWithinWakingWindow(now, window, zone)) {
    // Nights off: whatever the deadline, nothing is due before the next wake-up.
    const wakeUp = dueAtOrAfter(now, window, zone);
    if (!deadline || Number.isNaN(deadline.getTime()) || deadline.getTime() <= wakeUp.getTime()) {
      return upcoming(wakeUp);
    }
  }
  const nextIfDoneNow = nextDueAfter(now, window, zone);
  // On without a deadline cannot come from our own code (start sets one); the safe reading is
  // "a round is due", never a crash or a blank.
  if (!deadline || Number.isNaN(deadline.getTime())) return { kind: 'due', nextIfDoneNow };
  const resolved = resolveDue({ nextDueAt: deadline }, now, window, zone);
  if (resolved.status === 'upcoming') return upcoming(resolved.dueAt);
  const recent =
    resolved.missedRounds === 0 && dayDifference(wallTimeAt(resolved.dueAt, zone), wallTimeAt(now, zone)) === 0;
  return recent ? { kind: 'due', plannedAt: resolved.dueAt, nextIfDoneNow } : { kind: 'due', nextIfDoneNow };
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

/**
 * The times of day of the rounds ('08:00', '10:00', … up to the end of the window), for alarms in
 * the phone's clock app, which repeat by wall-clock time.
 */
export function roundTimesOfDay(window: WakingWindow): string[] {
  const from = parseClockTime(window.from);
  const until = parseClockTime(window.until);
  if (from === null || until === null) return [];
  const step = ROUND_INTERVAL_MS / 60_000;
  const times: string[] = [];
  for (let minutes = from; minutes <= until; minutes += step) {
    times.push(`${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);
  }
  return times;
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

/** Calendar days from `a` to `b` (positive when `b` is later). */
function dayDifference(a: PlainDate, b: PlainDate): number {
  const asNumber = (d: PlainDate) => Date.UTC(d.year, d.month - 1, d.day);
  return Math.round((asNumber(b) - asNumber(a)) / 86_400_000);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
