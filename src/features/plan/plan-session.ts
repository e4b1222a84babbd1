/**
 * The plan's rules as pure functions: which exercise a step runs, when a round is finished, what is
 * recorded, and where "go back" and "next step" lead. The user decides when to move on; nothing
 * here moves them.
 */
import { nextStepOf } from '../../content/plan-steps';
import type { Plan, PlanStep } from '../../content/schema';
import type { Session } from '../../storage/records';
import { roundDose } from '../../storage/round-dose';
import { wallTimeAt } from '../../schedule/clock-time';
import type { CueObservation } from '../../cues/cue-timing';
import { elapsedMs, pressUpCycleMs, repetitionCount, type ActiveExercise, type ExerciseKind } from './exercise-clock';

/** A posture ("neem die tijd") is guided like a hold: lie like this for a while, with a timer. */
export function exerciseKindFor(step: PlanStep): ExerciseKind {
  return step.dose.kind === 'posture' ? 'hold' : step.dose.kind;
}

/**
 * The hold time for "een paar minuten": the user's chosen time (settings, 3 minutes until they change
 * it), or the step's own default where the user has not chosen one.
 */
export function holdDurationMs(step: PlanStep, userHoldSeconds?: number): number {
  if (userHoldSeconds !== undefined) return userHoldSeconds * 1000;
  return (step.dose.holdMinutes ?? 3) * 60_000;
}

export function repetitionsFor(step: PlanStep): number {
  return step.dose.repetitions ?? 10;
}

/**
 * When the exercise really ended: a hold ends when its time ran out, paced press-ups after the tenth
 * repetition, even if the phone was locked then; a counted or early-finished round ends now.
 */
export function finishedAt(exercise: ActiveExercise, now: Date, repetitions: number): Date {
  const start = Date.parse(exercise.startedAt) + exercise.pausedTotalMs;
  let natural: number | undefined;
  if (exercise.kind === 'repetitions') {
    if (exercise.count === undefined) natural = start + repetitions * pressUpCycleMs;
  } else if (exercise.durationMs !== undefined) {
    natural = start + exercise.durationMs;
  }
  if (exercise.pausedAt) return new Date(Math.min(now.getTime(), Date.parse(exercise.pausedAt)));
  return new Date(natural !== undefined ? Math.min(natural, now.getTime()) : now.getTime());
}

/**
 * The diary record of one round: what was done and what the round aimed at (`planned`), so a round
 * stopped early is kept as the shorter round it was, never as a full one.
 */
export function sessionFrom(
  exercise: ActiveExercise,
  end: Date,
  repetitionsDone: number | undefined,
  plannedRepetitions?: number,
): Session {
  const session: Session = {
    id: `session-${exercise.startedAt}`,
    stepId: exercise.stepId,
    startedAt: exercise.startedAt,
    finishedAt: end.toISOString(),
  };
  if (exercise.kind === 'repetitions') {
    if (repetitionsDone !== undefined) session.repetitions = repetitionsDone;
    if (plannedRepetitions !== undefined) session.planned = plannedRepetitions;
  } else {
    session.holdSeconds = Math.round((end.getTime() - Date.parse(exercise.startedAt) - exercise.pausedTotalMs) / 1000);
    if (exercise.durationMs !== undefined) session.planned = Math.round(exercise.durationMs / 1000);
  }
  return session;
}

/**
 * The record of a round finished at `at`: by itself (a hold ran out, the tenth paced press-up), or
 * early with "Klaar", also while paused. It holds what was really done, and what was planned.
 */
export function recordRound(exercise: ActiveExercise, at: Date, repetitions: number): Session {
  const end = finishedAt(exercise, at, repetitions);
  const done = exercise.kind === 'repetitions' ? repetitionCount(exercise, end, repetitions) : undefined;
  return sessionFrom(exercise, end, done, repetitions);
}

/** Rounds finished on the same local day as `now` (Europe/Amsterdam), per step: full ones and shorter ones apart. */
export function roundsToday(
  sessions: readonly Session[],
  now: Date,
  zone?: string,
  stepRepetitions: (stepId: string) => number = () => 10,
): Map<string, { full: number; short: number }> {
  const today = wallTimeAt(now, zone);
  const counts = new Map<string, { full: number; short: number }>();
  for (const session of sessions) {
    const day = wallTimeAt(new Date(session.finishedAt), zone);
    if (day.year === today.year && day.month === today.month && day.day === today.day) {
      const count = counts.get(session.stepId) ?? { full: 0, short: 0 };
      if (roundDose(session, stepRepetitions(session.stepId)).short) count.short += 1;
      else count.full += 1;
      counts.set(session.stepId, count);
    }
  }
  return counts;
}

/**
 * The next step to offer after a round that went well. The adapted press-up is not a step up from
 * step 4 but an alternative for pain to one side (aandachtspunten, possibility 1), so the plan's
 * progression ends at step 4, and a variant leads on to nothing.
 */
export function stepAfter(plan: Plan, stepId: string): PlanStep | undefined {
  return nextStepOf(plan, stepId);
}

/** What the cues need to know of a running exercise, read from its clock (cues never count ticks). */
export function cueObservation(exercise: ActiveExercise, now: Date, repetitions: number): CueObservation {
  return {
    key: exercise.startedAt,
    kind: exercise.kind,
    elapsedMs: elapsedMs(exercise, now),
    total: repetitions,
    cycleMs: pressUpCycleMs,
    ...(exercise.durationMs !== undefined ? { durationMs: exercise.durationMs } : {}),
    ...(exercise.count !== undefined ? { count: exercise.count } : {}),
  };
}
