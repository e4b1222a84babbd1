import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { lazyComponent } from '../../ui/lazy-component';

// The deciding and the screen are a chunk of their own, loaded only while a reminder is on (no
// round can be due otherwise): the first load carries only this frame.
const DueWatch = lazyComponent(() => import('./due-watch'), 'DueWatch');

export type ReminderDueGateProps = {
  pathname: string;
  /** The page at `pathname`, shown whenever no round is due. */
  children: ReactNode;
};

/**
 * When a round is due, opening the app (or coming back to it) shows that first (see DueWatch for
 * when). The page underneath stays mounted, only hidden: a round that falls due while someone is
 * typing must not throw away what they typed. Until storage has loaded the page shows as it is, so
 * the first render is the same as on the server.
 */
export function ReminderDueGate({ pathname, children }: ReminderDueGateProps) {
  const { value: reminder, loaded } = useStored(records.reminder);
  const watching = loaded && reminder.state === 'on';
  const [show, setShow] = useState(false);
  // A reminder stopped or paused (here or in another tab) unmounts the watch; its screen goes too.
  if (show && !watching) setShow(false);

  // When the due screen goes, the page's heading takes focus again, as after a page change.
  const pageRef = useRef<HTMLDivElement>(null);
  const wasShown = useRef(false);
  useEffect(() => {
    if (wasShown.current && !show) pageRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    wasShown.current = show;
  }, [show]);

  return (
    <>
      <Suspense fallback={null}>{watching && <DueWatch pathname={pathname} onShowChange={setShow} />}</Suspense>
      <div ref={pageRef} hidden={show}>
        {children}
      </div>
    </>
  );
}
