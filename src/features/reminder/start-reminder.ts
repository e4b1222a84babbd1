import { deviceZone } from '../../schedule/clock-time';
import type { Reminder } from '../../storage/records';
import { startReminder } from './reminder-logic';

/** Starts (or resumes) the reminder from this moment, in the phone's time zone. */
export function startNow(reminder: Reminder): Reminder {
  return startReminder(reminder, new Date(), deviceZone());
}
