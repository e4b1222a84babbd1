/** When the diary suggests saving a copy: pure, with the clock passed in. */
import type { DiaryEntry } from '../../storage/records';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * True once the diary holds a week of entries (the first at least seven days ago) and the card has
 * not been put away in the last week. Safari clears the stored data of a website that has not been
 * opened for seven days unless it is on the home screen, so a week in, the diary is worth a copy;
 * put away, the card comes back a week later, when that copy is a week out of date.
 */
export function exportHintDue(entries: readonly DiaryEntry[], dismissedAt: string | undefined, now: Date): boolean {
  const times = entries.map((e) => Date.parse(e.at)).filter((t) => Number.isFinite(t));
  if (times.length === 0) return false;
  if (now.getTime() - Math.min(...times) < WEEK_MS) return false;
  const dismissed = dismissedAt ? Date.parse(dismissedAt) : Number.NaN;
  return !(now.getTime() - dismissed < WEEK_MS);
}
