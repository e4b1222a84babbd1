import type { InitOptions } from 'i18next';
import { languages } from './languages';

/** What every i18next instance of the app shares (the app's, the tests', the prerender's). */
export const baseOptions = {
  fallbackLng: 'nl',
  supportedLngs: [...languages],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
} satisfies InitOptions;
