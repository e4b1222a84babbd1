// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  breathingPhase,
  countMyself,
  countRepetition,
  elapsedMs,
  isFinished,
  pause,
  pressUpCycleMs,
  pressUpPace,
  remainingMs,
  repetitionCount,
  resume,
  startExercise,
} from '../../src/features/plan/exercise-clock';

const t0 = new Date('2026-11-29T10:00:00.000Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('hold timer', () => {
  const hold = startExercise('stap-3-elleboogsteun', 'hold', t0, 180_000);

  test('counts down from the clock, not from ticks', () => {
    expect(remainingMs(hold, at(0))).toBe(180_000);
    expect(remainingMs(hold, at(61))).toBe(119_000);
    expect(isFinished(hold, at(179))).toBe(false);
    expect(isFinished(hold, at(180))).toBe(true);
    expect(remainingMs(hold, at(500))).toBe(0);
  });

  test('a locked phone or a background app loses no time: 90 s without a single tick is 90 s', () => {
    // The page did nothing between 0 and 90 s (no timer callbacks ran); the stored exercise is unchanged.
    expect(remainingMs(hold, at(90))).toBe(90_000);
  });

  test('a reload in the middle resumes with the right time left (the record survives JSON)', () => {
    const reloaded = JSON.parse(JSON.stringify(hold)) as typeof hold;
    expect(remainingMs(reloaded, at(100))).toBe(80_000);
  });

  test('a pause stops the time, and resuming continues where it was', () => {
    const paused = pause(hold, at(60));
    expect(remainingMs(paused, at(60))).toBe(120_000);
    expect(remainingMs(paused, at(600))).toBe(120_000);
    const resumed = resume(paused, at(600));
    expect(resumed.pausedAt).toBeUndefined();
    expect(remainingMs(resumed, at(630))).toBe(90_000);
    expect(pause(pause(hold, at(10)), at(20)).pausedAt).toBe(at(10).toISOString());
  });

  test('a clock set back before the start never shows more than the full time or negative elapsed time', () => {
    expect(elapsedMs(hold, at(-3600))).toBe(0);
    expect(remainingMs(hold, at(-3600))).toBe(180_000);
  });
});

describe('press-up pacer and counter', () => {
  const pressUps = startExercise('stap-4-opduwen-in-buiklig', 'repetitions', t0);

  test('paces up, top, down and rest, about nine seconds a repetition', () => {
    expect(pressUpCycleMs).toBe(9000);
    expect(pressUpPace(pressUps, at(0))).toEqual({ repetition: 1, phase: 'up' });
    expect(pressUpPace(pressUps, at(3.5))).toEqual({ repetition: 1, phase: 'top' });
    expect(pressUpPace(pressUps, at(5))).toEqual({ repetition: 1, phase: 'down' });
    expect(pressUpPace(pressUps, at(8))).toEqual({ repetition: 1, phase: 'rest' });
    expect(pressUpPace(pressUps, at(9))).toEqual({ repetition: 2, phase: 'up' });
  });

  test('counts ten repetitions from the clock and stops at ten', () => {
    expect(repetitionCount(pressUps, at(8.9))).toBe(0);
    expect(repetitionCount(pressUps, at(9))).toBe(1);
    expect(repetitionCount(pressUps, at(89))).toBe(9);
    expect(isFinished(pressUps, at(89))).toBe(false);
    expect(repetitionCount(pressUps, at(90))).toBe(10);
    expect(repetitionCount(pressUps, at(3600))).toBe(10);
    expect(isFinished(pressUps, at(90))).toBe(true);
  });

  test("a tap never adds to the pacer's count: the user first takes over, then only taps count", () => {
    // While the pacer counts, a tap changes nothing.
    expect(countRepetition(pressUps)).toBe(pressUps);
    // Taking over at 20 s keeps the pacer's 2 and adds nothing.
    let counted = countMyself(pressUps, at(20));
    expect(repetitionCount(counted, at(20))).toBe(2);
    // From then on the pacer no longer counts, however long it takes.
    expect(repetitionCount(counted, at(80))).toBe(2);
    counted = countRepetition(counted);
    expect(repetitionCount(counted, at(80))).toBe(3);
    // Taking over twice changes nothing either.
    expect(countMyself(counted, at(90))).toBe(counted);
    for (let i = 0; i < 12; i++) counted = countRepetition(counted);
    expect(repetitionCount(counted, at(100))).toBe(10);
    expect(isFinished(counted, at(100))).toBe(true);
  });
});

describe('breathing guide', () => {
  test('breathes in for four seconds and out for six', () => {
    const breathing = startExercise('stap-2b-ontspannen', 'breathing', t0, 180_000);
    expect(breathingPhase(breathing, at(0))).toBe('in');
    expect(breathingPhase(breathing, at(3.9))).toBe('in');
    expect(breathingPhase(breathing, at(4))).toBe('out');
    expect(breathingPhase(breathing, at(9.9))).toBe('out');
    expect(breathingPhase(breathing, at(10))).toBe('in');
  });
});
