/** React bindings for the record store: one saved value, and the storage status for the banner. */
import { useSyncExternalStore } from 'react';
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
  // While hydrating prerendered HTML, React renders `initial` (the default, as the HTML has it),
  // then the saved value; a hook mounted later renders the value already read, if there is one.
  const { value, loaded } = useSyncExternalStore(shared.subscribe, shared.snapshot, shared.initial);
  return { value, setValue: shared.setValue, loaded };
}

/** The storage status (saving off, records set aside), re-rendering when it changes. */
export function useStorageStatus(store: RecordStore = appStore()): StorageStatus {
  return useSyncExternalStore(store.subscribe, store.status, store.status);
}
