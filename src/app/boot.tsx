/**
 * React taking over the page: the app in its language, hydrating the prerendered HTML or rendering
 * afresh. react-dom is passed in: main.tsx imports it on its own, so the browser evaluates it in a
 * task of its own rather than in one long task with the app (a phone stays free for a tap between).
 */
import { startTransition, StrictMode, Suspense } from 'react';
import type { createRoot, hydrateRoot } from 'react-dom/client';
import { loadContent } from '../content/content';
import { createAppI18n } from '../i18n/app-i18n';
import { LanguageProvider, onePerLanguage } from '../i18n/language-provider';
import type { Language } from '../i18n/languages';
import { lazyComponent } from '../ui/lazy-component';
import { App } from './app';
import { canHydrate } from './prerender-paths';
import { routes } from './routes';

// The update prompt (and workbox-window behind it) is not needed for the first paint.
const UpdatePrompt = lazyComponent(() => import('../pwa/update-prompt'), 'UpdatePrompt');

/** What bootApp needs of react-dom/client (passed in: see above). */
export type ReactDomClient = { createRoot: typeof createRoot; hydrateRoot: typeof hydrateRoot };

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

/**
 * Hydrates `container`'s prerendered HTML when it is this address's page in `language`; otherwise
 * renders afresh. The HTML is Dutch, or English where index.html's script moved the English
 * rendering in (the browser's language or the mirrored choice is English).
 */
export function bootApp(reactDom: ReactDomClient, container: HTMLElement, language: Language) {
  const htmlLanguage: Language = container.dataset.prerenderedLanguage === 'en' ? 'en' : 'nl';
  if (language === htmlLanguage && canHydrate(container.dataset.prerendered, window.location.pathname, routes)) {
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the
    // main thread for the whole page (a tap on the prerendered page is then not kept waiting).
    // React mends a mismatch by rendering that part afresh, silently in production: say so in the
    // console, where the browser tests (and anyone debugging) see it.
    startTransition(() => {
      reactDom.hydrateRoot(container, app(language), {
        onRecoverableError: (error, info) => console.error('Hydration:', error, info.componentStack),
      });
    });
    return;
  }
  // A host or the service worker may also answer an address that was not prerendered (an old link,
  // a step that does not exist) with other HTML, or the HTML is in another language than the saved
  // choice (its mirror in localStorage was lost): React replaces it, once the new page is ready.
  startTransition(() => reactDom.createRoot(container).render(app(language)));
}
