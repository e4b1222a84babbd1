/**
 * The code and text the page is still loading: lazy parts, content parts, strings. One thing needs
 * to know when they are all in: switching the prerendered Dutch page to another language
 * (src/i18n/language-provider.tsx). A part whose code arrives after the switch can no longer be
 * hydrated from its Dutch HTML (React draws it anew), so the switch waits for the loads to settle.
 * It sits here, beside that one waiter, so content and ui (which report their loads) import down.
 */
let pending = 0;
let waiting: (() => void)[] = [];

/** Counts `load` as pending until it settles; returns it unchanged. */
export function trackLoad<T>(load: Promise<T>): Promise<T> {
  pending += 1;
  const done = () => {
    pending -= 1;
    // A settled load often starts the next (a page's chunk, then its content): check again after
    // React has had a turn to render with it and ask for more.
    if (pending === 0) setTimeout(releaseIfSettled, SETTLE_MS);
  };
  load.then(done, done);
  return load;
}

// Long enough for React to render what a load brought and to start the loads that render needs.
const SETTLE_MS = 50;

function releaseIfSettled(): void {
  if (pending > 0) return;
  const released = waiting;
  waiting = [];
  for (const release of released) release();
}

/** Resolves once nothing tracked has been loading for a moment (at once if nothing was). */
export function whenLoadsSettle(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (pending === 0) setTimeout(releaseIfSettled, SETTLE_MS);
  });
}
