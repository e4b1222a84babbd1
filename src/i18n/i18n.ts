import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { baseOptions } from './options';
import { namespaces, resources, type Language } from './resources';

export { isLanguage, languageFromBrowser } from './languages';

/**
 * An i18next instance with every language bundled, ready at once: for the tests and for the
 * prerender in Node. The browser app uses createAppI18n (app-i18n.ts), which bundles Dutch only.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({ ...baseOptions, ns: namespaces, lng: language, resources });
  return instance;
}
