// @vitest-environment node
/**
 * One schedule everywhere (issue 16.4): one saved state goes through every place that shows or
 * uses the next round's time, and all of them must name the same minute. Before, the calendar
 * file rounded its start up to five minutes (13:05 for a round due at 13:00:23) and the alarm list
 * started at wake-up (08:00) whatever was due.
 */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendarFile } from '../../src/features/reminder/calendar-file';
import { reminderView, startReminder } from '../../src/features/reminder/reminder-logic';
import { whereYouAre } from '../../src/features/start/where-you-are';
import { alarmTimes, nextRound, nextRoundAhead, scheduledRounds, timeOfDay } from '../../src/schedule/next-round';
import { nextDueAfter, DEFAULT_WAKING_WINDOW } from '../../src/schedule/schedule';
import { loadContentPart } from '../../src/content/content';
import type { PlanStep } from '../../src/content/schema';
import type { Reminder, Session } from '../../src/storage/records';

const ZONE = 'Europe/Amsterdam';
/** A time on the Amsterdam clock in winter (UTC+1). */
const winter = (local: string) => new Date(`${local}+01:00`);
const TEXTS = { summary: 'Rugoefeningen', description: 'Een ronde.', alarm: 'Oefenen' };

const steps: PlanStep[] = (await loadContentPart('nl', 'plan')).steps;

/** What the plan saves when a round finishes at `finishedAt` (use-plan-exercise.ts does the same). */
function afterRound(finishedAt: Date, state: Reminder['state'] = 'on'): { reminder: Reminder; session: Session } {
  const nextDueAt = nextDueAfter(finishedAt, DEFAULT_WAKING_WINDOW, ZONE);
  return {
    reminder: { state, wakeFrom: '08:00', wakeUntil: '22:00', nextDueAt: nextDueAt.toISOString() },
    session: {
      id: `session-${finishedAt.toISOString()}`,
      stepId: 'stap-3-elleboogsteun',
      startedAt: new Date(finishedAt.getTime() - 180_000).toISOString(),
      finishedAt: finishedAt.toISOString(),
    },
  };
}

/** The minute each consumer shows or acts on for the next round ahead, as 'HH:MM' on the zone's clock. */
function minutesOfEveryConsumer(reminder: Reminder, session: Session, now: Date) {
  const hhmm = (date: Date) => timeOfDay(date, ZONE);
  const view = reminderView(reminder, now, ZONE);
  if (view.kind === 'off' || view.kind === 'paused') throw new Error('expected a running reminder');
  // Start page and reminder page: ReminderStatus shows view.dueAt; the due screen shows
  // view.nextIfDoneNow ("Doet u de ronde nu, dan is de volgende om …").
  const screens = hhmm(view.kind === 'upcoming' ? view.dueAt : view.nextIfDoneNow);
  // The notifier arms its timer `remainingMs` from now (reminder-notifier.tsx).
  const notification = view.kind === 'upcoming' ? hhmm(new Date(now.getTime() + view.remainingMs)) : null;
  // "Ga verder" on the start page.
  const where = whereYouAre(
    { progress: { currentStepId: session.stepId }, sessions: [session], diary: [], active: null, reminder },
    steps,
    now,
    ZONE,
  );
  if (where.kind !== 'continue') throw new Error('expected the continue card');
  const card = hhmm(nextRoundAhead(where.next));
  // The calendar file, as calendar-download.tsx builds it, read back by a calendar parser.
  const file = buildCalendarFile(scheduledRounds(reminder, now, 3, ZONE), TEXTS, { now });
  const firstEvent = new ICAL.Component(ICAL.parse(file))
    .getFirstSubcomponent('vevent')!
    .getFirstPropertyValue('dtstart') as ICAL.Time;
  const calendar = hhmm(firstEvent.toJSDate());
  // The clock-app alarm list on the reminder page.
  const alarms = alarmTimes(reminder, now, ZONE).first[0];
  return { screens, notification, card, calendar, alarms };
}

describe('one schedule: every consumer names the same minute', () => {
  test('a round finished at 11:00:23: the next is 13:00 everywhere (the file used to say 13:05, the alarms 08:00)', () => {
    const { reminder, session } = afterRound(winter('2026-11-30T11:00:23'));
    expect(minutesOfEveryConsumer(reminder, session, winter('2026-11-30T11:05:00'))).toEqual({
      screens: '13:00',
      notification: '13:00',
      card: '13:00',
      calendar: '13:00',
      alarms: '13:00',
    });
  });

  test('late in the evening: tomorrow at wake-up everywhere', () => {
    const { reminder, session } = afterRound(winter('2026-11-30T21:30:10'));
    const now = winter('2026-11-30T21:45:00');
    expect(minutesOfEveryConsumer(reminder, session, now)).toEqual({
      screens: '08:00',
      notification: '08:00',
      card: '08:00',
      calendar: '08:00',
      alarms: '08:00',
    });
    expect(alarmTimes(reminder, now, ZONE).firstDay).toBe(1);
    expect(nextRound(reminder, now, ZONE)).toMatchObject({ kind: 'upcoming', day: 1 });
  });

  test('a round due now: the round after it (if done now) is the next time everywhere, as the due screen says', () => {
    const { reminder, session } = afterRound(winter('2026-11-30T07:59:00'));
    // Due at 09:59 (two hours after the round), opened at 10:17:45: due now.
    const now = winter('2026-11-30T10:17:45');
    expect(reminderView(reminder, now, ZONE)).toMatchObject({ kind: 'due' });
    expect(minutesOfEveryConsumer(reminder, session, now)).toEqual({
      screens: '12:17',
      notification: null,
      card: '12:17',
      calendar: '12:17',
      alarms: '12:17',
    });
  });

  test('the reminder off: the calendar, alarms and card show the round that turning it on keeps', () => {
    const { reminder, session } = afterRound(winter('2026-11-30T14:12:51'), 'off');
    const now = winter('2026-11-30T15:00:00');
    const started = startReminder(reminder, now, ZONE);
    const afterStart = minutesOfEveryConsumer(started, session, now);
    expect(afterStart.screens).toBe('16:12');
    expect(timeOfDay(scheduledRounds(reminder, now, 1, ZONE)[0]!, ZONE)).toBe('16:12');
    expect(alarmTimes(reminder, now, ZONE).first[0]).toBe('16:12');
    expect(afterStart).toEqual({
      screens: '16:12',
      notification: '16:12',
      card: '16:12',
      calendar: '16:12',
      alarms: '16:12',
    });
  });
});

describe('alarmTimes', () => {
  test('the first day from the next round on, then every later day from wake-up', () => {
    const reminder: Reminder = {
      state: 'on',
      wakeFrom: '08:00',
      wakeUntil: '22:00',
      nextDueAt: winter('2026-11-30T13:00:23').toISOString(),
    };
    expect(alarmTimes(reminder, winter('2026-11-30T11:05:00'), ZONE)).toEqual({
      firstDay: 0,
      first: ['13:00', '15:00', '17:00', '19:00', '21:00'],
      daily: ['08:00', '10:00', '12:00', '14:00', '16:00', '18:00', '20:00', '22:00'],
    });
  });

  test('a window that does not end on a round', () => {
    const reminder: Reminder = { state: 'off', wakeFrom: '07:30', wakeUntil: '21:00' };
    // Before wake-up, nothing done yet: the first round is at wake-up.
    expect(alarmTimes(reminder, winter('2026-11-30T06:00:00'), ZONE)).toMatchObject({
      firstDay: 0,
      first: ['07:30', '09:30', '11:30', '13:30', '15:30', '17:30', '19:30'],
      daily: ['07:30', '09:30', '11:30', '13:30', '15:30', '17:30', '19:30'],
    });
  });
});
