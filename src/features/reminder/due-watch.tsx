import { useEffect, useLayoutEffect, useState } from 'react';
import { paths } from '../../routing/paths';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { DueScreen } from './due-screen';
import { useReminder } from './use-reminder';

/** Pages the due screen never covers: the plan itself, the alarm signs and the reminder settings. */
function isExempt(pathname: string): boolean {
  return (
    pathname === paths.plan ||
    pathname.startsWith(`${paths.plan}/`) ||
    pathname === paths.alarm ||
    pathname === paths.reminder
  );
}

export type DueWatchProps = {
  pathname: string;
  /** Told whether the due screen is up, so the gate can hide the page underneath. */
  onShowChange: (show: boolean) => void;
};

/**
 * Decides whether a round is due and shows the due screen then. It stays out of the way while an
 * exercise runs, on the plan's own pages and on the alarm signs (someone checking a warning sign
 * must never be held up). "Nu niet", or going to another page, hides it until the app is next left
 * and opened again.
 */
export function DueWatch({ pathname, onShowChange }: DueWatchProps) {
  const { reminder, loaded, view, now, snooze } = useReminder();
  const active = useStored(records.activeExercise);
  // The deadline the user said "not now" to; a new deadline (snooze, a round done) forgets it.
  const [dismissed, setDismissed] = useState<string | null>(null);
  const deadline = reminder.nextDueAt ?? 'none';

  const showsAt = (path: string) =>
    loaded &&
    active.loaded &&
    active.value === null &&
    !isExempt(path) &&
    view.kind === 'due' &&
    dismissed !== deadline;

  // Moving to another page while the due screen is up is a "not now" too (adjusting state
  // during render when a prop changes, as React recommends, rather than in an effect).
  const [seenPathname, setSeenPathname] = useState(pathname);
  if (pathname !== seenPathname) {
    setSeenPathname(pathname);
    if (showsAt(seenPathname)) setDismissed(deadline);
  }

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible') setDismissed(null);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  const show = showsAt(pathname);
  // Before paint, so the page underneath is never seen together with the due screen.
  useLayoutEffect(() => onShowChange(show), [show, onShowChange]);

  if (!show || view.kind !== 'due') return null;
  return (
    <DueScreen
      view={view}
      now={now}
      onSnooze={(minutes) => void snooze(minutes)}
      onDismiss={() => setDismissed(deadline)}
    />
  );
}
