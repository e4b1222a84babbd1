import { Suspense, useState } from 'react';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { useNotificationTaps } from './notification-taps';
import { lazyComponent } from '../../ui/lazy-component';

// The notifier (its timer, the notification texts, the reminder logic) is a chunk of its own, loaded
// only once a reminder runs: most visits, and every first one, never need it.
const ReminderNotifier = lazyComponent(() => import('./reminder-notifier'), 'ReminderNotifier');

/**
 * Mounts the ReminderNotifier as soon as the saved reminder is on (read from storage, or started
 * on any page), and keeps it for the life of the page: pausing or stopping must still clear the
 * badge and the round notification, which the notifier does. Follows tapped notifications always.
 */
export function ReminderNotifierSlot() {
  useNotificationTaps();
  const { value: reminder, loaded } = useStored(records.reminder);
  const [needed, setNeeded] = useState(false);
  // Adjusting state during render when the stored value changes, as React recommends over an effect.
  if (!needed && loaded && reminder.state === 'on') setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <ReminderNotifier reminder={reminder} />
    </Suspense>
  );
}
