import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { setAppStore } from '../src/storage/app-store';
import { createRecordStore } from '../src/storage/record-store';

// Every test starts with a fresh, real IndexedDB (fake-indexeddb implements the whole API in memory).
beforeEach(() => {
  setAppStore(createRecordStore({ indexedDB: new IDBFactory(), channelName: `test-${Math.random()}` }));
});

afterEach(() => {
  setAppStore(undefined);
  if (typeof window === 'undefined') return; // node-environment tests (content, schedule)
  cleanup();
  window.history.replaceState(null, '', '/');
});
