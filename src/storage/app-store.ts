/** The app-wide record store, created on first use so importing a module opens no database. */
import { createRecordStore, requestPersistence, type RecordStore } from './record-store';

let instance: RecordStore | undefined;

/** The store every screen shares; the first call opens it and asks for persistent storage. */
export function appStore(): RecordStore {
  if (!instance) {
    instance = createRecordStore();
    // Asked at the first use of storage, i.e. when the app starts: see requestPersistence.
    void requestPersistence();
  }
  return instance;
}

/** Replaces the app-wide store (tests put one on a fresh fake IndexedDB here); undefined resets it. */
export function setAppStore(store: RecordStore | undefined): void {
  instance = store;
}
