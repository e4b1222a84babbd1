/**
 * When to give a cue during an exercise (a tone, a spoken word, a buzz, a screen-reader line), as a
 * pure function of the exercise clock. Nothing counts ticks: every cue has a fixed moment in the
 * exercise's own time (pauses excluded), and a refresh plays the cue whose moment it has just passed.
 * So a late refresh (a busy phone, a background tab) never plays a stale or a double cue, and a
 * reload never replays the cue that was already heard before it.
 */

export type CueKind = 'start' | 'repetition' | 'minute' | 'done';

/** One cue. `value`: repetitions done (repetition), whole minutes left (minute). */
export type Cue = { kind: CueKind; value?: number };

/** What the cue timing needs to know of the running exercise, read from the exercise clock. */
export type CueObservation = {
  /** One run of an exercise (its start time): a new key is a new exercise. */
  key: string;
  kind: 'hold' | 'breathing' | 'repetitions';
  /** Time exercised so far, pauses excluded. */
  elapsedMs: number;
  /** Length of a hold or breathing exercise. */
  durationMs?: number;
  /** Repetitions counted by the user's taps; absent while the pacer counts. */
  count?: number;
  /** Repetitions in a round. */
  total: number;
  /** Length of one paced repetition. */
  cycleMs: number;
};

/** What was seen at the previous refresh; `key` null when no exercise was running. */
export type CueState = { key: string | null; elapsedMs: number; done: number };

/** A cue whose moment lies further back than this is not played any more: it would be out of step. */
export const CUE_FRESH_MS = 3000;

type Moment = { atMs: number; cue: Cue };

/** Every cue of an exercise with its moment in exercise time, in order (taps excluded). */
export function cueMoments(observation: CueObservation): Moment[] {
  const moments: Moment[] = [{ atMs: 0, cue: { kind: 'start' } }];
  if (observation.kind === 'repetitions') {
    if (observation.count !== undefined) return moments; // the user's taps count from now on
    for (let done = 1; done < observation.total; done++) {
      moments.push({ atMs: done * observation.cycleMs, cue: { kind: 'repetition', value: done } });
    }
    moments.push({ atMs: observation.total * observation.cycleMs, cue: { kind: 'done' } });
    return moments;
  }
  const duration = observation.durationMs ?? 0;
  // "Nog 2 minuten": each whole minute left, counted back from the end, after the start.
  for (let minutesLeft = Math.ceil(duration / 60_000) - 1; minutesLeft >= 1; minutesLeft--) {
    const atMs = duration - minutesLeft * 60_000;
    if (atMs > 0) moments.push({ atMs, cue: { kind: 'minute', value: minutesLeft } });
  }
  if (duration > 0) moments.push({ atMs: duration, cue: { kind: 'done' } });
  return moments;
}

/** Repetitions done at this moment: the user's count, else the pacer's. */
function repetitionsDone(observation: CueObservation): number {
  if (observation.kind !== 'repetitions') return 0;
  const counted = observation.count ?? Math.floor(observation.elapsedMs / observation.cycleMs);
  return Math.min(observation.total, counted);
}

/**
 * The cue to give now, if any, and the state to pass to the next call. `previous` is undefined on the
 * first look after the page (re)loaded: whatever ran before is taken as already cued. An exercise that
 * appears while the page is open gets its start cue; a tap that counts a repetition gets its cue at once.
 */
export function nextCue(
  previous: CueState | undefined,
  current: CueObservation | null,
): { cue: Cue | null; state: CueState } {
  if (!current) return { cue: null, state: { key: null, elapsedMs: 0, done: 0 } };
  const state: CueState = { key: current.key, elapsedMs: current.elapsedMs, done: repetitionsDone(current) };
  if (!previous) return { cue: null, state };

  const isNew = previous.key !== current.key;
  if (!isNew && current.kind === 'repetitions' && current.count !== undefined && state.done > previous.done) {
    const cue: Cue = state.done >= current.total ? { kind: 'done' } : { kind: 'repetition', value: state.done };
    return { cue, state };
  }

  const from = isNew ? -1 : previous.elapsedMs;
  const passed = cueMoments(current).filter((m) => m.atMs > from && m.atMs <= current.elapsedMs);
  const latest = passed.at(-1);
  if (!latest || current.elapsedMs - latest.atMs > CUE_FRESH_MS) return { cue: null, state };
  return { cue: latest.cue, state };
}
