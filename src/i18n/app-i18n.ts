import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages';
import { baseOptions } from './options';

// In the first load: the Dutch strings of the shell (the prerendered pages are Dutch, and so is most
// of the audience). Every other namespace and language, the start page's included: one lazy chunk per
// file, fetched when a screen first needs it (react-i18next suspends that screen meanwhile, with its
// prerendered HTML still on screen) or when the user switches language. (Globs, not resources.ts:
// importing that would bundle everything.)
const firstLoad = import.meta.glob<object>(['./locales/nl/common.json'], { eager: true, import: 'default' });
const lazyLocales = import.meta.glob<object>('./locales/*/*.json', { import: 'default' });

const namespaceOf = (file: string) => file.replace(/^.*\/([^/]+)\.json$/, '$1');
const allNamespaces = [...new Set(Object.keys(lazyLocales).map(namespaceOf))];
const bundled = Object.fromEntries(Object.entries(firstLoad).map(([file, strings]) => [namespaceOf(file), strings]));

/**
 * The browser app's i18next for one language (src/i18n/language-provider.tsx keeps one per
 * language). The language the page starts in loads a screen's own namespace when the screen needs
 * it (Dutch has the shell's strings bundled). A language switched to later is made `whole`: it loads
 * all its strings, with `prepare(language)` (its content), before the app shows it.
 */
export function createAppI18n(language: Language, whole?: { prepare: (language: string) => Promise<unknown> }): i18n {
  const prepare = whole?.prepare;
  const backend: BackendModule = {
    type: 'backend',
    init: () => undefined,
    read: (language, namespace, callback) => {
      const load = lazyLocales[`./locales/${language}/${namespace}.json`];
      Promise.all([load ? load() : {}, prepare?.(language)]).then(
        ([strings]) => callback(null, strings as Record<string, unknown>),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
      );
    },
  };
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(backend)
    .init({
      ...baseOptions,
      // The start language: the shell's up front; a screen's own namespace loads when the screen needs
      // it. A language switched to: all of them (its instance exists only once it is chosen).
      ns: whole ? allNamespaces : ['common'],
      lng: language,
      // Every language has every string (tests/unit/i18n.test.ts): English never needs the Dutch
      // files as a fallback, so it does not fetch them.
      fallbackLng: language === 'nl' ? 'nl' : false,
      resources: { nl: bundled },
      partialBundledLanguages: true,
    });
  return instance;
}
