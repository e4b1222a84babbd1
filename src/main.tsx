import { startTransition, StrictMode, Suspense } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { canHydrate } from './app/prerender-paths';
import { routes } from './app/routes';
import { loadContent } from './content/content';
import { createAppI18n } from './i18n/app-i18n';
import { LanguageProvider, onePerLanguage } from './i18n/language-provider';
import { isLanguage, languageFromBrowser, type Language } from './i18n/languages';
import { listenForInstallPrompt } from './pwa/install-state';
import { appStore } from './storage/app-store';
import { readPrePaintHints } from './storage/pre-paint-hints';
import { records } from './storage/records';
import './app/styles.css';
import { lazyComponent } from './ui/lazy-component';

// The update prompt (and workbox-window behind it) is not needed for the first paint.
const UpdatePrompt = lazyComponent(() => import('./pwa/update-prompt'), 'UpdatePrompt');

listenForInstallPrompt();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;

// The language of the prerendered HTML in #root: Dutch, or English where index.html's script moved
// the English rendering in (the browser's language or the mirrored choice is English).
const htmlLanguage: Language = container.dataset.prerenderedLanguage === 'en' ? 'en' : 'nl';

/**
 * One i18next per language, made when first shown (language-provider.tsx). The one the app starts in
 * loads each screen's strings as it needs them; one switched to later brings all its strings and
 * content, so the switch shows it at once.
 */
function i18nStartingIn(language: Language) {
  return onePerLanguage((lng) =>
    lng === language ? createAppI18n(lng) : createAppI18n(lng, { prepare: () => loadContent(lng) }),
  );
}

/** The app in `language`. */
function app(language: Language) {
  return (
    <StrictMode>
      <LanguageProvider instanceFor={i18nStartingIn(language)} initial={language}>
        <App
          updatePrompt={
            <Suspense fallback={null}>
              <UpdatePrompt />
            </Suspense>
          }
        />
      </LanguageProvider>
    </StrictMode>
  );
}

/** The stored choice of language; undefined when none, or when storage does not answer within a second. */
function storedLanguage(): Promise<string | undefined> {
  const giveUp = new Promise<undefined>((resolve) => setTimeout(resolve, 1000, undefined));
  const read = appStore()
    .read(records.settings)
    .then((settings) => settings.language);
  return Promise.race([read, giveUp]);
}

async function start() {
  // The stored choice of language: its mirror in localStorage at once (from the second start on),
  // else IndexedDB (a few milliseconds); else the browser's.
  const hints = readPrePaintHints();
  const stored = hints ? hints.language : await storedLanguage();
  const language = stored && isLanguage(stored) ? stored : languageFromBrowser(navigator.languages);
  if (language === htmlLanguage && canHydrate(container.dataset.prerendered, window.location.pathname, routes)) {
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the
    // main thread for the whole page (a tap on the prerendered page is then not kept waiting).
    // React mends a mismatch by rendering that part afresh, silently in production: say so in the
    // console, where the browser tests (and anyone debugging) see it.
    startTransition(() => {
      hydrateRoot(container, app(language), {
        onRecoverableError: (error, info) => console.error('Hydration:', error, info.componentStack),
      });
    });
    return;
  }
  // A host or the service worker may also answer an address that was not prerendered (an old link,
  // a step that does not exist) with other HTML, or the HTML is in another language than the saved
  // choice (its mirror in localStorage was lost): React replaces it, once the new page is ready.
  startTransition(() => createRoot(container).render(app(language)));
}
// After the first paint: the prerendered page is on screen before the requests for its code and
// strings start, so they never compete with it. A page that paints no frame (hidden, or a window the
// system does not draw) must still start: then a timer does, whichever comes first.
let started = false;
const startOnce = () => {
  if (started) return;
  started = true;
  void start();
};
requestAnimationFrame(() => setTimeout(startOnce));
setTimeout(startOnce, 100);
