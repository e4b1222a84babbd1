import { useEffect, useRef, useState, type ReactNode } from 'react';
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
 * a warning sign must never be held up). "Nu niet", or going to another page, hides it until the
 * app is next left and opened again.
 *
 * The page underneath stays mounted, only hidden: a round that falls due while someone is typing
 * must not throw away what they typed. Until storage has loaded the page shows as it is, so the
 * first render is the same as on the server.
 */
export function ReminderDueGate({ pathname, children }: ReminderDueGateProps) {
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

  // When the due screen goes, the page's heading takes focus again, as after a page change.
  const pageRef = useRef<HTMLDivElement>(null);
  const wasShown = useRef(false);
  useEffect(() => {
    if (wasShown.current && !show) pageRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    wasShown.current = show;
  }, [show]);

  return (
    <>
      {show && view.kind === 'due' && (
        <DueScreen
          view={view}
          now={now}
          onSnooze={(minutes) => void snooze(minutes)}
          onDismiss={() => setDismissed(deadline)}
        />
      )}
      <div ref={pageRef} hidden={show}>
        {children}
      </div>
    </>
  );
}
