import { useCallback, useEffect, useState } from 'react';
import { useContent } from '../../content/use-content';
import type { PlanStep } from '../../content/schema';
import { deviceZone } from '../../schedule/clock-time';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { pauseReminder, reminderView, snoozeReminder, startReminder, stopReminder } from './reminder-logic';

/** How often a shown "nog 1 uur 12 min" is refreshed; the value itself always comes from the clock. */
const REFRESH_MS = 5_000;

// setTimeout holds at most 2^31-1 ms; a timer that fires early just looks at the clock again.
const MAX_TIMER_MS = 6 * 60 * 60 * 1000;

/**
 * The current time, re-read every few seconds while `running` and whenever the app is shown
 * again (timers of a hidden page are slowed or frozen); `refresh` reads it at once.
 */
function useReminderClock(running: boolean): { now: Date; refresh: () => void } {
  const [now, setNow] = useState(() => new Date());
  const refresh = useCallback(() => setNow(new Date()), []);
  useEffect(() => {
    if (!running) return;
    const read = () => setNow(new Date());
    read();
    const timer = window.setInterval(read, REFRESH_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'visible') read();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [running]);
  return { now: running ? now : new Date(), refresh };
}

/**
 * The saved reminder read against the clock, with its actions. `view` is only meaningful once
 * `loaded` is true; screens show nothing time-dependent before that (the first render must be the
 * same on the server and in the browser).
 */
export function useReminder() {
  const stored = useStored(records.reminder);
  const { value: reminder, loaded, setValue } = stored;
  const { now, refresh } = useReminderClock(loaded && reminder.state === 'on');
  const zone = deviceZone();
  const view = reminderView(reminder, now, zone);
  // Besides the regular refresh, look at the clock again at the deadline itself, so the due
  // screen appears at the same moment as the notification.
  const dueAtMs = loaded && view.kind === 'upcoming' ? view.dueAt.getTime() : null;
  useEffect(() => {
    if (dueAtMs === null) return;
    const timer = window.setTimeout(refresh, Math.min(Math.max(dueAtMs - Date.now(), 0), MAX_TIMER_MS));
    return () => window.clearTimeout(timer);
    // `now` is a dependency so an early or frozen-clock firing arms the timer again.
  }, [dueAtMs, now, refresh]);
  const start = useCallback(() => setValue((r) => startReminder(r, new Date(), deviceZone())), [setValue]);
  const pause = useCallback(() => setValue(pauseReminder), [setValue]);
  const stop = useCallback(() => setValue(stopReminder), [setValue]);
  const snooze = useCallback(
    (minutes: number) => setValue((r) => snoozeReminder(r, new Date(), minutes, deviceZone())),
    [setValue],
  );
  return { reminder, loaded, view, now, zone, setValue, start, pause, stop, snooze };
}

/** The step the user is on in the stappenplan (undefined if the saved id is not in the content). */
export function useCurrentStep(): PlanStep | undefined {
  const { plan } = useContent();
  const { value: progress } = useStored(records.planProgress);
  return plan.steps.find((step) => step.id === progress.currentStepId);
}
