/** React bindings for the record store: one saved value, and the storage status for the banner. */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { appStore } from './app-store';
import type { RecordSpec, RecordStore, StorageStatus } from './record-store';

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
 * One saved record as React state, kept in step with other tabs. Pass a module-level spec from
 * `records`; `store` defaults to the app-wide one.
 */
export function useStored<T>(spec: RecordSpec<T>, store: RecordStore = appStore()): Stored<T> {
  const [state, setState] = useState(() => ({ value: spec.fallback(), loaded: false }));
  // The newest value we know of, for functional updates made before React re-renders.
  const latest = useRef(state);
  // Every read and save takes a ticket; only the newest ticket may set state, so an older read
  // finishing late can never show an outdated value over a newer one.
  const ticket = useRef(0);

  const show = useCallback((value: T) => {
    latest.current = { value, loaded: true };
    setState(latest.current);
  }, []);

  const reload = useCallback(() => {
    const mine = ++ticket.current;
    void store.read(spec).then((value) => {
      if (mine === ticket.current) show(value);
    });
  }, [spec, store, show]);

  useEffect(() => {
    reload();
    return store.subscribeKey(spec.key, reload);
  }, [spec, store, reload]);

  const setValue = useCallback(
    async (next: T | ((prev: T) => T)) => {
      const updater = typeof next === 'function' ? (next as (prev: T) => T) : () => next;
      const mine = ++ticket.current;
      if (latest.current.loaded) {
        // Show the change at once; the store then applies the same update to what is saved.
        const optimistic = updater(latest.current.value);
        if (spec.validate(optimistic)) show(optimistic);
      }
      try {
        // The store applies the updater to the saved value, not to ours: a change made before
        // loading finished, or in another tab, is built on and never overwritten.
        const saved = await store.update(spec, updater);
        if (mine === ticket.current) show(saved);
      } catch (error) {
        reload();
        throw error;
      }
    },
    [spec, store, show, reload],
  );

  return { value: state.value, setValue, loaded: state.loaded };
}

/** The storage status (saving off, records set aside), re-rendering when it changes. */
export function useStorageStatus(store: RecordStore = appStore()): StorageStatus {
  return useSyncExternalStore(store.subscribe, store.status, store.status);
}
