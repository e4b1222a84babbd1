import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { canHydrate } from './app/prerender-paths';
import { routes } from './app/routes';
import { loadContent } from './content/content';
import { createAppI18n } from './i18n/app-i18n';
import { languageFromBrowser } from './i18n/languages';
import { listenForInstallPrompt } from './pwa/install-state';
import { appStore } from './storage/app-store';
import { readPrePaintHints } from './storage/pre-paint-hints';
import { records } from './storage/records';
import './app/styles.css';

// The update prompt (and workbox-window behind it) is not needed for the first paint.
const UpdatePrompt = lazy(() => import('./pwa/update-prompt').then((m) => ({ default: m.UpdatePrompt })));

listenForInstallPrompt();

// The language is settled before React starts: the stored choice (its mirror in localStorage at once,
// else IndexedDB, a few milliseconds), else the browser's. In Dutch, the language of the prerendered HTML, React hydrates that HTML. In
// any other language it loads the language's strings and content and renders afresh, replacing the
// Dutch HTML: hydrating Dutch and switching later would race pages that are still loading their
// chunk (React then reports a mismatch and throws their HTML away anyway).
const i18n = createAppI18n((language) => (language === 'en' ? loadContent(language) : Promise.resolve()));
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;
const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App
        updatePrompt={
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        }
      />
    </I18nextProvider>
  </StrictMode>
);

/** The stored choice of language; undefined when none, or when storage does not answer within a second. */
function storedLanguage(): Promise<string | undefined> {
  const giveUp = new Promise<undefined>((resolve) => setTimeout(resolve, 1000, undefined));
  const read = appStore()
    .read(records.settings)
    .then((settings) => settings.language);
  return Promise.race([read, giveUp]);
}

async function start() {
  // The mirror exists from the second start on; without one, hydrating waits for IndexedDB.
  const hints = readPrePaintHints();
  const stored = hints ? hints.language : await storedLanguage();
  const language = stored ?? languageFromBrowser(navigator.languages);
  if (language === 'nl' && canHydrate(container.dataset.prerendered, window.location.pathname, routes)) {
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the
    // main thread for the whole page (a tap on the prerendered page is then not kept waiting).
    // React mends a mismatch by rendering that part afresh, silently in production: say so in the
    // console, where the browser tests (and anyone debugging) see it.
    startTransition(() => {
      hydrateRoot(container, app, { onRecoverableError: (error) => console.error('Hydration:', error) });
    });
    return;
  }
  // A host or the service worker may also answer an address that was not prerendered (an old link,
  // a step that does not exist) with other HTML: React replaces it too.
  if (language !== i18n.language) await i18n.changeLanguage(language).catch(() => undefined);
  startTransition(() => createRoot(container).render(app));
}
void start();
