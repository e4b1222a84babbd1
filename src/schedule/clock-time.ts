/**
 * Wall-clock time in a time zone, with nothing but Intl: the reminder schedule needs "08:00 in
 * Amsterdam on that date" and "what time is it there now", and a date library would cost more
 * bundle than these few lines.
 */

export { minutesToMs, parseClockTime, type ClockTime } from './time-of-day';

/** The zone the leaflet's plan is written for; every reminder function defaults to it. */
export const DEFAULT_ZONE = 'Europe/Amsterdam';

/** A calendar date without a zone (month 1–12). */
export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock date and time as people in a zone read it (month 1–12, hour 0–23). */
export interface WallTime extends PlainDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY_MS = 86_400_000;

/** Milliseconds since local midnight of a wall time (ignores the date). */
export function msOfDay(time: WallTime): number {
  return ((time.hour * 60 + time.minute) * 60 + time.second) * 1000 + time.millisecond;
}

/** The date `days` calendar days after `date` (negative goes back); months and years roll over. */
export function addDays(date: PlainDate, days: number): PlainDate {
  const shifted = new Date(wallToMs({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 }) + days * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

// One formatter per zone: constructing Intl.DateTimeFormat is slow, formatting with it is not.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    // hourCycle 'h23' so midnight is 00, not 24 (some engines print 24 with hour12: false).
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time in `zone` at `instant`. Throws RangeError for an unknown zone. */
export function wallTimeAt(instant: Date, zone: string = DEFAULT_ZONE): WallTime {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('wallTimeAt: invalid Date');
  const fields: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) fields[part.type] = part.value;
  const year = Number(fields.year);
  return {
    // Intl counts years before year 1 upwards with era BC; turn them into astronomical years.
    year: fields.era === 'BC' || fields.era === 'B' ? 1 - year : year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour) % 24,
    minute: Number(fields.minute),
    second: Number(fields.second),
    // Zone offsets are whole seconds, so the milliseconds are the instant's own.
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** Reads a wall time as if it were UTC, which makes wall-clock arithmetic plain subtraction. */
function wallToMs(time: WallTime): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(time.year, time.month - 1, time.day);
  date.setUTCHours(time.hour, time.minute, time.second, time.millisecond);
  return date.getTime();
}

/** How far `zone` is ahead of UTC at `instantMs`, in milliseconds. */
function offsetAt(instantMs: number, zone: string): number {
  return wallToMs(wallTimeAt(new Date(instantMs), zone)) - instantMs;
}

/**
 * The instant at which the clocks in `zone` show `time`. A time that does not exist (skipped when
 * the clocks go forward) moves forward by the length of the gap, so 02:30 on the spring-forward
 * night becomes 03:30; a time that happens twice (clocks go back) gives the first instant. These
 * are the rules of Temporal's 'compatible' disambiguation, so a later switch to Temporal agrees.
 */
export function zonedTimeToInstant(
  time: Omit<WallTime, 'second' | 'millisecond'> & Partial<Pick<WallTime, 'second' | 'millisecond'>>,
  zone: string = DEFAULT_ZONE,
): Date {
  const wall: WallTime = { second: 0, millisecond: 0, ...time };
  const wallMs = wallToMs(wall);
  if (Number.isNaN(wallMs)) throw new RangeError('zonedTimeToInstant: invalid date or time');
  // Offset changes are months apart, so the offsets a day either side are the only candidates.
  const before = offsetAt(wallMs - DAY_MS, zone);
  const candidates = [before, offsetAt(wallMs, zone), offsetAt(wallMs + DAY_MS, zone)]
    .map((offset) => wallMs - offset)
    .filter((instantMs) => wallToMs(wallTimeAt(new Date(instantMs), zone)) === wallMs)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  // In the gap: keep the offset from before the change, which lands after it, shifted forward.
  return new Date(wallMs - before);
}

/** The phone's own time zone (the schedule follows the user when they travel); Amsterdam if unknown. */
export function deviceZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_ZONE;
}
