import { Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePathname } from '../routing/router';
import { BottomNav } from './bottom-nav';
import { PageBoundary } from './page-boundary';
import { renderRoute } from './routes';
import { useStoredLanguage } from '../i18n/use-stored-language';
import { FirstStartGate } from '../features/safety/first-start-gate';
import { ReminderDueGate } from '../features/reminder/due-gate';
import { ReminderNotifierSlot } from '../features/reminder/reminder-notifier-slot';
import { StorageBannerSlot } from '../ui/storage-banner-slot';
import { useAppliedSettings } from './use-applied-settings';
import { OnceHydrated } from '../ui/use-hydrated';
import { ExerciseBar } from '../features/plan/exercise-bar';

export type AppProps = {
  /** The "nieuwe versie" prompt; main.tsx passes it, tests render without (jsdom has no service worker). */
  updatePrompt?: ReactNode;
};

/** The shell: skip link, header, the page of the current address, the bottom navigation. */
export function App({ updatePrompt }: AppProps) {
  const { t, i18n } = useTranslation();
  const pathname = usePathname();
  useStoredLanguage();
  useAppliedSettings();
  // One element per address and language: a re-render of the shell (a stored setting loading) must
  // not reach a page that is still hydrating (waiting for its chunk), or React drops its prerendered
  // HTML and renders it afresh. The same element lets React skip it. A language the user switches
  // to (a transition, src/i18n/language-provider.tsx) must reach it: as a new element, a part still
  // hydrating is first hydrated as it was, then its text changes.
  const page = useMemo(
    () => (
      <PageBoundary key={pathname} pathname={pathname}>
        <Suspense fallback={null}>
          <FirstStartGate pathname={pathname}>{renderRoute(pathname)}</FirstStartGate>
        </Suspense>
      </PageBoundary>
    ),
    [pathname, i18n.language], // eslint-disable-line react-hooks/exhaustive-deps -- see above
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <span className="app-tagline">{t('app.tagline')}</span>
      </header>
      <ExerciseBar pathname={pathname} />
      <StorageBannerSlot />
      <main id="main">
        {/* The due screen outlives a page change (leaving it for another page counts as "not now"),
            so its gate is outside the page's keyed boundary, inside one of its own: a due screen that
            fails to load still leaves the shell and the way to the alarm signs. */}
        <PageBoundary pathname={pathname}>
          <ReminderDueGate pathname={pathname}>{page}</ReminderDueGate>
        </PageBoundary>
      </main>
      {/* Below the page, above the menu: a notice that appears while the page is read (the first
          visit's "werkt nu ook zonder internet" comes seconds in) shortens the page from below and
          never pushes its text down under the reader's eyes or thumb. */}
      <OnceHydrated>{updatePrompt}</OnceHydrated>
      <ReminderNotifierSlot />
      <BottomNav pathname={pathname} />
    </>
  );
}
