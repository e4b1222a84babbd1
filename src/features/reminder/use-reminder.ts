import { useCallback } from 'react';
import { useContent } from '../../content/use-content';
import type { PlanStep } from '../../content/schema';
import { deviceZone } from '../../schedule/clock-time';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { useNow } from '../../ui/use-now';
import { pauseReminder, reminderView, snoozeReminder, startReminder, stopReminder } from './reminder-logic';

/** How often a shown "nog 1 uur 12 min" is refreshed; the value itself always comes from the clock. */
const REFRESH_MS = 5_000;

/**
 * The saved reminder read against the clock, with its actions. `view` is only meaningful once
 * `loaded` is true; screens show nothing time-dependent before that (the first render must be the
 * same on the server and in the browser).
 */
export function useReminder() {
  const stored = useStored(records.reminder);
  const { value: reminder, loaded, setValue } = stored;
  const now = useNow(loaded && reminder.state === 'on', REFRESH_MS);
  const zone = deviceZone();
  const view = reminderView(reminder, now, zone);
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
