// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { loadContentPart } from '../../src/content/content';
import type { PlanStep } from '../../src/content/schema';
import { isReturning } from '../../src/features/start/returning-user';
import { whereYouAre, type SavedPath } from '../../src/features/start/where-you-are';
import type { DiaryEntry, Session } from '../../src/storage/records';

const ZONE = 'Europe/Amsterdam';
const winter = (local: string) => new Date(`${local}+01:00`);
const steps: PlanStep[] = (await loadContentPart('nl', 'plan')).steps;

const session = (stepId: string, finishedAt: string): Session => ({
  id: `session-${finishedAt}`,
  stepId,
  startedAt: winter(finishedAt).toISOString(),
  finishedAt: winter(finishedAt).toISOString(),
});
const entry: DiaryEntry = {
  id: 'd1',
  at: winter('2026-11-30T09:00:00').toISOString(),
  pain: 6,
  location: 'bil',
  moment: 'any',
};
const nothing: SavedPath = {
  progress: { currentStepId: 'stap-1-liggen' },
  sessions: [],
  diary: [],
  active: null,
  reminder: { wakeFrom: '08:00', wakeUntil: '22:00' },
};
const now = winter('2026-11-30T11:05:00');

describe('whereYouAre', () => {
  test('a first visit (nothing saved) gets no card', () => {
    expect(whereYouAre(nothing, steps, now, ZONE)).toEqual({ kind: 'new' });
    expect(isReturning(nothing)).toBe(false);
  });

  test('the saved step and the next round from the saved deadline, with the reminder off too', () => {
    const where = whereYouAre(
      {
        ...nothing,
        progress: { currentStepId: 'stap-3-elleboogsteun' },
        sessions: [session('stap-3-elleboogsteun', '2026-11-30T11:00:23')],
        reminder: { ...nothing.reminder, nextDueAt: winter('2026-11-30T13:00:23').toISOString() },
      },
      steps,
      now,
      ZONE,
    );
    expect(where).toMatchObject({
      kind: 'continue',
      step: { id: 'stap-3-elleboogsteun', label: 'Stap 3' },
      next: { kind: 'upcoming', dueAt: winter('2026-11-30T13:00:23'), day: 0 },
    });
  });

  test('only a diary entry: returning, on the first step, and a round can be done now', () => {
    expect(whereYouAre({ ...nothing, diary: [entry] }, steps, now, ZONE)).toMatchObject({
      kind: 'continue',
      step: { id: 'stap-1-liggen' },
      next: { kind: 'due' },
    });
  });

  test('a saved step the content no longer has: the step of the last round (by time, not list order)', () => {
    const where = whereYouAre(
      {
        ...nothing,
        progress: { currentStepId: 'stap-weg' },
        sessions: [
          session('stap-4-opduwen-in-buiklig', '2026-11-30T10:00:00'),
          session('stap-2a-op-de-buik-liggen', '2026-11-29T10:00:00'),
        ],
      },
      steps,
      now,
      ZONE,
    );
    expect(where).toMatchObject({ kind: 'continue', step: { id: 'stap-4-opduwen-in-buiklig' } });
  });

  test('an exercise running or paused: back to its step', () => {
    const active = {
      stepId: 'stap-3-elleboogsteun',
      kind: 'hold' as const,
      startedAt: now.toISOString(),
      pausedTotalMs: 0,
    };
    expect(whereYouAre({ ...nothing, active }, steps, now, ZONE)).toMatchObject({
      kind: 'running',
      step: { id: 'stap-3-elleboogsteun' },
      paused: false,
    });
    expect(
      whereYouAre({ ...nothing, active: { ...active, pausedAt: now.toISOString() } }, steps, now, ZONE),
    ).toMatchObject({
      kind: 'running',
      paused: true,
    });
  });
});
