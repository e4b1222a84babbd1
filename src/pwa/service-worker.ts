/**
 * Registers the service worker and tells the page when the app works offline and when a new
 * version waits (registerType 'prompt': the user picks the moment). A few lines instead of
 * workbox-window, which was 2 KiB gzip more on every start page (issue 9's 100 KiB budget).
 */
export type ServiceWorkerEvents = {
  /** The first install finished: everything is precached, the app works without a connection. */
  onOfflineReady: () => void;
  /** A new version is installed and waits for `applyUpdate`. */
  onNeedRefresh: () => void;
};

/** Registers `url` and reports what its workers do; resolves with the registration. */
export async function registerServiceWorker(
  events: ServiceWorkerEvents,
  container: ServiceWorkerContainer = navigator.serviceWorker,
  url = '/sw.js',
): Promise<ServiceWorkerRegistration> {
  const registration = await container.register(url, { scope: '/' });
  // A worker that finishes installing while another controls the page is an update; without a
  // controller it is the first install (the page that registered it is not controlled yet).
  const watch = (worker: ServiceWorker) => {
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      if (container.controller) events.onNeedRefresh();
      else events.onOfflineReady();
    });
  };
  if (registration.waiting && container.controller) events.onNeedRefresh(); // left waiting last time
  if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watch(registration.installing);
  });
  return registration;
}

/** Lets the waiting version take over (src/sw.ts skips waiting on this message), then reloads once. */
export function applyUpdate(
  registration: ServiceWorkerRegistration,
  container: ServiceWorkerContainer = navigator.serviceWorker,
  reload: () => void = () => window.location.reload(),
): void {
  if (!registration.waiting) return;
  container.addEventListener('controllerchange', reload, { once: true });
  registration.waiting.postMessage({ type: 'SKIP_WAITING' });
}
