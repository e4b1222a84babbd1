import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, namespaces, resources, type Language } from './resources';

/** Dutch for every browser language other than English (the brief: Dutch first). */
export function languageFromBrowser(browserLanguages: readonly string[]): Language {
  const first = browserLanguages[0]?.toLowerCase() ?? 'nl';
  return first.startsWith('en') ? 'en' : 'nl';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Creates the i18next instance the app and the tests share; synchronous because resources are bundled. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'nl',
    supportedLngs: [...languages],
    ns: namespaces,
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  return instance;
}
