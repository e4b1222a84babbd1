/**
 * The waking hours on their own, without the time-zone arithmetic of schedule.ts: the storage
 * module checks every saved reminder with them on the app's first load, which should not carry the
 * rest of the schedule.
 */
import { type ClockTime, minutesToMs, parseClockTime } from './time-of-day';

/** The hours in which rounds are asked for, as local wall-clock times in the zone. */
export interface WakingWindow {
  from: ClockTime;
  until: ClockTime;
}

/** Why a waking window was refused; the UI turns the code into a sentence. */
export type WakingWindowError = 'invalid-time' | 'ends-before-start' | 'too-short';

/** Result of checking a waking window typed by the user. */
export type ParsedWakingWindow = { ok: true; window: WakingWindow } | { ok: false; error: WakingWindowError };

/** Time between two rounds: the leaflet's "om de twee uur". */
export const ROUND_INTERVAL_MS = 2 * 60 * 60 * 1000;

/** The window used until the user chooses another. */
export const DEFAULT_WAKING_WINDOW: WakingWindow = { from: '08:00', until: '22:00' };

/** Checks a waking window typed by the user ('HH:MM' each); refuses overnight or short windows. */
export function parseWakingWindow(from: string, until: string): ParsedWakingWindow {
  const fromMinutes = parseClockTime(from);
  const untilMinutes = parseClockTime(until);
  if (fromMinutes === null || untilMinutes === null) return { ok: false, error: 'invalid-time' };
  // A window across midnight (22:00–08:00) is almost always the two fields swapped; refusing it
  // keeps "night" meaning one stretch per calendar day.
  if (untilMinutes < fromMinutes) return { ok: false, error: 'ends-before-start' };
  // Shorter than one interval would mean at most one round a day: not the plan any more.
  if (minutesToMs(untilMinutes - fromMinutes) < ROUND_INTERVAL_MS) return { ok: false, error: 'too-short' };
  return { ok: true, window: { from: from as ClockTime, until: until as ClockTime } };
}
