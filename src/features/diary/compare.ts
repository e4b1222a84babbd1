/**
 * Before and after one plan session: did the pain move towards the middle of the back, further
 * into the leg, or clearly up? Pure facts about two diary values; the screen puts the leaflet's
 * words next to them and never turns them into a verdict.
 */
import { PAIN_LOCATIONS, type DiaryEntry, type Session } from '../../storage/records';

/** A change of 2 points on the 0–10 scale is the smallest that matters (Ostelo 2008). */
export const CLEAR_PAIN_CHANGE = 2;
/** How long before a session a "before" value still belongs to it, and after it an "after" value. */
export const PAIR_WINDOW_MS = 60 * 60 * 1000;

/** Where a location sits on the ordered scale: 0 is the middle of the lower back, 5 the foot. */
export function locationRank(location: DiaryEntry['location']): number {
  return PAIN_LOCATIONS.indexOf(location);
}

/** What changed between a before and an after value. */
export interface Comparison {
  /** After minus before, in points. */
  painChange: number;
  /** Steps along the location scale; positive is further into the leg. */
  locationChange: number;
  /** The pain reaches further into the leg than before (peripheralisation in the leaflet's sense). */
  furtherIntoLeg: boolean;
  /** The pain went up by at least CLEAR_PAIN_CHANGE points. */
  clearlyMorePain: boolean;
  /** The pain reaches less far, towards the middle of the back (centralisation). */
  towardsMiddle: boolean;
}

/** Compares two diary values; which leaflet text applies follows from the flags. */
export function compareEntries(before: DiaryEntry, after: DiaryEntry): Comparison {
  const painChange = after.pain - before.pain;
  const locationChange = locationRank(after.location) - locationRank(before.location);
  return {
    painChange,
    locationChange,
    furtherIntoLeg: locationChange > 0,
    clearlyMorePain: painChange >= CLEAR_PAIN_CHANGE,
    towardsMiddle: locationChange < 0,
  };
}

/** Which texts of the leaflet to show for a comparison. */
export type FolderText = 'stop-rules' | 'centralisation';

/** The leaflet's rule when the pain moved into the leg or clearly rose; centralisation when it moved up. */
export function textsFor(comparison: Comparison): FolderText[] {
  const texts: FolderText[] = [];
  if (comparison.furtherIntoLeg || comparison.clearlyMorePain) texts.push('stop-rules');
  if (comparison.towardsMiddle) texts.push('centralisation');
  return texts;
}

const time = (iso: string) => Date.parse(iso);

/**
 * The before and after values of one session. A value logged for the session (sessionId) wins;
 * otherwise the last "before" value in the hour before it started and the first "after" value in
 * the hour after it finished.
 */
export function valuesForSession(
  entries: readonly DiaryEntry[],
  session: Session,
): { before?: DiaryEntry; after?: DiaryEntry } {
  const started = time(session.startedAt);
  const finished = time(session.finishedAt);
  const byTime = [...entries].sort((a, b) => time(a.at) - time(b.at));
  const before =
    byTime.findLast((e) => e.moment === 'before' && e.sessionId === session.id) ??
    byTime.findLast(
      (e) => e.moment === 'before' && !e.sessionId && time(e.at) <= started && started - time(e.at) <= PAIR_WINDOW_MS,
    );
  const after =
    byTime.find((e) => e.moment === 'after' && e.sessionId === session.id) ??
    byTime.find(
      (e) => e.moment === 'after' && !e.sessionId && time(e.at) >= finished && time(e.at) - finished <= PAIR_WINDOW_MS,
    );
  return { ...(before && { before }), ...(after && { after }) };
}

/** True when the leaflet's stop rules apply: the pain reaches further into the leg, or clearly rose. */
export function stopRulesApply(comparison: Comparison): boolean {
  return textsFor(comparison).includes('stop-rules');
}

/**
 * The first session, by finishing time, whose before and after values show the pain moving towards
 * the middle: the round after which the research on centralisation is shown in full. Later good
 * rounds get a one-line link to it instead (it is long, and once is enough).
 */
export function firstCentralisingSession(
  entries: readonly DiaryEntry[],
  sessions: readonly Session[],
): string | undefined {
  const byFinish = [...sessions].sort((a, b) => time(a.finishedAt) - time(b.finishedAt));
  return byFinish.find((session) => {
    const { before, after } = valuesForSession(entries, session);
    return before !== undefined && after !== undefined && compareEntries(before, after).towardsMiddle;
  })?.id;
}
