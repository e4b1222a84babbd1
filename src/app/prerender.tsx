/**
 * The build-time entry (scripts/prerender-plugin.ts builds it for Node): renders one address of the
 * app to HTML with React's static `prerender`, which waits for every lazy page and every content
 * part, so the HTML holds the whole page. The tree is the one main.tsx hydrates: every page in
 * Dutch, and the pages of `pathsWithEnglishHtml` in English too (index.html shows an English phone
 * the English one).
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createI18n } from '../i18n/i18n';
import { LanguageProvider } from '../i18n/language-provider';
import type { Language } from '../i18n/languages';
import { ServerPathnameContext } from '../routing/router';
import { documentTitle } from '../ui/page';
import { setAppStore } from '../storage/app-store';
import { createRecordStore } from '../storage/record-store';
import { App } from './app';
import { notFoundProbe, prerenderPaths } from './prerender-paths';
import { routes } from './routes';

export { htmlFileFor, pathsWithEnglishHtml, prerenderMark } from './prerender-paths';

/** Every address to prerender: the route table's, then the not-found page. */
export async function pagesToPrerender(): Promise<string[]> {
  return [...(await prerenderPaths(routes)), notFoundProbe];
}

/** The app's HTML at an address (the inside of #root) and the page's title, as the browser sets it. */
export async function renderPage(pathname: string, language: Language): Promise<{ html: string; title: string }> {
  const i18n = createI18n(language);
  const errors: unknown[] = [];
  // Screens call useStored, which opens the app's store on first use. Node has no IndexedDB (nothing
  // is read in a render anyway), but the store's BroadcastChannel would keep the build running:
  // one store per page, closed when the page is done.
  const store = createRecordStore();
  setAppStore(store);
  const { prelude } = await prerender(
    <StrictMode>
      <ServerPathnameContext value={pathname}>
        <LanguageProvider instanceFor={() => i18n} initial={language}>
          <App />
        </LanguageProvider>
      </ServerPathnameContext>
    </StrictMode>,
    {
      onError: (error) => void errors.push(error),
      // A large part is otherwise sent "out of order": a placeholder, the part in a hidden <div> and
      // an inline script that swaps them, which the CSP blocks. Every part stays in place instead.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  ).finally(() => {
    store.close();
    setAppStore(undefined);
  });
  if (errors.length > 0)
    throw new Error(`Prerendering ${pathname} (${language}) failed: ${String(errors[0])}`, { cause: errors[0] });
  const html = await new Response(prelude).text();
  // The page's <h1> is its name; ui/page.tsx makes the same document title from it in the browser.
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]*>/g, '')
    .trim();
  if (!heading) throw new Error(`Prerendering ${pathname} (${language}): the page has no <h1>`);
  return { html, title: documentTitle(heading) };
}
