/**
 * Drift-free exercise timing. Nothing here counts ticks: an exercise stores when it started and how
 * long it was paused, and every figure on screen is computed from the clock. So the time is right after
 * the phone locked, the app went to the background, or the page reloaded in the middle of a hold.
 */

import type { RunningExercise } from '../../storage/records';

/** A running exercise as stored (ISO times, so it survives a reload); `count` is set once the user taps. */
export type ActiveExercise = RunningExercise;
export type ExerciseKind = RunningExercise['kind'];

/** Time exercised so far, pauses excluded; never negative, also when the clock was set back. */
export function elapsedMs(exercise: ActiveExercise, now: Date): number {
  const end = exercise.pausedAt ? Date.parse(exercise.pausedAt) : now.getTime();
  return Math.max(0, end - Date.parse(exercise.startedAt) - exercise.pausedTotalMs);
}

/** Time left of a hold or breathing exercise. */
export function remainingMs(exercise: ActiveExercise, now: Date): number {
  return Math.max(0, (exercise.durationMs ?? 0) - elapsedMs(exercise, now));
}

export function isFinished(exercise: ActiveExercise, now: Date, repetitions = 10): boolean {
  if (exercise.kind === 'repetitions') return repetitionCount(exercise, now, repetitions) >= repetitions;
  return remainingMs(exercise, now) === 0;
}

export function pause(exercise: ActiveExercise, now: Date): ActiveExercise {
  if (exercise.pausedAt) return exercise;
  return { ...exercise, pausedAt: now.toISOString() };
}

export function resume(exercise: ActiveExercise, now: Date): ActiveExercise {
  if (!exercise.pausedAt) return exercise;
  const paused = Math.max(0, now.getTime() - Date.parse(exercise.pausedAt));
  const resumed = { ...exercise, pausedTotalMs: exercise.pausedTotalMs + paused };
  delete resumed.pausedAt;
  return resumed;
}

/** Starts an exercise now. */
export function startExercise(stepId: string, kind: ExerciseKind, now: Date, durationMs?: number): ActiveExercise {
  return {
    stepId,
    kind,
    startedAt: now.toISOString(),
    pausedTotalMs: 0,
    ...(durationMs !== undefined ? { durationMs } : {}),
  };
}

/*
 * The press-up pacer: "duw het bovenlichaam langzaam omhoog … ga dan weer langzaam liggen".
 * Slow up, a moment at the top, slow down, a breath on the floor. About 9 seconds a repetition.
 */
export const pressUpPhases = [
  { phase: 'up', ms: 3000 },
  { phase: 'top', ms: 1000 },
  { phase: 'down', ms: 3000 },
  { phase: 'rest', ms: 2000 },
] as const;
export type PressUpPhase = (typeof pressUpPhases)[number]['phase'];
export const pressUpCycleMs = pressUpPhases.reduce((sum, p) => sum + p.ms, 0);

/** Where the pacer is: which repetition (1-based) and which phase of it. */
export function pressUpPace(exercise: ActiveExercise, now: Date): { repetition: number; phase: PressUpPhase } {
  const elapsed = elapsedMs(exercise, now);
  const repetition = Math.floor(elapsed / pressUpCycleMs) + 1;
  let within = elapsed % pressUpCycleMs;
  for (const { phase, ms } of pressUpPhases) {
    if (within < ms) return { repetition, phase };
    within -= ms;
  }
  return { repetition, phase: 'rest' };
}

/**
 * Repetitions done, counted one way at a time: by the pacer, or, once the user chose to count
 * themselves, by their taps only.
 */
export function repetitionCount(exercise: ActiveExercise, now: Date, repetitions = 10): number {
  const counted = exercise.count ?? Math.floor(elapsedMs(exercise, now) / pressUpCycleMs);
  return Math.min(repetitions, counted);
}

/**
 * The user takes over the counting: the repetitions the pacer counted so far stay (they were done),
 * nothing is added, and from then on only taps count.
 */
export function countMyself(exercise: ActiveExercise, now: Date, repetitions = 10): ActiveExercise {
  if (exercise.count !== undefined) return exercise;
  return { ...exercise, count: repetitionCount(exercise, now, repetitions) };
}

/**
 * One more repetition, counted by a tap. Only while the user counts: while the pacer counts, a tap
 * would silently add to the pacer's count, so it changes nothing.
 */
export function countRepetition(exercise: ActiveExercise, repetitions = 10): ActiveExercise {
  if (exercise.count === undefined) return exercise;
  return { ...exercise, count: Math.min(repetitions, exercise.count + 1) };
}

/*
 * Calm breathing for step 2b ("adem rustig vanuit de onderbuik"): in for four seconds, out for six.
 * A long out-breath helps the muscles let go.
 */
export const breathInMs = 4000;
export const breathOutMs = 6000;

export function breathingPhase(exercise: ActiveExercise, now: Date): 'in' | 'out' {
  return elapsedMs(exercise, now) % (breathInMs + breathOutMs) < breathInMs ? 'in' : 'out';
}
