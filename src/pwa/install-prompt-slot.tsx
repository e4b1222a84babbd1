import { lazy, Suspense } from 'react';

// Most visits never show it (installed already, or the browser offers nothing yet), so its code
// and strings load after the page instead of with it.
const InstallPrompt = lazy(() => import('./install-prompt').then((m) => ({ default: m.InstallPrompt })));

/** The install offer (see InstallPrompt), loaded on its own. */
export function InstallPromptSlot() {
  return (
    <Suspense fallback={null}>
      <InstallPrompt />
    </Suspense>
  );
}
