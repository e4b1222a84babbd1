// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { zonedTimeToInstant } from '../../src/schedule/clock-time';
import {
  DEFAULT_WAKING_WINDOW as WINDOW,
  formatRemaining,
  isWithinWakingWindow,
  nextDueAfter,
  parseWakingWindow,
  resolveDue,
  roundsForDays,
  timeLeft,
  type WakingWindow,
} from '../../src/schedule/schedule';

const ZONE = 'Europe/Amsterdam';
const HOUR = 3_600_000;
const MINUTE = 60_000;
const ALL_DAY: WakingWindow = { from: '00:00', until: '23:59' };

/** Wall clock in Amsterdam, read with an independent formatter (not the code under test). */
const wallClock = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);

const at = (iso: string) => new Date(iso);

describe('nextDueAfter', () => {
  test('two hours after the finished session', () => {
    expect(nextDueAfter(at('2026-11-26T10:15:00+01:00'), WINDOW, ZONE)).toEqual(at('2026-11-26T12:15:00+01:00'));
  });

  test('zone defaults to Europe/Amsterdam', () => {
    expect(nextDueAfter(at('2026-11-26T20:30:00+01:00'), WINDOW)).toEqual(at('2026-11-27T08:00:00+01:00'));
  });

  test('due exactly at 22:00 stays: the end of the window is inside', () => {
    expect(nextDueAfter(at('2026-11-26T20:00:00+01:00'), WINDOW, ZONE)).toEqual(at('2026-11-26T22:00:00+01:00'));
  });

  test('due after 22:00 moves to 08:00 the next day', () => {
    expect(nextDueAfter(at('2026-11-26T20:30:00+01:00'), WINDOW, ZONE)).toEqual(at('2026-11-27T08:00:00+01:00'));
    expect(nextDueAfter(at('2026-11-26T20:00:01+01:00'), WINDOW, ZONE)).toEqual(at('2026-11-27T08:00:00+01:00'));
  });

  test('finished at 23:30 (outside the window) → 08:00 the next day', () => {
    expect(nextDueAfter(at('2026-11-26T23:30:00+01:00'), WINDOW, ZONE)).toEqual(at('2026-11-27T08:00:00+01:00'));
  });

  test('finished after midnight or early morning → 08:00 the same day', () => {
    expect(nextDueAfter(at('2026-11-27T00:30:00+01:00'), WINDOW, ZONE)).toEqual(at('2026-11-27T08:00:00+01:00'));
    expect(nextDueAfter(at('2026-11-27T05:00:00+01:00'), WINDOW, ZONE)).toEqual(at('2026-11-27T08:00:00+01:00'));
    expect(nextDueAfter(at('2026-11-27T06:30:00+01:00'), WINDOW, ZONE)).toEqual(at('2026-11-27T08:30:00+01:00'));
  });

  test('month and year roll over', () => {
    expect(nextDueAfter(at('2026-12-31T21:00:00+01:00'), WINDOW, ZONE)).toEqual(at('2027-01-01T08:00:00+01:00'));
  });

  test('a custom window', () => {
    const window: WakingWindow = { from: '07:15', until: '21:30' };
    expect(nextDueAfter(at('2026-11-26T19:31:00+01:00'), window, ZONE)).toEqual(at('2026-11-27T07:15:00+01:00'));
    expect(nextDueAfter(at('2026-11-26T19:30:00+01:00'), window, ZONE)).toEqual(at('2026-11-26T21:30:00+01:00'));
  });

  describe('spring forward, Sunday 2026-03-29 (02:00 → 03:00)', () => {
    test('wake-up is 08:00 summer time, 06:00 UTC', () => {
      const due = nextDueAfter(at('2026-03-28T21:00:00+01:00'), WINDOW, ZONE);
      expect(due.toISOString()).toBe('2026-03-29T06:00:00.000Z');
      expect(wallClock(due)).toBe('2026-03-29 08:00');
    });

    test('finished in the night, across the change', () => {
      // 00:30 CET = 23:30Z; +2 h = 01:30Z = 03:30 CEST, outside the window.
      const due = nextDueAfter(at('2026-03-29T00:30:00+01:00'), WINDOW, ZONE);
      expect(due.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    });

    test('two hours are real hours: the wall clock moves three', () => {
      const due = nextDueAfter(at('2026-03-29T01:30:00+01:00'), ALL_DAY, ZONE);
      expect(due.toISOString()).toBe('2026-03-29T02:30:00.000Z');
      expect(wallClock(due)).toBe('2026-03-29 04:30');
    });

    test('during the day after the change', () => {
      expect(nextDueAfter(at('2026-03-29T10:00:00+02:00'), WINDOW, ZONE).toISOString()).toBe(
        '2026-03-29T10:00:00.000Z',
      );
    });
  });

  describe('fall back, Sunday 2026-10-25 (03:00 → 02:00)', () => {
    test('wake-up is 08:00 winter time, 07:00 UTC', () => {
      const due = nextDueAfter(at('2026-10-24T21:00:00+02:00'), WINDOW, ZONE);
      expect(due.toISOString()).toBe('2026-10-25T07:00:00.000Z');
      expect(wallClock(due)).toBe('2026-10-25 08:00');
    });

    test('two hours are real hours: the wall clock moves one', () => {
      // 01:30 CEST = 23:30Z; +2 h = 01:30Z = 02:30 CET (the second 02:30 of the night).
      const due = nextDueAfter(at('2026-10-25T01:30:00+02:00'), ALL_DAY, ZONE);
      expect(due.toISOString()).toBe('2026-10-25T01:30:00.000Z');
      expect(wallClock(due)).toBe('2026-10-25 02:30');
    });
  });

  test('an invalid date or window is a programming error', () => {
    expect(() => nextDueAfter(new Date(Number.NaN), WINDOW, ZONE)).toThrow(RangeError);
    expect(() => nextDueAfter(at('2026-11-26T10:00:00Z'), { from: '22:00', until: '08:00' }, ZONE)).toThrow(
      /ends-before-start/,
    );
  });
});

describe('zonedTimeToInstant', () => {
  test('an ordinary time', () => {
    expect(zonedTimeToInstant({ year: 2026, month: 11, day: 29, hour: 8, minute: 0 }, ZONE).toISOString()).toBe(
      '2026-11-29T07:00:00.000Z',
    );
  });

  test('a time in the spring-forward gap moves forward by the gap', () => {
    const instant = zonedTimeToInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, ZONE);
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClock(instant)).toBe('2026-03-29 03:30');
  });

  test('a time that happens twice takes the first instant', () => {
    expect(zonedTimeToInstant({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, ZONE).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  test('other zones', () => {
    expect(
      zonedTimeToInstant({ year: 2026, month: 7, day: 1, hour: 8, minute: 0 }, 'America/New_York').toISOString(),
    ).toBe('2026-07-01T12:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 7, day: 1, hour: 8, minute: 0 }, 'UTC').toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
  });
});

describe('parseWakingWindow', () => {
  test('accepts a normal window', () => {
    expect(parseWakingWindow('08:00', '22:00')).toEqual({ ok: true, window: { from: '08:00', until: '22:00' } });
    expect(parseWakingWindow('00:00', '23:59')).toEqual({ ok: true, window: { from: '00:00', until: '23:59' } });
  });

  test('refuses a window that ends before it starts', () => {
    expect(parseWakingWindow('22:00', '08:00')).toEqual({ ok: false, error: 'ends-before-start' });
  });

  test('refuses a window shorter than two hours, accepts exactly two', () => {
    expect(parseWakingWindow('08:00', '09:59')).toEqual({ ok: false, error: 'too-short' });
    expect(parseWakingWindow('08:00', '08:00')).toEqual({ ok: false, error: 'too-short' });
    expect(parseWakingWindow('08:00', '10:00').ok).toBe(true);
  });

  test.each([
    ['', '22:00'],
    ['08:00', ''],
    ['abc', '22:00'],
    ['8:00', '22:00'],
    ['24:00', '23:00'],
    ['08:60', '22:00'],
    ['08:00:00', '22:00'],
    [' 08:00', '22:00'],
    ['-1:00', '22:00'],
    ['08h00', '22:00'],
  ])('refuses garbage %j–%j', (from, until) => {
    expect(parseWakingWindow(from, until)).toEqual({ ok: false, error: 'invalid-time' });
  });
});

describe('isWithinWakingWindow', () => {
  test('both ends are inside', () => {
    expect(isWithinWakingWindow(at('2026-11-26T08:00:00+01:00'), WINDOW, ZONE)).toBe(true);
    expect(isWithinWakingWindow(at('2026-11-26T22:00:00+01:00'), WINDOW, ZONE)).toBe(true);
    expect(isWithinWakingWindow(at('2026-11-26T13:37:00+01:00'), WINDOW, ZONE)).toBe(true);
  });

  test('just outside is outside', () => {
    expect(isWithinWakingWindow(at('2026-11-26T07:59:59+01:00'), WINDOW, ZONE)).toBe(false);
    expect(isWithinWakingWindow(at('2026-11-26T22:00:01+01:00'), WINDOW, ZONE)).toBe(false);
    expect(isWithinWakingWindow(at('2026-11-26T03:00:00+01:00'), WINDOW, ZONE)).toBe(false);
  });

  test('reads the wall clock of the given zone', () => {
    // 07:30 UTC in summer is 09:30 in Amsterdam but 03:30 in New York.
    expect(isWithinWakingWindow(at('2026-07-01T07:30:00Z'), WINDOW, ZONE)).toBe(true);
    expect(isWithinWakingWindow(at('2026-07-01T07:30:00Z'), WINDOW, 'America/New_York')).toBe(false);
  });
});

describe('timeLeft and formatRemaining', () => {
  const due = at('2026-11-26T12:00:00+01:00');

  test('before the deadline', () => {
    expect(timeLeft(due, at('2026-11-26T10:30:00+01:00'))).toEqual({
      dueNow: false,
      overdueMs: 0,
      remainingMs: 90 * MINUTE,
    });
  });

  test('at and after the deadline', () => {
    expect(timeLeft(due, due)).toEqual({ dueNow: true, overdueMs: 0, remainingMs: 0 });
    expect(timeLeft(due, at('2026-11-26T12:05:00+01:00'))).toEqual({
      dueNow: true,
      overdueMs: 5 * MINUTE,
      remainingMs: 0,
    });
  });

  test('rounds up to the minute, so "0 min" never shows before due', () => {
    expect(formatRemaining(1)).toEqual({ hours: 0, minutes: 1 });
    expect(formatRemaining(59_999)).toEqual({ hours: 0, minutes: 1 });
    expect(formatRemaining(MINUTE)).toEqual({ hours: 0, minutes: 1 });
    expect(formatRemaining(MINUTE + 1)).toEqual({ hours: 0, minutes: 2 });
    expect(formatRemaining(2 * HOUR)).toEqual({ hours: 2, minutes: 0 });
    expect(formatRemaining(2 * HOUR - 1)).toEqual({ hours: 2, minutes: 0 });
    expect(formatRemaining(10 * HOUR + 59 * MINUTE + 1)).toEqual({ hours: 11, minutes: 0 });
  });

  test('nothing left or nonsense shows as due', () => {
    expect(formatRemaining(0)).toEqual({ hours: 0, minutes: 0 });
    expect(formatRemaining(-5 * MINUTE)).toEqual({ hours: 0, minutes: 0 });
    expect(formatRemaining(Number.NaN)).toEqual({ hours: 0, minutes: 0 });
  });
});

describe('resolveDue', () => {
  const nextDueAt = at('2026-11-26T10:00:00+01:00');

  test('upcoming before the deadline', () => {
    expect(resolveDue({ nextDueAt }, at('2026-11-26T09:00:00+01:00'), WINDOW, ZONE)).toEqual({
      status: 'upcoming',
      dueAt: nextDueAt,
      missedRounds: 0,
    });
  });

  test('due at the deadline, no rounds missed yet', () => {
    expect(resolveDue({ nextDueAt }, nextDueAt, WINDOW, ZONE)).toEqual({
      status: 'due',
      dueAt: nextDueAt,
      missedRounds: 0,
    });
    expect(resolveDue({ nextDueAt }, at('2026-11-26T11:59:00+01:00'), WINDOW, ZONE).missedRounds).toBe(0);
    expect(resolveDue({ nextDueAt }, at('2026-11-26T12:00:00+01:00'), WINDOW, ZONE).missedRounds).toBe(1);
  });

  test('overdue by three days: one round due, with a count of missed rounds', () => {
    const now = at('2026-11-29T10:30:00+01:00');
    const result = resolveDue({ nextDueAt }, now, WINDOW, ZONE);
    // Rounds that came and went after the 10:00 deadline: 26th 12–22 (6), 27th and 28th 8 each,
    // 29th 08 and 10 (2).
    expect(result).toEqual({ status: 'due', dueAt: nextDueAt, missedRounds: 24 });
    expect(timeLeft(result.dueAt, now)).toEqual({
      dueNow: true,
      overdueMs: 3 * 24 * HOUR + 30 * MINUTE,
      remainingMs: 0,
    });
  });

  test('a deadline from years ago counts up to the limit and returns quickly', () => {
    const result = resolveDue(
      { nextDueAt: at('2020-01-01T10:00:00+01:00') },
      at('2026-11-29T10:30:00+01:00'),
      WINDOW,
      ZONE,
    );
    expect(result.status).toBe('due');
    expect(result.missedRounds).toBe(999);
  });

  test('clock set back a day: the wait is capped at two hours from now', () => {
    // Session finished 2026-11-26 14:00, deadline 16:00; then the clock goes back to the 25th.
    const result = resolveDue(
      { nextDueAt: at('2026-11-26T16:00:00+01:00') },
      at('2026-11-25T14:00:00+01:00'),
      WINDOW,
      ZONE,
    );
    expect(result).toEqual({ status: 'upcoming', dueAt: at('2026-11-25T16:00:00+01:00'), missedRounds: 0 });
    expect(timeLeft(result.dueAt, at('2026-11-25T14:00:00+01:00')).remainingMs).toBe(2 * HOUR);
  });

  test('clock set back an hour: never more than two hours to wait', () => {
    const now = at('2026-11-26T13:00:00+01:00');
    const result = resolveDue({ nextDueAt: at('2026-11-26T16:00:00+01:00') }, now, WINDOW, ZONE);
    expect(result.dueAt).toEqual(at('2026-11-26T15:00:00+01:00'));
  });

  test('clock set back in the evening: at most two hours plus the night', () => {
    // Finished 21:00, due 08:00 next morning; clock set back to 21:30 the day before.
    const now = at('2026-11-25T21:30:00+01:00');
    const result = resolveDue({ nextDueAt: at('2026-11-27T08:00:00+01:00') }, now, WINDOW, ZONE);
    expect(result).toEqual({ status: 'upcoming', dueAt: at('2026-11-26T08:00:00+01:00'), missedRounds: 0 });
    expect(timeLeft(result.dueAt, now).remainingMs).toBeLessThanOrEqual(2 * HOUR + 10 * HOUR);
  });

  test('an ordinary night deadline is not mistaken for a clock change', () => {
    const result = resolveDue(
      { nextDueAt: at('2026-11-27T08:00:00+01:00') },
      at('2026-11-26T21:00:00+01:00'),
      WINDOW,
      ZONE,
    );
    expect(result).toEqual({ status: 'upcoming', dueAt: at('2026-11-27T08:00:00+01:00'), missedRounds: 0 });
  });
});

describe('roundsForDays', () => {
  const hhmm = (date: Date) => wallClock(date).slice(11);

  test('3 days from 08:00: 8 rounds a day, 08 to 22 inclusive', () => {
    const rounds = roundsForDays(at('2026-11-26T08:00:00+01:00'), 3, WINDOW, ZONE);
    expect(rounds).toHaveLength(24);
    const perDay = ['08:00', '10:00', '12:00', '14:00', '16:00', '18:00', '20:00', '22:00'];
    expect(rounds.map(hhmm)).toEqual([...perDay, ...perDay, ...perDay]);
    expect(rounds[0]).toEqual(at('2026-11-26T08:00:00+01:00'));
    expect(rounds[7]).toEqual(at('2026-11-26T22:00:00+01:00'));
    expect(rounds[8]).toEqual(at('2026-11-27T08:00:00+01:00'));
    expect(rounds.at(-1)).toEqual(at('2026-11-28T22:00:00+01:00'));
  });

  test('start is cut to its whole minute (the minute the app shows); later days start at wake-up', () => {
    const rounds = roundsForDays(at('2026-11-26T09:11:30+01:00'), 3, WINDOW, ZONE);
    expect(rounds[0]).toEqual(at('2026-11-26T09:11:00+01:00'));
    // 09:11 … 21:11 (7), then two full days (8 each).
    expect(rounds).toHaveLength(23);
    expect(rounds.slice(6, 9).map(hhmm)).toEqual(['21:11', '08:00', '10:00']);
  });

  test('a start on a whole minute is kept, not moved to the next five minutes', () => {
    expect(roundsForDays(at('2026-11-26T09:13:00+01:00'), 1, WINDOW, ZONE)[0]).toEqual(at('2026-11-26T09:13:00+01:00'));
  });

  test('starting late at night gives full days from the next morning', () => {
    const rounds = roundsForDays(at('2026-11-26T23:00:00+01:00'), 3, WINDOW, ZONE);
    expect(rounds[0]).toEqual(at('2026-11-27T08:00:00+01:00'));
    expect(rounds).toHaveLength(24);
  });

  test('across spring forward: every round on the wall clock, UTC shifts an hour', () => {
    const rounds = roundsForDays(at('2026-03-28T08:00:00+01:00'), 3, WINDOW, ZONE);
    expect(rounds).toHaveLength(24);
    expect(
      rounds.every((round) => ['08', '10', '12', '14', '16', '18', '20', '22'].includes(hhmm(round).slice(0, 2))),
    ).toBe(true);
    expect(rounds[8]?.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(rounds[7]?.toISOString()).toBe('2026-03-28T21:00:00.000Z');
  });

  test('across fall back', () => {
    const rounds = roundsForDays(at('2026-10-24T08:00:00+02:00'), 2, WINDOW, ZONE);
    expect(rounds).toHaveLength(16);
    expect(rounds[8]?.toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(rounds.map(hhmm).slice(8)).toEqual(['08:00', '10:00', '12:00', '14:00', '16:00', '18:00', '20:00', '22:00']);
  });

  test('14 days is the most', () => {
    expect(roundsForDays(at('2026-11-26T08:00:00+01:00'), 14, WINDOW, ZONE)).toHaveLength(112);
  });

  test.each([0, -1, 1.5, 15, Number.NaN, Number.POSITIVE_INFINITY])(
    'days = %s is refused with a clear RangeError',
    (days) => {
      expect(() => roundsForDays(at('2026-11-26T08:00:00+01:00'), days, WINDOW, ZONE)).toThrow(RangeError);
      expect(() => roundsForDays(at('2026-11-26T08:00:00+01:00'), days, WINDOW, ZONE)).toThrow(
        /days must be a whole number from 1 to 14/,
      );
    },
  );
});
