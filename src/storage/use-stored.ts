/** React bindings for the record store: one saved value, and the storage status for the banner. */
import { startTransition, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { appStore } from './app-store';
import type { RecordSpec, RecordStore, StorageStatus } from './record-store';
import { storedValue } from './stored-values';

/** What useStored returns. */
export interface Stored<T> {
  /** The saved value; `spec.fallback()` until loaded. */
  value: T;
  /** Saves a value or an update of the latest saved one; rejects only for an invalid value (a bug). */
  setValue: (next: T | ((prev: T) => T)) => Promise<void>;
  /** False until the saved value has been read. */
  loaded: boolean;
}

/**
 * One saved record as React state, kept in step with other tabs and with every other hook of the
 * same key (they share one read, see stored-values.ts). Pass a module-level spec from `records`;
 * `store` defaults to the app-wide one.
 */
export function useStored<T>(spec: RecordSpec<T>, store: RecordStore = appStore()): Stored<T> {
  const shared = storedValue(store, spec);
  // The first render shows the default, as the prerendered HTML has it (anything else while React
  // hydrates that HTML is a mismatch). A hook mounted later, on a page opened in the app, catches up
  // with the value already read before the browser paints, so the default never shows there.
  const [{ value, loaded }, setSnapshot] = useState(shared.initial);
  useLayoutEffect(() => {
    const catchUp = () => setSnapshot(shared.snapshot());
    catchUp();
    // A read answering is shown in a transition, which React renders in slices between other work:
    // values arriving while a page loads never hold the main thread for a whole screen's re-render
    // (a store update through useSyncExternalStore always renders in one blocking go). The user's
    // own change shows at once.
    return shared.subscribe((urgent) => (urgent ? catchUp() : startTransition(catchUp)));
  }, [shared]);
  return { value, setValue: shared.setValue, loaded };
}

/** The storage status (saving off, records set aside), re-rendering when it changes. */
export function useStorageStatus(store: RecordStore = appStore()): StorageStatus {
  return useSyncExternalStore(store.subscribe, store.status, store.status);
}
