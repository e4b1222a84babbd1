import { ReminderStatus } from './reminder-status';
import { useReminder } from './use-reminder';

/** The start page's line for a reminder that is on: when the next round is, live, or that it is due. */
export function ReminderRunning() {
  const { view } = useReminder();
  return <ReminderStatus view={view} withStepLink />;
}
