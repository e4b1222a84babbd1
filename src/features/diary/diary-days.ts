/** The diary grouped by calendar day, and the geometry of its chart: pure, with the time zone passed in. */
import type { DiaryEntry } from '../../storage/records';
import { locationRank } from './compare';

/** `2025-03-01` for an instant, in `timeZone` (the phone's own when undefined). */
export function dayKey(iso: string, timeZone?: string): string {
  // en-CA writes dates as YYYY-MM-DD, which also sorts as text.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
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
