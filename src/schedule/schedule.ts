/**
 * When the next exercise round is due. The leaflet says "om de twee uur" (every two hours) while
 * awake; we store the deadline (`nextDueAt`), never count ticks, and work out everything else from
 * it and the current time, which is always passed in so these functions stay pure and testable.
 *
 * Decisions:
 * - The waking window includes both ends: with 08:00–22:00 a round due at exactly 22:00 is still
 *   asked for, so a day that starts at 08:00 has 8 rounds (08, 10, … 22). Due at 22:01 → next
 *   morning.
 * - "Two hours" is two hours of real elapsed time (instant + 2 h), also across a DST change; the
 *   wake-up time is the wall-clock time in the zone on that date.
 * - User input (the window) gets a result type with a reason code; calling with impossible
 *   arguments (invalid Date, days outside 1–14, a window that never went through
 *   parseWakingWindow) is a programming error and throws RangeError.
 */
import {
  addDays,
  DEFAULT_ZONE,
  minutesToMs,
  msOfDay,
  parseClockTime,
  type PlainDate,
  wallTimeAt,
  zonedTimeToInstant,
} from './clock-time';

export { DEFAULT_ZONE, type ClockTime } from './clock-time';
export {
  DEFAULT_WAKING_WINDOW,
  parseWakingWindow,
  ROUND_INTERVAL_MS,
  type ParsedWakingWindow,
  type WakingWindow,
  type WakingWindowError,
} from './waking-window';
import { parseWakingWindow, ROUND_INTERVAL_MS, type WakingWindow } from './waking-window';

/** Most days a calendar file may cover (the acute phase is days to a couple of weeks). */
export const MAX_SCHEDULE_DAYS = 14;

/** resolveDue stops counting missed rounds here, so a deadline from years ago costs no time. */
export const MISSED_ROUNDS_COUNT_LIMIT = 999;

const MINUTE_MS = 60 * 1000;

interface WindowBounds {
  fromMinutes: number;
  fromMs: number;
  untilMs: number;
}

function boundsOf(window: WakingWindow): WindowBounds {
  const parsed = parseWakingWindow(window.from, window.until);
  if (!parsed.ok) {
    throw new RangeError(
      `Waking window ${window.from}–${window.until} is not valid (${parsed.error}); check it with parseWakingWindow first`,
    );
  }
  const fromMinutes = parseClockTime(window.from) ?? 0;
  const untilMinutes = parseClockTime(window.until) ?? 0;
  return { fromMinutes, fromMs: minutesToMs(fromMinutes), untilMs: minutesToMs(untilMinutes) };
}

function assertValidDate(date: Date, name: string): void {
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name} is an invalid Date`);
}

function wakeUpOn(date: PlainDate, bounds: WindowBounds, zone: string): Date {
  return zonedTimeToInstant(
    { ...date, hour: Math.floor(bounds.fromMinutes / 60), minute: bounds.fromMinutes % 60 },
    zone,
  );
}

/** `at` itself if it is inside the window, else the start of the next waking window. */
function firstRoundAtOrAfter(at: Date, bounds: WindowBounds, zone: string): Date {
  const wall = wallTimeAt(at, zone);
  const time = msOfDay(wall);
  if (time < bounds.fromMs) return wakeUpOn(wall, bounds, zone);
  if (time > bounds.untilMs) return wakeUpOn(addDays(wall, 1), bounds, zone);
  return at;
}

/** `at` itself when it is inside the waking window, else the next wake-up: where a snooze lands. */
export function dueAtOrAfter(at: Date, window: WakingWindow, zone: string = DEFAULT_ZONE): Date {
  assertValidDate(at, 'at');
  return firstRoundAtOrAfter(at, boundsOf(window), zone);
}

/** True when `at` falls inside the waking window (both ends included), read on the zone's clock. */
export function isWithinWakingWindow(at: Date, window: WakingWindow, zone: string = DEFAULT_ZONE): boolean {
  assertValidDate(at, 'at');
  const bounds = boundsOf(window);
  const time = msOfDay(wallTimeAt(at, zone));
  return time >= bounds.fromMs && time <= bounds.untilMs;
}

/** When the next round is due after a session finished at `finishedAt`: 2 h later, or next wake-up. */
export function nextDueAfter(finishedAt: Date, window: WakingWindow, zone: string = DEFAULT_ZONE): Date {
  assertValidDate(finishedAt, 'finishedAt');
  // Real elapsed time: plain millisecond arithmetic, so a DST change neither adds nor eats an hour.
  return firstRoundAtOrAfter(new Date(finishedAt.getTime() + ROUND_INTERVAL_MS), boundsOf(window), zone);
}

/** How far `now` is from the deadline: either time remaining or time overdue (the other is 0). */
export function timeLeft(nextDueAt: Date, now: Date): { dueNow: boolean; overdueMs: number; remainingMs: number } {
  const diff = nextDueAt.getTime() - now.getTime();
  return { dueNow: !(diff > 0), overdueMs: diff < 0 ? -diff : 0, remainingMs: diff > 0 ? diff : 0 };
}

/** Splits a remaining time into hours and minutes, rounded up so "0 min" only shows when due. */
export function formatRemaining(ms: number): { hours: number; minutes: number } {
  // !(ms > 0) also catches NaN: nothing sensible to show, so show "due".
  if (!(ms > 0)) return { hours: 0, minutes: 0 };
  const totalMinutes = Math.ceil(ms / 60_000);
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/**
 * Reads a stored deadline against the current time.
 * - Not yet reached: 'upcoming' at `nextDueAt`.
 * - Reached, even days ago: 'due' with `dueAt` = the original deadline (so the UI can say since
 *   when) and `missedRounds` = how many later rounds have also come and gone (0 if the deadline
 *   passed less than one round ago; counted up to MISSED_ROUNDS_COUNT_LIMIT). One round is due,
 *   never a pile of them: the plan just continues.
 * - Clock set back (or the window changed): a deadline further ahead than `nextDueAfter(now)`
 *   could not come from any session finished by `now`, so we cap it there — as if the session
 *   had just finished. The wait is then at most 2 h, or until the next wake-up. Trusting the stored
 *   deadline instead could leave the user waiting a day or more for a clock mistake.
 */
export function resolveDue(
  state: { nextDueAt: Date },
  now: Date,
  window: WakingWindow,
  zone: string = DEFAULT_ZONE,
): { status: 'due' | 'upcoming'; dueAt: Date; missedRounds: number } {
  assertValidDate(state.nextDueAt, 'nextDueAt');
  assertValidDate(now, 'now');
  const latestPossible = nextDueAfter(now, window, zone);
  if (state.nextDueAt.getTime() > latestPossible.getTime()) {
    return { status: 'upcoming', dueAt: latestPossible, missedRounds: 0 };
  }
  if (state.nextDueAt.getTime() > now.getTime()) {
    return { status: 'upcoming', dueAt: state.nextDueAt, missedRounds: 0 };
  }
  let missedRounds = 0;
  let round = nextDueAfter(state.nextDueAt, window, zone);
  while (round.getTime() <= now.getTime() && missedRounds < MISSED_ROUNDS_COUNT_LIMIT) {
    missedRounds += 1;
    round = nextDueAfter(round, window, zone);
  }
  return { status: 'due', dueAt: state.nextDueAt, missedRounds };
}

/**
 * Every round in waking hours for `days` calendar days, for a calendar file. The first round is
 * `start` cut to its whole minute, the minute every screen shows for it (or the next wake-up if
 * that is outside the window);
 * day 1 is the local date of that first round, so starting late at night still gives full days.
 * Each later day starts at wake-up. Throws RangeError unless `days` is a whole number 1–14: the UI
 * checks first, so anything else is a bug and should be loud.
 */
export function roundsForDays(start: Date, days: number, window: WakingWindow, zone: string = DEFAULT_ZONE): Date[] {
  assertValidDate(start, 'start');
  if (!Number.isInteger(days) || days < 1 || days > MAX_SCHEDULE_DAYS) {
    throw new RangeError(`roundsForDays: days must be a whole number from 1 to ${MAX_SCHEDULE_DAYS}, got ${days}`);
  }
  const bounds = boundsOf(window);
  // Whole minutes on the UTC axis equal those on the wall clock: all zone offsets in use today are
  // whole minutes. (Rounding up to five minutes, as before, put the file's first round up to five
  // minutes after the one the app shows.)
  const minute = new Date(Math.floor(start.getTime() / MINUTE_MS) * MINUTE_MS);
  const first = firstRoundAtOrAfter(minute, bounds, zone);
  const lastDay = addDays(wallTimeAt(first, zone), days - 1);
  const lastDayKey = dateKey(lastDay);

  const rounds: Date[] = [];
  // At most 12 rounds fit in a day (00:00–23:59); the bound only guards against a looping bug.
  for (let round = first, i = 0; i < days * 13; i += 1) {
    if (dateKey(wallTimeAt(round, zone)) > lastDayKey) break;
    rounds.push(round);
    round = nextDueAfter(round, window, zone);
  }
  return rounds;
}

/** A number that sorts like the date (YYYYMMDD). */
function dateKey(date: PlainDate): number {
  return date.year * 10_000 + date.month * 100 + date.day;
}
