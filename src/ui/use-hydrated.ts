import { useSyncExternalStore } from 'react';

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
