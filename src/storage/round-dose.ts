/**
 * What a recorded round (a Session) did of its dose. Shared by the plan (the overview, the round just
 * finished) and the diary (the print page), so a shorter round reads the same everywhere.
 */
import type { Session } from './records';

/** Repetitions ("2 van 10") or seconds of a hold, done and planned, and whether the round was shorter. */
export type RoundDose = { unit: 'repetitions' | 'seconds'; done: number; planned: number; short: boolean };

/**
 * The dose of a recorded round. `stepRepetitions` is the step's own dose, for press-up rounds
 * recorded before the plan was kept with them; a hold recorded then counts as full.
 */
export function roundDose(session: Session, stepRepetitions: number): RoundDose {
  if (session.repetitions !== undefined) {
    const planned = session.planned ?? stepRepetitions;
    return { unit: 'repetitions', done: session.repetitions, planned, short: session.repetitions < planned };
  }
  const done = session.holdSeconds ?? 0;
  const planned = session.planned ?? done;
  return { unit: 'seconds', done, planned, short: done < planned };
}
