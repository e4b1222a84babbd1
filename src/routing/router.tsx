import { createContext, useContext, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/*
 * A small History-API router. The app has a handful of flat addresses and no nested layouts, so a
 * router library would add weight to every page load for features we do not use.
 */

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function currentPath(): string {
  return window.location.pathname;
}

/**
 * The address a page is prerendered for (build time, in Node, where there is no `window`). In the
 * browser nothing provides it: hydration then reads the real address, which is the one the HTML was
 * rendered for (main.tsx hydrates only then), so the first render matches the HTML.
 */
export const ServerPathnameContext = createContext<string | null>(null);

/** The current pathname; re-renders on every navigation (links, back and forward). */
export function usePathname(): string {
  const serverPathname = useContext(ServerPathnameContext);
  return useSyncExternalStore(subscribe, currentPath, () => serverPathname ?? currentPath());
}

export function navigate(to: string): void {
  if (to === window.location.pathname + window.location.search + window.location.hash) return;
  window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  // The page scrolls inside <main> (the menu stays outside it, src/app/styles.css): a new page starts at its top.
  // (scrollTop, not Element.scrollTo: the plain property works in every engine and in jsdom.)
  const main = document.getElementById('main');
  if (main) main.scrollTop = 0;
  listeners.forEach((listener) => listener());
}

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** A real `<a href>` (works without JavaScript and with "open in new tab") that navigates in-app. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const plainLeftClick = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (event.defaultPrevented || !plainLeftClick || rest.target) return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}

/**
 * One query parameter of the current address, for pages whose address carries data that cannot be
 * prerendered (a session id). Null in the prerender and during hydration, so both render alike; the
 * real value follows at once.
 */
export function useSearchParam(name: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => new URLSearchParams(window.location.search).get(name),
    () => null,
  );
}

/** Matches `/stappenplan/:stepId`-style patterns; one segment per parameter. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const patternParts = pattern.split('/');
  const pathParts = normalised.split('/');
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < patternParts.length; i++) {
    const part = patternParts[i] ?? '';
    const actual = pathParts[i] ?? '';
    if (part.startsWith(':')) {
      if (!actual) return null;
      params[part.slice(1)] = decodeURIComponent(actual);
    } else if (part !== actual) {
      return null;
    }
  }
  return params;
}
