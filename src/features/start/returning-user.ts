import {
  FIRST_STEP_ID,
  type ActiveExercise,
  type DiaryEntry,
  type PlanProgress,
  type Session,
} from '../../storage/records';

/** What tells a returning user from a first visit. */
export interface SavedActivity {
  progress: PlanProgress;
  sessions: readonly Session[];
  diary: readonly DiaryEntry[];
  active: ActiveExercise;
}

/**
 * True once the user did anything in the plan or the diary: an exercise running, a round done, a
 * pain score noted, or a step chosen past the first. Its own small module so the start page can ask
 * this before it loads the "Ga verder" card and the schedule.
 */
export function isReturning(saved: SavedActivity): boolean {
  return (
    saved.active !== null ||
    saved.sessions.length > 0 ||
    saved.diary.length > 0 ||
    saved.progress.currentStepId !== FIRST_STEP_ID
  );
}
