// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isIos, isIosHomeScreenApp } from '../../src/pwa/device';
import {
  changeWakingWindow,
  parseDays,
  pauseReminder,
  reminderView,
  snoozeReminder,
  startReminder,
  stopReminder,
} from '../../src/features/reminder/reminder-logic';
import { isAppPath } from '../../src/features/reminder/notification-taps';
import { DEFAULT_WAKING_WINDOW, dueAtOrAfter, formatRemaining } from '../../src/schedule/schedule';
import type { Reminder } from '../../src/storage/records';

const ZONE = 'Europe/Amsterdam';
/** A time on the Amsterdam clock in winter (UTC+1). */
const winter = (local: string) => new Date(`${local}+01:00`);
/** A time on the Amsterdam clock in summer (UTC+2). */
const summer = (local: string) => new Date(`${local}+02:00`);

const on = (nextDueAt?: Date, window = { wakeFrom: '08:00', wakeUntil: '22:00' }): Reminder => ({
  state: 'on',
  ...window,
  ...(nextDueAt ? { nextDueAt: nextDueAt.toISOString() } : {}),
});

describe('reminderView', () => {
  test('off and paused say so, whatever the deadline', () => {
    const deadline = winter('2026-11-30T11:00:00');
    expect(reminderView({ ...on(deadline), state: 'off' }, winter('2026-11-30T12:00:00'), ZONE)).toEqual({
      kind: 'off',
    });
    expect(reminderView(pauseReminder(on(deadline)), winter('2026-11-30T12:00:00'), ZONE)).toEqual({
      kind: 'paused',
    });
  });

  test('"Volgende keer om 11:00 — nog 1 uur 12 min": the time left comes from the clock', () => {
    const view = reminderView(on(winter('2026-11-30T11:00:00')), winter('2026-11-30T09:48:00'), ZONE);
    expect(view).toEqual({ kind: 'upcoming', dueAt: winter('2026-11-30T11:00:00'), remainingMs: 72 * 60_000, day: 0 });
    if (view.kind !== 'upcoming') throw new Error('not upcoming');
    expect(formatRemaining(view.remainingMs)).toEqual({ hours: 1, minutes: 12 });
  });

  test('a round tomorrow morning is day 1', () => {
    const view = reminderView(on(winter('2026-12-01T08:00:00')), winter('2026-11-30T21:00:00'), ZONE);
    expect(view).toMatchObject({ kind: 'upcoming', dueAt: winter('2026-12-01T08:00:00'), day: 1 });
  });

  test('due half an hour ago: says since when, and when the next one is after a round now', () => {
    const view = reminderView(on(winter('2026-11-30T10:00:00')), winter('2026-11-30T10:30:00'), ZONE);
    expect(view).toEqual({
      kind: 'due',
      plannedAt: winter('2026-11-30T10:00:00'),
      nextIfDoneNow: winter('2026-11-30T12:30:00'),
    });
  });

  test('due since three days: no "overdue by 72 hours", just a round now and the next after it', () => {
    const view = reminderView(on(winter('2026-11-27T10:00:00')), winter('2026-11-30T10:30:00'), ZONE);
    expect(view).toEqual({ kind: 'due', nextIfDoneNow: winter('2026-11-30T12:30:00') });
  });

  test('due more than a round ago today: the planned time is not worth mentioning', () => {
    const view = reminderView(on(winter('2026-11-30T08:00:00')), winter('2026-11-30T12:30:00'), ZONE);
    expect(view).toEqual({ kind: 'due', nextIfDoneNow: winter('2026-11-30T14:30:00') });
  });

  test('at night nothing is due: a deadline from the evening waits for the wake-up', () => {
    const deadline = winter('2026-11-30T21:00:00');
    expect(reminderView(on(deadline), winter('2026-11-30T23:30:00'), ZONE)).toEqual({
      kind: 'upcoming',
      dueAt: winter('2026-12-01T08:00:00'),
      remainingMs: 8.5 * 3_600_000,
      day: 1,
    });
    expect(reminderView(on(deadline), winter('2026-12-01T03:00:00'), ZONE)).toMatchObject({
      kind: 'upcoming',
      dueAt: winter('2026-12-01T08:00:00'),
      day: 0,
    });
    // At wake-up it is due, with no drama about the evening's missed round.
    expect(reminderView(on(deadline), winter('2026-12-01T08:00:00'), ZONE)).toEqual({
      kind: 'due',
      nextIfDoneNow: winter('2026-12-01T10:00:00'),
    });
  });

  test('a custom night: 07:00–23:00', () => {
    const reminder = on(winter('2026-11-30T22:30:00'), { wakeFrom: '07:00', wakeUntil: '23:00' });
    expect(reminderView(reminder, winter('2026-11-30T22:45:00'), ZONE)).toMatchObject({ kind: 'due' });
    expect(reminderView(reminder, winter('2026-11-30T23:15:00'), ZONE)).toMatchObject({
      kind: 'upcoming',
      dueAt: winter('2026-12-01T07:00:00'),
    });
  });

  test('clock set back: a deadline days ahead is capped at two hours from now', () => {
    const view = reminderView(on(winter('2026-12-02T10:00:00')), winter('2026-11-30T10:00:00'), ZONE);
    expect(view).toMatchObject({ kind: 'upcoming', dueAt: winter('2026-11-30T12:00:00'), remainingMs: 7_200_000 });
  });

  test('clock set back at night: capped at the wake-up', () => {
    const view = reminderView(on(winter('2026-12-01T12:00:00')), winter('2026-12-01T03:00:00'), ZONE);
    expect(view).toMatchObject({ kind: 'upcoming', dueAt: winter('2026-12-01T08:00:00') });
  });

  test('on without a deadline reads as due, never as a crash', () => {
    expect(reminderView(on(), winter('2026-11-30T10:00:00'), ZONE)).toEqual({
      kind: 'due',
      nextIfDoneNow: winter('2026-11-30T12:00:00'),
    });
  });

  test('spring forward (2026-03-29): the night deadline waits for 08:00 summer time', () => {
    const view = reminderView(on(winter('2026-03-28T21:00:00')), summer('2026-03-29T03:30:00'), ZONE);
    expect(view).toEqual({
      kind: 'upcoming',
      dueAt: summer('2026-03-29T08:00:00'),
      // 03:30 → 08:00 on the wall clock, and the lost hour came before 03:30: 4.5 real hours.
      remainingMs: 4.5 * 3_600_000,
      day: 0,
    });
  });

  test('fall back (2026-10-25): the time left is real time, one hour more than the wall clock shows', () => {
    const view = reminderView(on(winter('2026-10-25T08:00:00')), summer('2026-10-24T23:00:00'), ZONE);
    expect(view).toEqual({
      kind: 'upcoming',
      dueAt: winter('2026-10-25T08:00:00'),
      remainingMs: 10 * 3_600_000,
      day: 1,
    });
  });
});

describe('start, pause, stop, snooze', () => {
  const off: Reminder = { state: 'off', wakeFrom: '08:00', wakeUntil: '22:00' };

  test('starting: the first round is two hours from now', () => {
    expect(startReminder(off, winter('2026-11-30T10:00:00'), ZONE)).toEqual({
      ...off,
      state: 'on',
      nextDueAt: winter('2026-11-30T12:00:00').toISOString(),
    });
  });

  test('starting late in the evening: the first round is the next wake-up', () => {
    expect(startReminder(off, winter('2026-11-30T21:00:00'), ZONE).nextDueAt).toBe(
      winter('2026-12-01T08:00:00').toISOString(),
    );
  });

  test('a deadline from a round just finished is kept; a past or impossible one is not', () => {
    const now = winter('2026-11-30T10:00:00');
    const fromRound = { ...off, nextDueAt: winter('2026-11-30T11:30:00').toISOString() };
    expect(startReminder(fromRound, now, ZONE).nextDueAt).toBe(fromRound.nextDueAt);
    const past = { ...off, nextDueAt: winter('2026-11-29T11:30:00').toISOString() };
    expect(startReminder(past, now, ZONE).nextDueAt).toBe(winter('2026-11-30T12:00:00').toISOString());
    const clockSetBack = { ...off, nextDueAt: winter('2026-12-03T11:30:00').toISOString() };
    expect(startReminder(clockSetBack, now, ZONE).nextDueAt).toBe(winter('2026-11-30T12:00:00').toISOString());
  });

  test('pause and stop keep the window and the deadline', () => {
    const running = startReminder(off, winter('2026-11-30T10:00:00'), ZONE);
    expect(pauseReminder(running)).toEqual({ ...running, state: 'paused' });
    expect(stopReminder(running)).toEqual({ ...running, state: 'off' });
  });

  test('resuming after a long pause starts from now, not from the old deadline', () => {
    const paused = pauseReminder(startReminder(off, winter('2026-11-28T10:00:00'), ZONE));
    expect(startReminder(paused, winter('2026-11-30T15:10:00'), ZONE).nextDueAt).toBe(
      winter('2026-11-30T17:10:00').toISOString(),
    );
  });

  test('snooze: minutes from now, inside waking hours, else the next wake-up', () => {
    const reminder = on(winter('2026-11-30T10:00:00'));
    expect(snoozeReminder(reminder, winter('2026-11-30T10:05:00'), 15, ZONE).nextDueAt).toBe(
      winter('2026-11-30T10:20:00').toISOString(),
    );
    expect(snoozeReminder(reminder, winter('2026-11-30T21:00:00'), 60, ZONE).nextDueAt).toBe(
      winter('2026-11-30T22:00:00').toISOString(),
    );
    expect(snoozeReminder(reminder, winter('2026-11-30T21:50:00'), 15, ZONE).nextDueAt).toBe(
      winter('2026-12-01T08:00:00').toISOString(),
    );
  });
});

describe('changeWakingWindow', () => {
  const now = winter('2026-11-30T20:00:00');

  test('a window that ends before it starts is refused with its reason', () => {
    expect(changeWakingWindow(on(), '22:00', '08:00', now, ZONE)).toEqual({ ok: false, error: 'ends-before-start' });
    expect(changeWakingWindow(on(), '10:00', '11:00', now, ZONE)).toEqual({ ok: false, error: 'too-short' });
    expect(changeWakingWindow(on(), '', '22:00', now, ZONE)).toEqual({ ok: false, error: 'invalid-time' });
  });

  test('a pending deadline that now falls at night moves to the next wake-up', () => {
    const result = changeWakingWindow(on(winter('2026-11-30T21:30:00')), '07:00', '21:00', now, ZONE);
    expect(result).toEqual({
      ok: true,
      reminder: {
        state: 'on',
        wakeFrom: '07:00',
        wakeUntil: '21:00',
        nextDueAt: winter('2026-12-01T07:00:00').toISOString(),
      },
    });
  });

  test('a deadline inside the new window, or in the past, is left alone', () => {
    const inside = on(winter('2026-11-30T21:30:00'));
    expect(changeWakingWindow(inside, '09:00', '23:00', now, ZONE)).toMatchObject({
      ok: true,
      reminder: { nextDueAt: inside.nextDueAt },
    });
    const past = on(winter('2026-11-30T19:00:00'));
    expect(changeWakingWindow(past, '07:00', '21:00', now, ZONE)).toMatchObject({
      ok: true,
      reminder: { nextDueAt: past.nextDueAt },
    });
  });
});

describe('dueAtOrAfter', () => {
  test('inside the window: unchanged; before it: the same morning; after it: the next morning', () => {
    expect(dueAtOrAfter(winter('2026-11-30T12:34:00'), DEFAULT_WAKING_WINDOW, ZONE)).toEqual(
      winter('2026-11-30T12:34:00'),
    );
    expect(dueAtOrAfter(winter('2026-11-30T05:00:00'), DEFAULT_WAKING_WINDOW, ZONE)).toEqual(
      winter('2026-11-30T08:00:00'),
    );
    expect(dueAtOrAfter(winter('2026-11-30T22:01:00'), DEFAULT_WAKING_WINDOW, ZONE)).toEqual(
      winter('2026-12-01T08:00:00'),
    );
  });

  test('across spring forward the wake-up is 08:00 summer time', () => {
    expect(dueAtOrAfter(winter('2026-03-28T23:00:00'), DEFAULT_WAKING_WINDOW, ZONE)).toEqual(
      summer('2026-03-29T08:00:00'),
    );
  });
});

describe('parseDays', () => {
  test.each([
    ['3', { ok: true, days: 3 }],
    [' 7 ', { ok: true, days: 7 }],
    ['1', { ok: true, days: 1 }],
    ['14', { ok: true, days: 14 }],
    ['0', { ok: false, error: 'too-few' }],
    ['-2', { ok: false, error: 'too-few' }],
    ['15', { ok: false, error: 'too-many' }],
    ['', { ok: false, error: 'not-a-number' }],
    ['2.5', { ok: false, error: 'not-a-number' }],
    ['drie', { ok: false, error: 'not-a-number' }],
  ])('%j → %j', (text, expected) => expect(parseDays(text)).toEqual(expected));
});

describe('isIosHomeScreenApp', () => {
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
  const ipadAsMac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15';
  const android = 'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 Chrome/140.0 Mobile Safari/537.36';

  test.each([
    [{ userAgent: iphone, maxTouchPoints: 5, standalone: true, displayModeStandalone: true }, true],
    [{ userAgent: iphone, maxTouchPoints: 5, standalone: false, displayModeStandalone: false }, false],
    [{ userAgent: ipadAsMac, maxTouchPoints: 5, displayModeStandalone: true }, true],
    [{ userAgent: ipadAsMac, maxTouchPoints: 0, displayModeStandalone: true }, false],
    [{ userAgent: android, maxTouchPoints: 5, displayModeStandalone: true }, false],
  ])('%j → %s', (env, expected) => expect(isIosHomeScreenApp(env)).toBe(expected));

  test('isIos: iPhone and iPad (also as a touch "Mac") yes; Android and a Mac no', () => {
    expect(isIos({ userAgent: iphone, maxTouchPoints: 5 })).toBe(true);
    expect(isIos({ userAgent: ipadAsMac, maxTouchPoints: 5 })).toBe(true);
    expect(isIos({ userAgent: ipadAsMac, maxTouchPoints: 0 })).toBe(false);
    expect(isIos({ userAgent: android, maxTouchPoints: 5 })).toBe(false);
  });
});

describe('isAppPath (where a tapped notification may lead)', () => {
  test.each([
    ['/stappenplan/stap-1-liggen', true],
    ['/', true],
    ['//evil.example/x', false],
    ['/\\evil.example', false],
    ['https://evil.example/', false],
    ['stappenplan', false],
    [42, false],
  ])('%j → %s', (value, expected) => expect(isAppPath(value)).toBe(expected));
});
