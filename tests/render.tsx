import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactElement } from 'react';
import { App } from '../src/app/app';
import { createI18n } from '../src/i18n/i18n';
import type { Language } from '../src/i18n/resources';

/** Renders through the same providers as the app, with real i18next and real content. */
export function renderWithProviders(ui: ReactElement, { language = 'nl' }: { language?: Language } = {}): RenderResult {
  const i18n = createI18n(language);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

/** The whole app at an address, as a user opening that link would see it (without the service worker). */
export function renderAppAt(path: string, options: { language?: Language } = {}): RenderResult {
  window.history.replaceState(null, '', path);
  return renderWithProviders(<App />, options);
}
