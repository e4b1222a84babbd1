import { Suspense } from 'react';
import { isIosBrowser, isStandalone, useDeviceFact } from './device';
import { useInstallState } from './install-state';
import { lazyComponent } from '../ui/lazy-component';

// Most visits never show it (installed already, or the browser offers nothing yet), so its code
// and strings load only when the install state says there is something to show.
const InstallPrompt = lazyComponent(() => import('./install-prompt'), 'InstallPrompt');

/** The install offer (see InstallPrompt), loaded once installing is possible or has just happened. */
export function InstallPromptSlot() {
  const { deferredPrompt, installed } = useInstallState();
  const standalone = useDeviceFact(isStandalone);
  const iosBrowser = useDeviceFact(isIosBrowser);
  const possible = installed || (!standalone && (deferredPrompt !== null || iosBrowser));
  return <Suspense fallback={null}>{possible && <InstallPrompt />}</Suspense>;
}
