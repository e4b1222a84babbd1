/**
 * The one next round. Every place that shows or uses a time for the next exercise round (the start
 * page, the reminder page, the due screen, the notification timer, the calendar file and the
 * clock-app alarm list) asks `nextRound`, so they cannot drift apart: before, the calendar file
 * rounded its start up to five minutes and the alarm list started at wake-up, whatever was due.
 *
 * Pure: the saved schedule and the current time go in, so tests put one stored state through every
 * consumer with fixed dates. It takes the reminder record's fields, not the record, because the
 * storage module sits above this one.
 */
import { wallTimeAt, type PlainDate } from './clock-time';
import {
  DEFAULT_WAKING_WINDOW,
  dueAtOrAfter,
  isWithinWakingWindow,
  nextDueAfter,
  parseWakingWindow,
  resolveDue,
  roundsForDays,
  type WakingWindow,
} from './schedule';

/** What of the saved reminder the schedule reads: the deadline and the waking hours. */
export interface RoundSchedule {
  nextDueAt?: string;
  wakeFrom: string;
  wakeUntil: string;
}

/** Where the plan stands now. */
export type NextRound =
  /** `day` is 0 when the round is due later today, 1 when tomorrow (on the zone's calendar). */
  | { kind: 'upcoming'; dueAt: Date; remainingMs: number; day: number }
  /**
   * A round is due. `plannedAt` is the deadline only when it passed today and no later round has
   * also gone by: a deadline from hours or days ago is not worth mentioning, the plan just goes on.
   * `nextIfDoneNow` is when the round after this one would be due if it is done now.
   */
  | { kind: 'due'; plannedAt?: Date; nextIfDoneNow: Date };

/** The saved waking window; the default if the record somehow holds one the schedule refuses. */
export function scheduleWindow(schedule: RoundSchedule): WakingWindow {
  const parsed = parseWakingWindow(schedule.wakeFrom, schedule.wakeUntil);
  return parsed.ok ? parsed.window : DEFAULT_WAKING_WINDOW;
}

/**
 * Reads the saved deadline against the clock. A deadline that passed is 'due' only during waking
 * hours: at night the next round is the wake-up, so opening the app at 03:00 never nags. No
 * deadline at all (no round done yet) means a round can be done now.
 */
export function nextRound(schedule: RoundSchedule, now: Date, zone: string): NextRound {
  const window = scheduleWindow(schedule);
  const deadline = schedule.nextDueAt === undefined ? undefined : new Date(schedule.nextDueAt);
  const upcoming = (dueAt: Date): NextRound => ({
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
  if (!deadline || Number.isNaN(deadline.getTime())) return { kind: 'due', nextIfDoneNow };
  const resolved = resolveDue({ nextDueAt: deadline }, now, window, zone);
  if (resolved.status === 'upcoming') return upcoming(resolved.dueAt);
  const recent =
    resolved.missedRounds === 0 && dayDifference(wallTimeAt(resolved.dueAt, zone), wallTimeAt(now, zone)) === 0;
  return recent ? { kind: 'due', plannedAt: resolved.dueAt, nextIfDoneNow } : { kind: 'due', nextIfDoneNow };
}

/**
 * The next round still ahead: the deadline, or, when a round is due now, the one after it if it is
 * done now (what the due screen says). The calendar file and the alarm list start here.
 */
export function nextRoundAhead(round: NextRound): Date {
  return round.kind === 'upcoming' ? round.dueAt : round.nextIfDoneNow;
}

/** Every round of the next `days` calendar days, from the next round ahead: the calendar file's events. */
export function scheduledRounds(schedule: RoundSchedule, now: Date, days: number, zone: string): Date[] {
  return roundsForDays(nextRoundAhead(nextRound(schedule, now, zone)), days, scheduleWindow(schedule), zone);
}

/** The clock-app alarms: the first day's rounds from the next one on, then those of every later day. */
export interface AlarmTimes {
  /** 0 when the first listed round is today, 1 when it is tomorrow (the next round is at wake-up). */
  firstDay: number;
  /** 'HH:MM' of the rounds on the first day, starting with the next round. */
  first: string[];
  /** 'HH:MM' of the rounds on each day after it, from wake-up: alarms that repeat daily. */
  daily: string[];
}

/**
 * The alarm list, cut from the same rounds as the calendar file, so its first time is the next
 * round's to the minute (wall-clock fields, never a formatted string).
 */
export function alarmTimes(schedule: RoundSchedule, now: Date, zone: string): AlarmTimes {
  const rounds = scheduledRounds(schedule, now, 2, zone);
  const first = rounds[0] ?? nextRoundAhead(nextRound(schedule, now, zone));
  const firstDate = wallTimeAt(first, zone);
  const onFirstDay = (round: Date) => dayDifference(firstDate, wallTimeAt(round, zone)) === 0;
  return {
    firstDay: dayDifference(wallTimeAt(now, zone), firstDate),
    first: rounds.filter(onFirstDay).map((round) => timeOfDay(round, zone)),
    daily: rounds.filter((round) => !onFirstDay(round)).map((round) => timeOfDay(round, zone)),
  };
}

/** 'HH:MM' on the zone's clock (from the wall-clock fields, not from Intl's formatted output). */
export function timeOfDay(instant: Date, zone: string): string {
  const wall = wallTimeAt(instant, zone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** Calendar days from `a` to `b` (positive when `b` is later). */
export function dayDifference(a: PlainDate, b: PlainDate): number {
  const asNumber = (d: PlainDate) => Date.UTC(d.year, d.month - 1, d.day);
  return Math.round((asNumber(b) - asNumber(a)) / 86_400_000);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
