// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { CUE_FRESH_MS, cueMoments, nextCue, type CueObservation, type CueState } from '../../src/cues/cue-timing';

const hold = (elapsedSeconds: number, durationMs = 180_000, key = 'run-1'): CueObservation => ({
  key,
  kind: 'hold',
  elapsedMs: elapsedSeconds * 1000,
  durationMs,
  total: 10,
  cycleMs: 9000,
});

const pressUps = (elapsedSeconds: number, count?: number): CueObservation => ({
  key: 'run-2',
  kind: 'repetitions',
  elapsedMs: elapsedSeconds * 1000,
  total: 10,
  cycleMs: 9000,
  ...(count !== undefined ? { count } : {}),
});

/** Refreshes at the given seconds, in order, starting while no exercise ran; the cues given. */
function cuesOver(seconds: number[], observe: (s: number) => CueObservation, start?: CueState) {
  let state: CueState | undefined = start ?? nextCue(undefined, null).state;
  const cues: string[] = [];
  for (const s of seconds) {
    const result = nextCue(state, observe(s));
    state = result.state;
    if (result.cue) cues.push(`${s}:${result.cue.kind}${result.cue.value ?? ''}`);
  }
  return cues;
}

const everyQuarterSecond = (until: number) => Array.from({ length: until * 4 + 1 }, (_, i) => i / 4);

describe('cue moments', () => {
  test('a three-minute hold: start, two minutes left, one minute left, done', () => {
    expect(cueMoments(hold(0)).map((m) => [m.atMs, m.cue.kind, m.cue.value])).toEqual([
      [0, 'start', undefined],
      [60_000, 'minute', 2],
      [120_000, 'minute', 1],
      [180_000, 'done', undefined],
    ]);
  });

  test('a hold of 2:30 counts its minutes back from the end', () => {
    expect(cueMoments(hold(0, 150_000)).map((m) => m.atMs)).toEqual([0, 30_000, 90_000, 150_000]);
  });

  test('paced press-ups: a cue after each repetition, done after the tenth', () => {
    const moments = cueMoments(pressUps(0));
    expect(moments).toHaveLength(11);
    expect(moments[1]).toEqual({ atMs: 9000, cue: { kind: 'repetition', value: 1 } });
    expect(moments.at(-1)).toEqual({ atMs: 90_000, cue: { kind: 'done' } });
  });
});

describe('which cue, when', () => {
  test('refreshed four times a second, a hold gives each cue exactly once', () => {
    expect(cuesOver(everyQuarterSecond(185), (s) => hold(s))).toEqual([
      '0:start',
      '60:minute2',
      '120:minute1',
      '180:done',
    ]);
  });

  test('paced press-ups give start, nine repetitions and done, once each', () => {
    expect(cuesOver(everyQuarterSecond(95), (s) => pressUps(s))).toEqual([
      '0:start',
      '9:repetition1',
      '18:repetition2',
      '27:repetition3',
      '36:repetition4',
      '45:repetition5',
      '54:repetition6',
      '63:repetition7',
      '72:repetition8',
      '81:repetition9',
      '90:done',
    ]);
  });

  test('a late refresh gives only the cue it just passed, and only while it is fresh', () => {
    // 59 s, then a refresh 2 s late at 62 s: the minute cue is given, late but in step.
    expect(cuesOver([0, 59, 62], (s) => hold(s))).toEqual(['0:start', '62:minute2']);
    // A refresh that skipped 30 s (background tab): the minute cue is stale, so nothing plays.
    expect(cuesOver([0, 59, 90], (s) => hold(s))).toEqual(['0:start']);
    // Skipped over two cues: at most the latest, never both.
    expect(cuesOver([0, 59, 121], (s) => hold(s))).toEqual(['0:start', '121:minute1']);
    expect(CUE_FRESH_MS).toBeLessThanOrEqual(3000);
  });

  test('after a reload nothing already heard is cued again, and the next cue still comes', () => {
    // The page reloads 0.5 s after the minute cue: the first look gives no cue (state undefined).
    const reloaded = nextCue(undefined, hold(60.5));
    expect(reloaded.cue).toBeNull();
    expect(cuesOver([61, 119.9, 120.1], (s) => hold(s), reloaded.state)).toEqual(['120.1:minute1']);
  });

  test('a reload right after the start gives no second start cue', () => {
    const reloaded = nextCue(undefined, hold(0.4));
    expect(reloaded.cue).toBeNull();
    expect(cuesOver([0.6, 1, 2], (s) => hold(s), reloaded.state)).toEqual([]);
  });

  test('a pause stops the cues; time paused does not count', () => {
    // Paused at 50 s for ten minutes: exercise time stands still, so the next cue is at 60 s of it.
    expect(cuesOver([0, 50, 50, 50, 55, 60], (s) => hold(s))).toEqual(['0:start', '60:minute2']);
  });

  test('a new round of the same step starts with its own start cue', () => {
    let state = nextCue(undefined, null).state;
    state = nextCue(state, hold(0, 180_000, 'first')).state;
    state = nextCue(state, hold(180, 180_000, 'first')).state;
    state = nextCue(state, null).state;
    expect(nextCue(state, hold(0.2, 180_000, 'second')).cue).toEqual({ kind: 'start' });
  });

  test('an exercise first seen long after its start (opened from another page) gives no start cue', () => {
    const state = nextCue(undefined, null).state;
    expect(nextCue(state, hold(40)).cue).toBeNull();
  });

  test('counted press-ups: each tap gives its repetition cue at once, the tenth gives done', () => {
    let state = nextCue(nextCue(undefined, null).state, pressUps(0)).state;
    const tap = (seconds: number, count: number) => {
      const result = nextCue(state, pressUps(seconds, count));
      state = result.state;
      return result.cue;
    };
    expect(tap(5, 1)).toEqual({ kind: 'repetition', value: 1 });
    expect(tap(5.25, 1)).toBeNull(); // the next refresh does not repeat it
    expect(tap(30, 2)).toEqual({ kind: 'repetition', value: 2 }); // no pacer cues once the user counts
    for (let n = 3; n < 10; n++) tap(30 + n, n);
    expect(tap(50, 10)).toEqual({ kind: 'done' });
  });

  test('no exercise, no cue', () => {
    expect(nextCue(undefined, null)).toEqual({ cue: null, state: { key: null, elapsedMs: 0, done: 0 } });
  });
});
