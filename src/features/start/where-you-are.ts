/**
 * "Ga verder": where a returning user is in the stappenplan and what comes next, from what the app
 * saved. Pure, so it is tested with fixed dates and no React.
 *
 * Where they are comes from the saved plan progress: the plan sets `currentStepId` when a round
 * starts and when the user moves on or goes back a step, and the due screen and the notification
 * read the same field, so all three name the same step. The last round is the fallback for a saved
 * step the content no longer has. What is next comes from the reminder record's deadline through
 * the schedule's one `nextRound` (a finished round sets that deadline whether or not the reminder
 * is on). Rounds and diary entries only tell that this is not a first visit.
 */
import type { PlanStep } from '../../content/schema';
import { nextRound, type NextRound, type RoundSchedule } from '../../schedule/next-round';
import type { Session } from '../../storage/records';
import { isReturning, type SavedActivity } from './returning-user';

/** The saved records the card reads. */
export interface SavedPath extends SavedActivity {
  reminder: RoundSchedule;
}

export type WhereYouAre =
  /** Nothing done yet: the start page's own way into the plan is enough. */
  | { kind: 'new' }
  /** An exercise is running (or paused): back to it. */
  | { kind: 'running'; step: PlanStep; paused: boolean }
  /** Between rounds: the step they are on and the schedule's next round. */
  | { kind: 'continue'; step: PlanStep; next: NextRound };

/** Where the user is and what is next; `steps` is the plan's content in the current language. */
export function whereYouAre(saved: SavedPath, steps: readonly PlanStep[], now: Date, zone: string): WhereYouAre {
  const byId = (id: string | undefined) => (id === undefined ? undefined : steps.find((s) => s.id === id));
  if (saved.active) {
    const step = byId(saved.active.stepId);
    if (step) return { kind: 'running', step, paused: saved.active.pausedAt !== undefined };
  }
  if (!isReturning(saved)) return { kind: 'new' };
  const step = byId(saved.progress.currentStepId) ?? byId(lastSession(saved.sessions)?.stepId) ?? steps[0];
  if (!step) return { kind: 'new' };
  return { kind: 'continue', step, next: nextRound(saved.reminder, now, zone) };
}

/** The round that finished last (by its time, not its place in the list: imports merge lists). */
function lastSession(sessions: readonly Session[]): Session | undefined {
  let last: Session | undefined;
  for (const session of sessions) {
    if (!last || Date.parse(session.finishedAt) > Date.parse(last.finishedAt)) last = session;
  }
  return last;
}
