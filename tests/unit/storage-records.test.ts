import { describe, expect, test } from 'vitest';
import { storageKeys } from '../../src/storage/keys';
import {
  isActiveExercise,
  isContacts,
  isDiaryEntry,
  isPlanProgress,
  isReminder,
  isSession,
  isSettings,
  records,
  type DiaryEntry,
  type Settings,
} from '../../src/storage/records';
import { isIsoDateTime } from '../../src/storage/validators';

describe('keys', () => {
  test('every record has its own key, and the keys are the agreed names', () => {
    const used = Object.values(records).map((spec) => spec.key);
    expect(new Set(used).size).toBe(used.length);
    expect(Object.values(storageKeys).sort()).toEqual(
      [
        'active-exercise',
        'contacts',
        'diary',
        'diary-review',
        'episodes',
        'plan-progress',
        'reminder',
        'sessions',
        'settings',
      ].sort(),
    );
    expect(used.sort()).toEqual(Object.values(storageKeys).sort());
  });

  test.each(Object.entries(records))('the default for %s passes its own validator', (_name, spec) => {
    expect((spec.validate as (v: unknown) => boolean)(spec.fallback())).toBe(true);
  });
});

describe('ISO date-times', () => {
  test.each(['2025-03-01T08:00:00.000Z', '2025-03-01T08:00:00Z', '2025-03-01T09:00+01:00', '2024-02-29T23:59:59.999Z'])(
    'accepts %s',
    (value) => expect(isIsoDateTime(value)).toBe(true),
  );
  test.each([
    '2024-02-30T10:00:00Z',
    '2025-02-29T10:00:00Z',
    '2025-13-01T10:00:00Z',
    '2025-03-01T24:00:00Z',
    '2025-03-01T08:60:00Z',
    '2025-03-01',
    '2025-03-01T08:00:00',
    'yesterday',
    '',
    1740816000000,
    null,
  ])('rejects %s', (value) => expect(isIsoDateTime(value)).toBe(false));
});

describe('settings', () => {
  const valid: Settings = records.settings.fallback();
  test('accepts the default, a chosen language and the hold-time bounds', () => {
    expect(isSettings({ ...valid, language: 'en' })).toBe(true);
    expect(isSettings({ ...valid, holdSeconds: 10 })).toBe(true);
    expect(isSettings({ ...valid, holdSeconds: 1800 })).toBe(true);
  });
  test.each([
    ['unknown language', { language: 'de' }],
    ['unknown theme', { theme: 'blue' }],
    ['unknown text size', { textSize: 'huge' }],
    ['sound as text', { sound: 'yes' }],
    ['hold too short', { holdSeconds: 9 }],
    ['hold too long', { holdSeconds: 1801 }],
    ['hold not a number', { holdSeconds: Number.NaN }],
    ['firstStartSeen missing', { firstStartSeen: undefined }],
  ])('rejects %s', (_name, change) => expect(isSettings({ ...valid, ...change })).toBe(false));
  test('rejects non-objects', () => {
    expect(isSettings(null)).toBe(false);
    expect(isSettings([valid])).toBe(false);
  });
});

describe('plan progress', () => {
  test('accepts a step with pillows and a side', () => {
    expect(isPlanProgress({ currentStepId: 'stap-2a-op-de-buik-liggen', pillows: 5, painSide: 'left' })).toBe(true);
  });
  test.each([
    { currentStepId: '' },
    { currentStepId: 'stap-1-liggen', pillows: 6 },
    { currentStepId: 'stap-1-liggen', pillows: 1.5 },
    { currentStepId: 'stap-1-liggen', painSide: 'both' },
    {},
  ])('rejects %o', (value) => expect(isPlanProgress(value)).toBe(false));
});

describe('sessions', () => {
  const session = {
    id: 's1',
    stepId: 'stap-1-liggen',
    startedAt: '2025-03-01T08:00:00.000Z',
    finishedAt: '2025-03-01T08:03:00.000Z',
  };
  test('accepts a session, with or without counts', () => {
    expect(isSession(session)).toBe(true);
    expect(isSession({ ...session, repetitions: 10, holdSeconds: 180 })).toBe(true);
    expect(records.sessions.validate([session, { ...session, id: 's2' }])).toBe(true);
  });
  test.each([
    { finishedAt: '2025-03-01' },
    { startedAt: 'gisteren' },
    { repetitions: -1 },
    { repetitions: 2.5 },
    { id: 7 },
  ])('rejects a session with %o', (change) => expect(isSession({ ...session, ...change })).toBe(false));
  test('rejects a list with one bad session', () => {
    expect(records.sessions.validate([session, { ...session, startedAt: 'x' }])).toBe(false);
  });
});

describe('reminder', () => {
  const reminder = { state: 'on', nextDueAt: '2025-03-01T10:00:00.000Z', wakeFrom: '07:00', wakeUntil: '22:30' };
  test('accepts a reminder, also one without a due time', () => {
    expect(isReminder(reminder)).toBe(true);
    expect(isReminder({ ...reminder, state: 'off', nextDueAt: undefined })).toBe(true);
  });
  test.each([
    { state: 'snoozed' },
    { nextDueAt: 'soon' },
    { wakeFrom: '7:00' },
    { wakeUntil: '24:00' },
    { wakeFrom: '07:60' },
    // The reminder page refuses these windows, so a saved one can never hold them either.
    { wakeFrom: '22:00', wakeUntil: '08:00' },
    { wakeFrom: '10:00', wakeUntil: '11:00' },
  ])('rejects %o', (change) => expect(isReminder({ ...reminder, ...change })).toBe(false));
  test('the default window is the one of the schedule: 08:00 to 22:00, reminder off', () => {
    expect(records.reminder.fallback()).toEqual({ state: 'off', wakeFrom: '08:00', wakeUntil: '22:00' });
    expect(records.reminder.validate(records.reminder.fallback())).toBe(true);
  });
});

describe('active exercise', () => {
  const running = {
    stepId: 'stap-1-liggen',
    kind: 'hold',
    startedAt: '2025-03-01T08:00:00.000Z',
    durationMs: 180_000,
    pausedTotalMs: 0,
  };
  test('accepts null and a running or paused exercise', () => {
    expect(isActiveExercise(null)).toBe(true);
    expect(isActiveExercise(running)).toBe(true);
    expect(isActiveExercise({ ...running, pausedAt: '2025-03-01T08:01:00.000Z', pausedTotalMs: 5000, count: 3 })).toBe(
      true,
    );
  });
  test.each([
    { kind: 'stretch' },
    { pausedTotalMs: undefined },
    { pausedTotalMs: -1 },
    { pausedAt: 'now' },
    { count: 1.5 },
  ])('rejects %o', (change) => expect(isActiveExercise({ ...running, ...change })).toBe(false));
  test('rejects undefined', () => expect(isActiveExercise(undefined)).toBe(false));
});

describe('diary', () => {
  const entry: DiaryEntry = {
    id: 'd1',
    at: '2025-03-01T08:00:00.000Z',
    pain: 0,
    location: 'een-kant',
    moment: 'after',
  };
  test('accepts pain 0 and 10, a session link and a 500-character note', () => {
    expect(isDiaryEntry(entry)).toBe(true);
    expect(isDiaryEntry({ ...entry, pain: 10, sessionId: 's1', note: 'x'.repeat(500) })).toBe(true);
  });
  test.each([
    ['pain 11', { pain: 11 }],
    ['pain -1', { pain: -1 }],
    ['pain 5.5', { pain: 5.5 }],
    ['pain as text', { pain: '5' }],
    ['unknown location', { location: 'nek' }],
    ['unknown moment', { moment: 'during' }],
    ['impossible date', { at: '2025-02-30T08:00:00.000Z' }],
    ['note of 501 characters', { note: 'x'.repeat(501) }],
    ['empty id', { id: '' }],
  ])('rejects %s', (_name, change) => expect(isDiaryEntry({ ...entry, ...change })).toBe(false));
});

describe('contacts', () => {
  test('accepts free-form numbers and none at all', () => {
    expect(isContacts({})).toBe(true);
    expect(isContacts({ huisarts: '030 - 123 45 67', huisartsenpost: '+31 88 1234567' })).toBe(true);
  });
  test('rejects a number stored as a number', () => expect(isContacts({ huisarts: 301234567 })).toBe(false));
});
