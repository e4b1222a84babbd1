import { lazy, Suspense, type ReactNode } from 'react';
import { paths } from '../../routing/paths';
import { navigate } from '../../routing/router';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';

// The screen is a chunk of its own: a returning user, who never sees it again, never loads it.
const FirstStartScreen = lazy(() => import('./first-start-screen').then((m) => ({ default: m.FirstStartScreen })));

/**
 * The pages that lead into the exercises: the start page, the plan and its steps. The first-start
 * screen comes before any of them, whichever the user opens first (the start page, the Stappenplan
 * tab, a shared link to a step). The alarm page, "Over deze app" and the reading pages are never
 * held back: information must always be reachable.
 */
function leadsIntoThePlan(pathname: string): boolean {
  return pathname === paths.start || pathname === paths.plan || pathname.startsWith(`${paths.plan}/`);
}

export type FirstStartGateProps = { pathname: string; children: ReactNode };

/**
 * Shows the alarm symptoms once, before the plan, until the user chooses "Geen van deze: naar het
 * stappenplan"; never again after that. Until the settings are read the page itself shows, so the
 * first render is the same everywhere (prerendering) and a returning user never sees a flash.
 */
export function FirstStartGate({ pathname, children }: FirstStartGateProps) {
  const settings = useStored(records.settings);
  if (!leadsIntoThePlan(pathname) || !settings.loaded || settings.value.firstStartSeen) return <>{children}</>;
  const onContinue = async () => {
    // Saved before moving on, so closing the app right after the tap cannot bring the screen back.
    await settings.setValue((s) => ({ ...s, firstStartSeen: true }));
    // From the start page the choice leads on to the plan; on a plan page, the page itself appears.
    if (pathname === paths.start) navigate(paths.plan);
  };
  return (
    <Suspense fallback={null}>
      <FirstStartScreen onContinue={onContinue} />
    </Suspense>
  );
}
