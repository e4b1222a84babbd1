/**
 * An app left open (installed apps often stay open for days) would otherwise check for a new version
 * only when it is started afresh. The browser checks at navigations, and this app rarely navigates by
 * loading a page. So: a check whenever the app comes back to the foreground, and one an hour while it
 * stays open. A new version found this way is offered as any other (UpdatePrompt), never mid-exercise.
 */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

type Checkable = Pick<ServiceWorkerRegistration, 'update'>;
type Foreground = Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;

/** Starts the checks for `registration`; returns what stops them. */
export function checkForUpdates(registration: Checkable, doc: Foreground = document): () => void {
  // A failed check (offline, server down) changes nothing: the next one tries again.
  const check = () => void registration.update().catch(() => undefined);
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') check();
  };
  // Hidden, the timer may still fire (or be throttled); a hidden app needs no check: the foreground does it.
  const timer = setInterval(() => {
    if (doc.visibilityState === 'visible') check();
  }, UPDATE_CHECK_INTERVAL_MS);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    clearInterval(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
