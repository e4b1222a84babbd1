import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { contentLanguages, loadContent } from '../src/content/content';
import { setAppStore } from '../src/storage/app-store';
import { createRecordStore } from '../src/storage/record-store';
import { records } from '../src/storage/records';

// Pages, their strings and their content are lazy chunks: on a busy machine (CI, parallel test
// files) they can take longer than Testing Library's default second to appear.
configure({ asyncUtilTimeout: 5000 });

// The app loads each content part when a screen first reads it (and suspends until then); tests load
// it all up front, so a screen shows its content in its first render, as after a visit.
beforeAll(async () => {
  await Promise.all(contentLanguages.map((language) => loadContent(language)));
});

// jsdom does no layout and has no scrollIntoView (the plan overview brings the current step on
// screen with it); every browser has it. Recorded, so a test can see what was scrolled to.
if (typeof Element !== 'undefined' && !('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', {
    configurable: true,
    value(this: Element) {
      (globalThis as { lastScrolledIntoView?: Element }).lastScrolledIntoView = this;
    },
  });
}

// Every test starts with a fresh, real IndexedDB (fake-indexeddb implements the whole API in memory),
// and an empty localStorage: the store's write journal and the pre-paint mirror live there.
beforeEach(async () => {
  if (typeof localStorage !== 'undefined') localStorage.clear();
  const store = createRecordStore({ indexedDB: new IDBFactory(), channelName: `test-${Math.random()}` });
  setAppStore(store);
  // Screens are tested as a returning user sees them: the first-start screen (alarm symptoms before
  // the plan) has been seen. Its own tests reset this (tests/component/first-start.test.tsx).
  if (typeof window !== 'undefined') {
    await store.write(records.settings, { ...records.settings.fallback(), firstStartSeen: true });
  }
});

afterEach(() => {
  setAppStore(undefined);
  if (typeof window === 'undefined') return; // node-environment tests (content, schedule)
  cleanup();
  window.history.replaceState(null, '', '/');
  // What the app leaves on <html> and in localStorage (pre-paint mirror, theme) must not carry over.
  localStorage.clear();
  for (const name of ['firstStart', 'theme', 'textSize']) delete document.documentElement.dataset[name];
});
