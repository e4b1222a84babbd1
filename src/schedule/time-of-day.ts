/**
 * A time of day as the user types it, apart from the zone arithmetic of clock-time.ts: checking a
 * saved waking window needs only this, on every first load.
 */

const MINUTE_MS = 60_000;

/** A time of day as 'HH:MM' (24-hour), the format of `<input type="time">`. */
export type ClockTime = `${number}:${number}`;

/** Minutes since midnight for a strict 'HH:MM' (00:00–23:59), or null for anything else. */
export function parseClockTime(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Whole minutes to milliseconds (named so call sites read as units, not magic numbers). */
export function minutesToMs(minutes: number): number {
  return minutes * MINUTE_MS;
}
