import { useEffect, useRef, useState } from 'react';
import { applyUpdate, registerServiceWorker } from './service-worker';

/**
 * The service worker as React state: `offlineReady` after the first install, `needRefresh` while
 * a new version waits, `update()` to apply it. Registers after the page has loaded, so the worker's
 * precaching never competes with the first paint.
 */
export function useServiceWorker() {
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  const registration = useRef<ServiceWorkerRegistration | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return; // jsdom, old browsers: the app works online only
    let active = true;
    const start = () => {
      registerServiceWorker({
        onNeedRefresh: () => active && setNeedRefresh(true),
        onOfflineReady: () => active && setOfflineReady(true),
      }).then(
        (registered) => {
          registration.current = registered;
        },
        (error: unknown) => console.error('Service worker not registered:', error),
      );
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      active = false;
      window.removeEventListener('load', start);
    };
  }, []);
  return {
    needRefresh,
    offlineReady,
    dismissRefresh: () => setNeedRefresh(false),
    dismissOfflineReady: () => setOfflineReady(false),
    update: () => {
      if (registration.current) applyUpdate(registration.current);
    },
  };
}
