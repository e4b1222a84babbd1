import { Suspense, use, useCallback, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/paths';
import { navigate } from '../../routing/router';
import { appStore } from '../../storage/app-store';
import { writePrePaintHints } from '../../storage/pre-paint-hints';
import { records } from '../../storage/records';
import { useStored } from '../../storage/use-stored';
import { lazyComponent } from '../../ui/lazy-component';

// The screen is a chunk of its own: a returning user, who never sees it again, never loads it.
const FirstStartScreen = lazyComponent(() => import('./first-start-screen'), 'FirstStartScreen');

/**
 * The pages that lead into the exercises: the start page, the plan and its steps. The first-start
 * screen comes before any of them, whichever the user opens first (the start page, the Stappenplan
 * tab, a shared link to a step). The alarm page, "Over deze app" and the reading pages are never
 * held back: information must always be reachable.
 */
function leadsIntoThePlan(pathname: string): boolean {
  return pathname === paths.start || pathname === paths.plan || pathname.startsWith(`${paths.plan}/`);
}

/**
 * Who the page is for before the settings are read: index.html's inline script marks <html> with
 * data-first-start="pending" for a new user (src/storage/pre-paint-hints.ts), and styles.css shows
 * the first-start screen or the page from that mark, from the first paint. In the prerender (Node)
 * nobody is known: both are rendered, so every page's HTML holds both.
 */
type Expected = 'both' | 'first-start' | 'page';

function expectedBeforeReading(): Expected {
  if (typeof document === 'undefined') return 'both';
  return document.documentElement.dataset.firstStart === 'pending' ? 'first-start' : 'page';
}

/** Once the settings are read they decide, and the mark follows them (the CSS reads only the mark). */
function markFirstStartPending(pending: boolean): void {
  if (pending) document.documentElement.dataset.firstStart = 'pending';
  else delete document.documentElement.dataset.firstStart;
}

// Never settles. Rendered in place of the part that stays hidden, it keeps that part's prerendered
// HTML dormant: React neither hydrates it (no code or content is loaded for it, no effects run)
// nor calls it a mismatch. The part is removed, or rendered afresh, once the settings decide.
const never = new Promise<never>(() => undefined);
function Dormant(): ReactNode {
  return use(never);
}

export type FirstStartGateProps = { pathname: string; children: ReactNode };

/**
 * Shows the alarm symptoms once, before the plan, until the user chooses "Ik heb de lijst gelezen: naar het
 * stappenplan"; never again after that. The prerendered HTML of these pages holds both the screen
 * and the page; the pre-paint mark picks one before the first paint, and only that one is hydrated.
 */
export function FirstStartGate({ pathname, children }: FirstStartGateProps) {
  const settings = useStored(records.settings);
  const { setValue } = settings;
  const { language } = useTranslation().i18n;
  const gated = leadsIntoThePlan(pathname);
  const seen = settings.loaded ? settings.value.firstStartSeen : undefined;
  const expected: Expected = seen === undefined ? expectedBeforeReading() : seen ? 'page' : 'first-start';
  const pageLive = expected !== 'first-start';
  const screenLive = expected !== 'page';

  useLayoutEffect(() => {
    if (gated && seen !== undefined) markFirstStartPending(!seen);
  }, [gated, seen]);

  const onContinue = useCallback(async () => {
    // Saved before moving on, so closing the app right after the tap cannot bring the screen back;
    // mirrored at once too, so a load right after it paints the page, not the screen.
    await setValue((s) => ({ ...s, firstStartSeen: true }));
    writePrePaintHints(await appStore().read(records.settings));
    // From the start page the choice leads on to the plan; on a plan page, the page itself appears.
    if (pathname === paths.start) navigate(paths.plan);
  }, [setValue, pathname]);

  // The same elements while nothing they show changes: an update that reaches a part React is still
  // hydrating (its chunk on the way) makes React throw the prerendered HTML away and render afresh.
  // A new language is a new element (see app.tsx: React then hydrates first, and changes the text after).
  // The key makes a page that stayed dormant render afresh when it is wanted.
  const page = useMemo(
    () => (
      <Suspense key={pageLive ? 'live' : 'dormant'} fallback={null}>
        {pageLive ? children : <Dormant />}
      </Suspense>
    ),
    [pageLive, children],
  );
  const screen = useMemo(
    () => (
      <Suspense fallback={null}>{screenLive ? <FirstStartScreen onContinue={onContinue} /> : <Dormant />}</Suspense>
    ),
    [screenLive, onContinue, language], // eslint-disable-line react-hooks/exhaustive-deps -- see above
  );

  if (!gated) return <>{children}</>;
  // The page comes first and keeps its place, so a returning user's page is never remounted when
  // the settings arrive. Once they have decided, only one of the two is left in the document.
  return (
    <>
      <div className="gated-page">{seen !== false && page}</div>
      {seen !== true && <div className="first-start-slot">{screen}</div>}
    </>
  );
}
