import { Suspense, useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { records } from '../storage/records';
import { useStored } from '../storage/use-stored';
import { lazyComponent } from '../ui/lazy-component';
import { checkForUpdates } from './update-checks';

// Nearly every visit has nothing to say (no new version, offline use set up long ago): the toast
// and its strings load only when it shows.
const UpdateToast = lazyComponent(() => import('./update-toast'), 'UpdateToast');

/**
 * How long "Rugplan werkt nu ook zonder internet" stays: time to read it twice, then it goes by
 * itself. It is news, not a question; nobody in pain should have to find its close button.
 */
export const OFFLINE_READY_MS = 10_000;

/**
 * Offers a new version instead of forcing it (registerType 'prompt'): a reload in the middle of
 * reading or exercising would lose the user's place. They choose the moment.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    // For the life of the page, as the registration itself (the prompt is mounted once, in the shell).
    onRegisteredSW: (_url, registration) => {
      if (registration) checkForUpdates(registration);
    },
  });
  // A new version waits while an exercise runs: the offer appears once the round is over
  // (like PROXX, which applies its update when a new game starts).
  const { value: running } = useStored(records.activeExercise);
  const offlineNoticeShown = offlineReady && !needRefresh && !running;
  useEffect(() => {
    if (!offlineNoticeShown) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [offlineNoticeShown, setOfflineReady]);

  if (running) return null; // no toast over the exercise controls either
  if (!needRefresh && !offlineReady) return null;
  return (
    <Suspense fallback={null}>
      {needRefresh ? (
        <UpdateToast
          kind="update"
          onApply={() => void updateServiceWorker(true)}
          onClose={() => setNeedRefresh(false)}
        />
      ) : (
        <UpdateToast kind="offline-ready" onClose={() => setOfflineReady(false)} />
      )}
    </Suspense>
  );
}
