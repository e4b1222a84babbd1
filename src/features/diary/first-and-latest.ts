// Its own module: the start page's diary card needs only this, not the chart and day grouping.
import type { DiaryEntry } from '../../storage/records';

/** The first and the latest entry by time (the review shows them side by side). */
export function firstAndLatest(entries: readonly DiaryEntry[]): { first?: DiaryEntry; latest?: DiaryEntry } {
  if (entries.length === 0) return {};
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { first: sorted[0], latest: sorted[sorted.length - 1] };
}
