import { useSyncExternalStore, type ReactNode } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the prerender and while React hydrates its HTML, true from then on: for parts that
 * exist only in a browser (the service worker's update prompt), so the first render matches the
 * prerendered page.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * Its children only once React has the page. React switches a hydrated useHydrated() over in one
 * blocking render: in a component of its own, that render is this one, not its parent's whole tree.
 */
export function OnceHydrated({ children }: { children: ReactNode }): ReactNode {
  return useHydrated() ? children : null;
}
