import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { trackLoad } from '../i18n/pending-loads';

/**
 * A component in a chunk of its own, loaded when it first renders: `lazyComponent(() =>
 * import('./start-page'), 'StartPage')`. Its loading is tracked (src/i18n/pending-loads.ts), so a language
 * switch waits for it rather than costing its prerendered HTML.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy itself
export function lazyComponent<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => trackLoad(load()).then((module) => ({ default: module[name] })));
}
