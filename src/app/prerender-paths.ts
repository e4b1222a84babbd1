/**
 * Which addresses are prerendered to which HTML file, and when the browser may hydrate that HTML.
 * Pure, so the build step (scripts/prerender-plugin.ts), main.tsx and the tests share one answer.
 */
import { matchPath } from '../routing/router';

type PrerenderRoute = { pattern: string; prerender?: () => Promise<string[]> };

/** The address the not-found page is rendered at; its HTML is marked to fit any unknown address. */
export const notFoundProbe = '/__niet-gevonden__';
/** The `data-prerendered` mark of the not-found page's HTML. */
export const anyUnknownPath = '*';

/** Every address of the route table (parameters filled in by each route's `prerender`), in table order. */
export async function prerenderPaths(routes: readonly PrerenderRoute[]): Promise<string[]> {
  const found: string[] = [];
  for (const route of routes) {
    if (!route.pattern.includes(':')) found.push(route.pattern);
    else if (route.prerender) found.push(...(await route.prerender()));
    else throw new Error(`Route ${route.pattern} has parameters but no prerender(): list its addresses there.`);
  }
  if (routes.some((route) => matchPath(route.pattern, notFoundProbe))) {
    throw new Error(`${notFoundProbe} is a route: the not-found page needs an address no route matches.`);
  }
  return [...new Set(found)];
}

/**
 * The pages whose HTML also holds their English rendering, shown to an English phone from the first
 * paint: the start page (the installed app opens there, and so do most links) and the plan (the start
 * page's one big link). Every page would double the HTML of the build, past its 1 MiB budget; on the
 * others an English phone sees the Dutch HTML until React has rendered the page in English.
 */
export const pathsWithEnglishHtml: readonly string[] = ['/', '/stappenplan'];

/** The HTML file of an address: `/` → `index.html`, `/stappenplan/stap-1` → `stappenplan/stap-1.html`. */
export function htmlFileFor(pathname: string): string {
  if (pathname === notFoundProbe) return '404.html';
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index.html' : `${trimmed}.html`;
}

/** The `data-prerendered` mark an address's HTML carries. */
export function prerenderMark(pathname: string): string {
  return pathname === notFoundProbe ? anyUnknownPath : pathname;
}

/**
 * True when the HTML in the page was rendered for this address, so hydrating it gives the same
 * tree. A host or the service worker may answer an address that was not prerendered (a step id
 * that does not exist, an old link) with other HTML: then the app renders afresh instead.
 */
export function canHydrate(mark: string | undefined, pathname: string, routes: readonly PrerenderRoute[]): boolean {
  if (!mark) return false;
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (mark === anyUnknownPath) return !routes.some((route) => matchPath(route.pattern, normalised));
  return mark === normalised;
}
