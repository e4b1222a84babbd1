import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component in a chunk of its own, loaded when it first renders: `lazyComponent(() =>
 * import('./start-page'), 'StartPage')`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy itself
export function lazyComponent<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
