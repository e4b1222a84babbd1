/** The diary grouped by calendar day, and the geometry of its chart: pure, with the time zone passed in. */
import type { DiaryEntry } from '../../storage/records';
import { wallTimeAt } from '../../schedule/clock-time';
import { locationRank } from './compare';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `2025-03-01` for an instant, in `timeZone` (the phone's own when undefined); sorts as text.
 * Built from the Date's own fields (or Intl's formatToParts for another zone), never from a
 * formatted date read back: en-CA's "YYYY-MM-DD" is not what every engine's ICU writes (WebKit
 * wrote a date the diary could not read back, and the whole diary page threw a RangeError).
 */
export function dayKey(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  const { year, month, day } = timeZone
    ? wallTimeAt(date, timeZone)
    : { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** One day of the diary. */
export interface DiaryDay {
  day: string;
  entries: DiaryEntry[];
}

/** Entries by day, newest day first, each day's entries in the order they were logged. */
export function groupByDay(entries: readonly DiaryEntry[], timeZone?: string): DiaryDay[] {
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const days = new Map<string, DiaryEntry[]>();
  for (const entry of sorted) {
    const key = dayKey(entry.at, timeZone);
    const list = days.get(key);
    if (list) list.push(entry);
    else days.set(key, [entry]);
  }
  return [...days.entries()].map(([day, list]) => ({ day, entries: list })).sort((a, b) => b.day.localeCompare(a.day));
}

/** A point of the chart: x from time, y for pain (0 at the bottom) and for location (middle at the top). */
export interface ChartPoint {
  id: string;
  x: number;
  painY: number;
  locationY: number;
}

/** Chart layout: the plotting area inside the SVG's viewBox. */
export interface ChartBox {
  left: number;
  right: number;
  painTop: number;
  painBottom: number;
  locationTop: number;
  locationBottom: number;
}

/** Places every entry in the box, oldest left; one entry sits in the middle. */
export function chartPoints(entries: readonly DiaryEntry[], box: ChartBox): ChartPoint[] {
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (sorted.length === 0) return [];
  const t0 = Date.parse(sorted[0]!.at);
  const t1 = Date.parse(sorted[sorted.length - 1]!.at);
  const span = t1 - t0;
  const x = (iso: string) =>
    span === 0 ? (box.left + box.right) / 2 : box.left + ((Date.parse(iso) - t0) / span) * (box.right - box.left);
  return sorted.map((e) => ({
    id: e.id,
    x: x(e.at),
    painY: box.painBottom - (e.pain / 10) * (box.painBottom - box.painTop),
    locationY: box.locationTop + (locationRank(e.location) / 5) * (box.locationBottom - box.locationTop),
  }));
}
