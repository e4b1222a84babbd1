/**
 * The newest known value of each saved record, shared by every `useStored` of a record store. A
 * screen that shows the diary in three places, or a page the user navigates back to, reads
 * IndexedDB once for the key instead of once per hook, and every hook shows the same value: a
 * change made in one place shows in all of them at once, and a page mounted after the read shows
 * the saved value in its first render rather than flashing the default.
 */
import type { RecordSpec, RecordStore } from './record-store';
import type { StorageKey } from './keys';

/** What a hook shows: the value, and whether it has been read yet. A new object for every change. */
export interface Snapshot<T> {
  value: T;
  loaded: boolean;
}

/**
 * Told that the value changed: `urgent` when the user's own change is shown (it must show at once),
 * not when a read from storage answers (that may wait for a moment the main thread is free).
 */
export type ValueListener = (urgent: boolean) => void;

/** One record key's shared value. */
export interface StoredValue<T> {
  /** A hook starts (returns its stop); the first one reads the key. */
  subscribe(listener: ValueListener): () => void;
  /** The newest snapshot; the same object until something changes (so an unchanged one re-renders nothing). */
  snapshot(): Snapshot<T>;
  /**
   * The default, unread: what every prerendered page holds, so a hydrating hook renders exactly
   * the HTML it takes over (anything else is a hydration mismatch, React's error 418).
   */
  initial(): Snapshot<T>;
  /** Saves a value or an update of the saved one; see Stored.setValue. */
  setValue(next: T | ((prev: T) => T)): Promise<void>;
}

/** The mutable state behind one StoredValue. */
interface Entry<T> {
  spec: RecordSpec<T>;
  store: RecordStore;
  initial: Snapshot<T>;
  current: Snapshot<T>;
  hooks: Set<ValueListener>;
  // Every read and save takes a ticket; only the newest ticket may set the value, so an older
  // read finishing late can never show an outdated value over a newer one.
  ticket: number;
  // A read whose answer is still awaited, so a second hook mounting meanwhile does not read again.
  reading: boolean;
  // Listening to the store's notices for the key (a write here or in another tab).
  listening: boolean;
}

// Per store, so a test's own store (and the app's, replaced between tests) never shares values.
const byStore = new WeakMap<RecordStore, Map<StorageKey, StoredValue<unknown>>>();

/** Makes `value` what every hook of the key shows, and tells them. */
function show<T>(entry: Entry<T>, value: T, urgent: boolean): void {
  entry.current = { value, loaded: true };
  for (const hook of [...entry.hooks]) hook(urgent);
}

/** Reads the key from the store; the answer shows unless a newer read or save has begun since. */
function reload<T>(entry: Entry<T>): void {
  const mine = ++entry.ticket;
  entry.reading = true;
  const answered = (value?: { value: T }) => {
    if (mine !== entry.ticket) return;
    entry.reading = false;
    if (value) show(entry, value.value, false);
  };
  // The store never rejects for storage trouble; should it reject anyway, the next hook reads again.
  entry.store.read(entry.spec).then(
    (value) => answered({ value }),
    () => answered(),
  );
}

function subscribe<T>(entry: Entry<T>, hook: ValueListener): () => void {
  entry.hooks.add(hook);
  // The store's notices are followed for as long as the store lives, hooks or not: the value is
  // read again after every write (delete-all, another tab), so a page mounted later shows what is
  // saved, not what was saved when the last hook of the key went.
  if (!entry.listening) {
    entry.listening = true;
    entry.store.subscribeKey(entry.spec.key, () => reload(entry));
  }
  if (!entry.current.loaded && !entry.reading) reload(entry);
  return () => entry.hooks.delete(hook);
}

async function setValue<T>(entry: Entry<T>, next: T | ((prev: T) => T)): Promise<void> {
  const updater = typeof next === 'function' ? (next as (prev: T) => T) : () => next;
  const mine = ++entry.ticket;
  // A read still under way lost its ticket: the save's own result will show instead.
  entry.reading = false;
  if (entry.current.loaded) {
    // Show the change at once; the store then applies the same update to what is saved.
    const optimistic = updater(entry.current.value);
    if (entry.spec.validate(optimistic)) show(entry, optimistic, true);
  }
  try {
    // The store applies the updater to the saved value, not to ours: a change made before loading
    // finished, or in another tab, is built on and never overwritten.
    const saved = await entry.store.update(entry.spec, updater);
    if (mine === entry.ticket) show(entry, saved, true);
  } catch (error) {
    reload(entry);
    throw error;
  }
}

function createStoredValue<T>(store: RecordStore, spec: RecordSpec<T>): StoredValue<T> {
  const initial: Snapshot<T> = { value: spec.fallback(), loaded: false };
  const entry: Entry<T> = {
    spec,
    store,
    initial,
    current: initial,
    hooks: new Set(),
    ticket: 0,
    reading: false,
    listening: false,
  };
  return {
    subscribe: (hook) => subscribe(entry, hook),
    snapshot: () => entry.current,
    initial: () => entry.initial,
    setValue: (next) => setValue(entry, next),
  };
}

/**
 * The shared value of `spec.key` in `store`, created on first use. One spec per key: the
 * module-level specs of `records` (the first spec seen for a key is the one used).
 */
export function storedValue<T>(store: RecordStore, spec: RecordSpec<T>): StoredValue<T> {
  let values = byStore.get(store);
  if (!values) byStore.set(store, (values = new Map()));
  let value = values.get(spec.key);
  if (!value) {
    value = createStoredValue(store, spec) as StoredValue<unknown>;
    values.set(spec.key, value);
  }
  return value as StoredValue<T>;
}
