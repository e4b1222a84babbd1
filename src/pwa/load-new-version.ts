/**
 * A page whose code is missing after an update: the browser still runs the old version, whose
 * chunks the server no longer has (or the service worker's new precache replaced). The new version
 * is on its way: this fetches it, lets its service worker take over and reloads, so it serves the
 * page. Nothing stored is touched.
 */

// The texts browsers give a failed dynamic import, and Vite's own when a chunk's CSS will not load.
const MISSING_CHUNK =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|Failed to load module script/i;

/** True when `error` says a chunk of the app's code could not be loaded. */
export function isMissingChunk(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ChunkLoadError' || MISSING_CHUNK.test(error.message));
}

// Never longer than this: a service worker that does not answer must not keep the user waiting.
const GIVE_UP_MS = 5000;

/** Activates a waiting (or installing) new service worker, then reloads; just reloads without one. */
export async function loadNewVersion(): Promise<void> {
  const reload = () => window.location.reload();
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  if (!registration) return reload();
  setTimeout(reload, GIVE_UP_MS);
  await registration.update().catch(() => undefined); // offline: whatever is already there
  const worker = registration.waiting ?? registration.installing;
  if (!worker) return reload();
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
  // The same message UpdatePrompt's "Nieuwe versie laden" sends (src/sw.ts): the new worker takes
  // over once installed, and the controllerchange reloads the page into it.
  const skipWaiting = () => worker.postMessage({ type: 'SKIP_WAITING' });
  if (worker.state === 'installed') skipWaiting();
  else worker.addEventListener('statechange', () => worker.state === 'installed' && skipWaiting());
}
