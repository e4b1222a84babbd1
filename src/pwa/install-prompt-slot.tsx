import { Suspense, useSyncExternalStore } from 'react';
import { isIosBrowser, isStandalone, useInstallState } from './install-state';
import { lazyComponent } from '../ui/lazy-component';

// Most visits never show it (installed already, or the browser offers nothing yet), so its code
// and strings load only when the install state says there is something to show.
const InstallPrompt = lazyComponent(() => import('./install-prompt'), 'InstallPrompt');

const noSubscription = () => () => undefined;

/** The install offer (see InstallPrompt), loaded once installing is possible or has just happened. */
export function InstallPromptSlot() {
  const { deferredPrompt, installed } = useInstallState();
  // Browser facts that do not change while the page is open; false in the prerender and while hydrating.
  const standalone = useSyncExternalStore(noSubscription, isStandalone, () => false);
  const iosBrowser = useSyncExternalStore(noSubscription, isIosBrowser, () => false);
  const possible = installed || (!standalone && (deferredPrompt !== null || iosBrowser));
  return <Suspense fallback={null}>{possible && <InstallPrompt />}</Suspense>;
}
