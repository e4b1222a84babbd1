import { useEffect, useState, type ReactNode } from 'react';
import { paths } from '../../routing/paths';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { DueScreen } from './due-screen';
import { useReminder } from './use-reminder';

export type ReminderDueGateProps = {
  pathname: string;
  /** The page at `pathname`, shown whenever no round is due. */
  children: ReactNode;
};

/** Pages the due screen never covers: the plan itself, the alarm signs and the reminder settings. */
function isExempt(pathname: string): boolean {
  return (
    pathname === paths.plan ||
    pathname.startsWith(`${paths.plan}/`) ||
    pathname === paths.alarm ||
    pathname === paths.reminder
  );
}

/**
 * When a round is due, opening the app (or coming back to it) shows that first. It stays out of
 * the way while an exercise runs, on the plan's own pages and on the alarm signs (someone checking
 * a warning sign must never be held up). "Nu niet" hides it until the app is next left and opened.
 * Until storage has loaded it shows the page: the first render is the same as on the server.
 */
export function ReminderDueGate({ pathname, children }: ReminderDueGateProps) {
  const { reminder, loaded, view, now, snooze } = useReminder();
  const active = useStored(records.activeExercise);
  // The deadline the user said "not now" to; a new deadline (snooze, a round done) forgets it.
  const [dismissed, setDismissed] = useState<string | null>(null);
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible') setDismissed(null);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  const deadline = reminder.nextDueAt ?? 'none';
  const show =
    loaded &&
    active.loaded &&
    active.value === null &&
    !isExempt(pathname) &&
    view.kind === 'due' &&
    dismissed !== deadline;
  if (!show || view.kind !== 'due') return children;
  return (
    <DueScreen
      view={view}
      now={now}
      onSnooze={(minutes) => void snooze(minutes)}
      onDismiss={() => setDismissed(deadline)}
    />
  );
}
