/// <reference lib="webworker" />
/*
 * Rugplan's service worker (vite-plugin-pwa, injectManifest). It precaches the whole app so that,
 * after one visit, every address opens with no connection: the user may be lying on the floor
 * in a room without signal.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every in-app address is served the precached app shell; the app's router shows the right page.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// The page asks for this when the user accepts the "nieuwe versie" prompt (registerType 'prompt').
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
