/**
 * When the two-day review shows. The leaflet: "Als u onderstaande stappen twee dagen hebt
 * geprobeerd en de klachten nemen niet af…". So 48 hours after the first session the app puts the
 * leaflet's aandachtspunten next to the user's own values, and again every day while the plan
 * runs. Deadlines are computed from stored times, never counted.
 */
import type { Session } from '../../storage/records';

export const HOUR_MS = 60 * 60 * 1000;
/** The leaflet's two days. */
export const REVIEW_AFTER_MS = 48 * HOUR_MS;
/** After "gaat goed: doorgaan" the review comes back a day later. */
export const REVIEW_AGAIN_MS = 24 * HOUR_MS;
/** "En verder" (no bed rest beyond two days, walk rather than sit) shows after the first day. */
export const EN_VERDER_AFTER_MS = 24 * HOUR_MS;
/** The plan counts as running while the last session is at most this long ago. */
export const PLAN_RUNNING_MS = 72 * HOUR_MS;

/** The earliest start of the sessions, or undefined when there are none. */
export function firstSessionAt(sessions: readonly Session[]): Date | undefined {
  const times = sessions.map((s) => Date.parse(s.startedAt)).filter((t) => Number.isFinite(t));
  return times.length ? new Date(Math.min(...times)) : undefined;
}

/** The latest end of the sessions, or undefined when there are none. */
export function lastSessionAt(sessions: readonly Session[]): Date | undefined {
  const times = sessions.map((s) => Date.parse(s.finishedAt)).filter((t) => Number.isFinite(t));
  return times.length ? new Date(Math.max(...times)) : undefined;
}

/** What the review needs to know besides the clock. */
export interface ReviewInput {
  sessions: readonly Session[];
  /** When the user last closed the review ("gaat goed: doorgaan" or "later"). */
  dismissedAt?: string | undefined;
}

/** When the review is (next) due, or undefined when there is no plan running to review. */
export function reviewDueAt({ sessions, dismissedAt }: ReviewInput, now: Date): Date | undefined {
  const first = firstSessionAt(sessions);
  const last = lastSessionAt(sessions);
  if (!first || !last) return undefined;
  // The plan has stopped (no session for three days): the daily review stops with it.
  if (now.getTime() - last.getTime() > PLAN_RUNNING_MS) return undefined;
  const firstDue = first.getTime() + REVIEW_AFTER_MS;
  const dismissed = dismissedAt ? Date.parse(dismissedAt) : Number.NaN;
  const again = Number.isFinite(dismissed) ? dismissed + REVIEW_AGAIN_MS : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(firstDue, again));
}

/** True when opening the app now should show the review. */
export function isReviewDue(input: ReviewInput, now: Date): boolean {
  const due = reviewDueAt(input, now);
  return due !== undefined && now.getTime() >= due.getTime();
}

/** True once the first day of the plan is over: the moment for the leaflet's "En verder". */
export function isEnVerderDue(sessions: readonly Session[], now: Date): boolean {
  const first = firstSessionAt(sessions);
  return first !== undefined && now.getTime() - first.getTime() >= EN_VERDER_AFTER_MS;
}
