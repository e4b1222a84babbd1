/// <reference lib="webworker" />
/*
 * Rugplan's service worker (vite-plugin-pwa, injectManifest). It precaches the whole app so that,
 * after one visit, every address opens with no connection: the user may be lying on the floor
 * in a room without signal.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every address is answered with its own prerendered page from the precache (`/stappenplan` →
// `stappenplan.html`), offline too, so the page shows before any script runs. An address that was
// not prerendered gets the not-found page, or the start page; the app then renders the right page.
registerRoute(
  new NavigationRoute(async ({ url }) => {
    const path = url.pathname.replace(/\/+$/, '');
    const page = path === '' ? 'index.html' : `${decodeURIComponent(path.slice(1))}.html`;
    const response =
      (await matchPrecache(page)) ?? (await matchPrecache('404.html')) ?? (await matchPrecache('index.html'));
    return response ?? Response.error();
  }),
);

// The page asks for this when the user accepts the "nieuwe versie" prompt (registerType 'prompt').
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// A tapped reminder opens the plan: an open Rugplan window is focused and told where to go (the
// page navigates in-app, so a running exercise is never reloaded); with none open, a new one opens
// at that address. The address comes from our own notification, but is still checked to be ours.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data as { url?: unknown } | null;
  // A backslash counts as a slash in URLs, so '/\\host' would leave the app like '//host'.
  const url =
    typeof data?.url === 'string' && data.url.startsWith('/') && !data.url.startsWith('//') && !data.url.includes('\\')
      ? data.url
      : '/stappenplan';
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (!open) {
        await self.clients.openWindow(url);
        return;
      }
      // focus() is refused without a user gesture in some browsers; the message still goes.
      await open.focus().catch(() => undefined);
      open.postMessage({ type: 'rugplan:open', url });
    })(),
  );
});
