// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { countMyself, countRepetition, pause, startExercise } from '../../src/features/plan/exercise-clock';
import { recordRound, roundsToday } from '../../src/features/plan/plan-session';
import { isSession, type Session } from '../../src/storage/records';
import { roundDose } from '../../src/storage/round-dose';

const t0 = new Date('2026-11-30T09:00:00.000Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('a full round', () => {
  test('a hold that ran out is recorded at its end, as the whole planned time', () => {
    const hold = startExercise('stap-3-elleboogsteun', 'hold', t0, 180_000);
    const session = recordRound(hold, at(200), 10); // seen 20 s late: the phone was locked
    expect(session).toMatchObject({ finishedAt: at(180).toISOString(), holdSeconds: 180, planned: 180 });
    expect(isSession(session)).toBe(true);
    expect(roundDose(session, 10)).toEqual({ unit: 'seconds', done: 180, planned: 180, short: false });
  });

  test('ten paced press-ups are ten of ten', () => {
    const pressUps = startExercise('stap-4-opduwen-in-buiklig', 'repetitions', t0);
    const session = recordRound(pressUps, at(95), 10);
    expect(session).toMatchObject({ finishedAt: at(90).toISOString(), repetitions: 10, planned: 10 });
    expect(roundDose(session, 10)).toEqual({ unit: 'repetitions', done: 10, planned: 10, short: false });
  });
});

describe('a shorter round', () => {
  test('"Klaar" after two paced press-ups records 2 of 10, not a full round', () => {
    const pressUps = startExercise('stap-4-opduwen-in-buiklig', 'repetitions', t0);
    const session = recordRound(pressUps, at(20), 10);
    expect(session).toMatchObject({ finishedAt: at(20).toISOString(), repetitions: 2, planned: 10 });
    expect(roundDose(session, 10)).toEqual({ unit: 'repetitions', done: 2, planned: 10, short: true });
  });

  test('counted by the user: what they tapped, the pacer adds nothing', () => {
    let pressUps = countMyself(startExercise('stap-4-opduwen-in-buiklig', 'repetitions', t0), at(20)); // pacer had 2
    pressUps = countRepetition(countRepetition(pressUps));
    const session = recordRound(pressUps, at(85), 10); // the pacer alone would have counted 9 by now
    expect(session).toMatchObject({ repetitions: 4, planned: 10 });
    expect(roundDose(session, 10).short).toBe(true);
  });

  test('"Klaar" during a hold records the time held of the time planned', () => {
    const hold = startExercise('stap-3-elleboogsteun', 'hold', t0, 180_000);
    const session = recordRound(hold, at(80), 10);
    expect(session).toMatchObject({ holdSeconds: 80, planned: 180 });
    expect(roundDose(session, 10)).toEqual({ unit: 'seconds', done: 80, planned: 180, short: true });
  });
});

describe('a stopped round', () => {
  test('finished while paused: it ends where it stopped, and is shorter', () => {
    const hold = pause(startExercise('stap-2b-ontspannen', 'breathing', t0, 180_000), at(50));
    const session = recordRound(hold, at(400), 10); // "Klaar" long after the pause
    expect(session).toMatchObject({ finishedAt: at(50).toISOString(), holdSeconds: 50, planned: 180 });
    expect(roundDose(session, 10).short).toBe(true);
  });

  test('press-ups paused after three: 3 of 10', () => {
    const pressUps = pause(startExercise('stap-4-opduwen-in-buiklig', 'repetitions', t0), at(30));
    const session = recordRound(pressUps, at(300), 10);
    expect(session).toMatchObject({ finishedAt: at(30).toISOString(), repetitions: 3, planned: 10 });
  });
});

describe('counting rounds of today', () => {
  const round = (stepId: string, finished: number, extra: Partial<Session>): Session => ({
    id: `session-${finished}`,
    stepId,
    startedAt: at(finished - 100).toISOString(),
    finishedAt: at(finished).toISOString(),
    ...extra,
  });

  test('full and shorter rounds apart; rounds recorded before the plan was kept count by the step dose', () => {
    const sessions = [
      round('stap-4-opduwen-in-buiklig', 100, { repetitions: 10, planned: 10 }),
      round('stap-4-opduwen-in-buiklig', 200, { repetitions: 2, planned: 10 }),
      round('stap-4-opduwen-in-buiklig', 300, { repetitions: 6 }), // older record: the step's 10
      round('stap-3-elleboogsteun', 400, { holdSeconds: 120 }), // older record: taken as full
      round('stap-3-elleboogsteun', 500, { holdSeconds: 60, planned: 180 }),
    ];
    const today = roundsToday(sessions, at(600), 'Europe/Amsterdam', () => 10);
    expect(today.get('stap-4-opduwen-in-buiklig')).toEqual({ full: 1, short: 2 });
    expect(today.get('stap-3-elleboogsteun')).toEqual({ full: 1, short: 1 });
    expect(today.get('stap-1-liggen')).toBeUndefined();
  });
});
