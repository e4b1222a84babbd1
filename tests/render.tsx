import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { App } from '../src/app/app';
import { createI18n } from '../src/i18n/i18n';
import { LanguageProvider, onePerLanguage } from '../src/i18n/language-provider';
import type { Language } from '../src/i18n/resources';

/**
 * Renders through the same providers as the app, with real i18next and real content. Inside an
 * awaited act: pages and parts of pages are lazy and content is read with `use`, so the first render
 * suspends; React resumes a render that suspended inside a plain (synchronous) act only when that
 * act is awaited, and otherwise stalls the whole root.
 */
export async function renderWithProviders(
  ui: ReactElement,
  { language = 'nl' }: { language?: Language } = {},
): Promise<RenderResult> {
  const instanceFor = onePerLanguage(createI18n);
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <LanguageProvider instanceFor={instanceFor} initial={language}>
        {ui}
      </LanguageProvider>,
    );
  });
  if (!result) throw new Error('render did not run');
  return result;
}

/** The whole app at an address, as a user opening that link would see it (without the service worker). */
export async function renderAppAt(path: string, options: { language?: Language } = {}): Promise<RenderResult> {
  window.history.replaceState(null, '', path);
  return renderWithProviders(<App />, options);
}
