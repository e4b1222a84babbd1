/**
 * The one owner of everything saved. Every record is versioned and validated on read; a record
 * that cannot be read is moved aside (kept, never deleted) and reported; when the browser refuses
 * to save, values live on in memory and the status says saving is off. Nothing here throws for a
 * storage failure: a patient in pain must never see the app break because of the disk.
 */
import { clear, entries, get, set } from 'idb-keyval';
import { createIdbStore } from './idb-store';
import {
  classify,
  isStoredRecord,
  rejectedRecord,
  type Outcome,
  type RecordSpec,
  type SetAsideReason,
  type StoredRecord,
} from './record-classify';
import { isStorageKey, storageKeys, type StorageKey } from './keys';
import { createPendingWrites, type PendingWrite } from './pending-writes';
import { freeSetAsideKey, repairRecord, type Repaired } from './record-repair';
import { isObject } from './validators';
import { createWriteJournal, type Leftover } from './write-journal';

export type { RecordSpec, SetAsideReason, StoredRecord } from './record-classify';

/** A record that was moved aside in this session; `storedAs` is the key that now holds it. */
export interface SetAsideEntry {
  key: StorageKey;
  at: string;
  reason: SetAsideReason;
  storedAs: string;
  /** For `invalid-items`: how many items of the list were set aside (the rest still shows). */
  items?: number;
}

/** What the UI banner needs: is saving off (and why), and what was set aside. */
export interface StorageStatus {
  savingOff: boolean;
  /** The browser's error name, e.g. `QuotaExceededError`, when saving is off. */
  reason?: string;
  setAside: readonly SetAsideEntry[];
}

/** Options for createRecordStore; tests pass a fresh fake IndexedDB and a fixed clock. */
export interface RecordStoreOptions {
  /** IndexedDB database name; default `rugplan`. */
  dbName?: string;
  /** The IndexedDB implementation; default the browser's (tests pass fake-indexeddb). */
  indexedDB?: IDBFactory;
  /** BroadcastChannel name shared by the tabs; default `rugplan-storage:<dbName>`. */
  channelName?: string;
  /** The clock, for savedAt and set-aside times. */
  now?: () => Date;
}

/** The saved records of one database, shared by every screen of a tab. */
export interface RecordStore {
  /** The saved value, or `spec.fallback()` when absent, unreadable (moved aside) or storage fails. */
  read<T>(spec: RecordSpec<T>): Promise<T>;
  /** Saves `value`; rejects only when the value itself is invalid (a bug), never for storage failures. */
  write<T>(spec: RecordSpec<T>, value: T): Promise<void>;
  /** Reads the latest saved value, applies `updater`, saves and returns the result. */
  update<T>(spec: RecordSpec<T>, updater: (prev: T) => T): Promise<T>;
  /** Current status; the same object until something changes (fit for useSyncExternalStore). */
  status(): StorageStatus;
  /** Calls `listener` whenever the status changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Calls `listener` when `key` was written, in this tab or another; returns the unsubscribe function. */
  subscribeKey(key: StorageKey, listener: () => void): () => void;
  /** Every saved record by key, set-aside ones included, as stored (for a JSON backup). */
  exportAll(): Promise<Record<string, unknown>>;
  /** Deletes everything, saved and in memory; rejects if the browser would not clear its copy. */
  deleteAll(): Promise<void>;
  /** Closes the database connection and the tab channel. */
  close(): void;
}

function errorName(error: unknown): string {
  if (error instanceof Error || (typeof DOMException === 'function' && error instanceof DOMException))
    return error.name;
  if (isObject(error) && typeof error.name === 'string') return error.name;
  return 'UnknownError';
}

/** Creates a record store on IndexedDB (database `dbName`, object store `records`). */
export function createRecordStore(options: RecordStoreOptions = {}): RecordStore {
  const dbName = options.dbName ?? 'rugplan';
  const now = options.now ?? (() => new Date());
  const idb = createIdbStore(dbName, 'records', options.indexedDB);

  // Records that live only in memory because the browser refused them. `undefined` marks a key
  // whose saved copy is to be treated as gone (it was moved aside in memory).
  const memory = new Map<string, unknown>();
  // Once the browser has refused, every later write goes to memory too: writing some records to
  // disk and others not would leave a mix that no reload could make sense of.
  let savingOff = false;

  // The last value this tab read or wrote per key, so a write's result is known at the tap (see
  // pending-writes.ts); dropped when another tab writes the key.
  const known = new Map<string, unknown>();
  // The writeId of the record last read from IndexedDB per key: an update whose own record (noted
  // at the tap) is already there was written by the flush or by a later page replaying the journal,
  // and must not be applied a second time.
  const storedWrite = new Map<string, string | undefined>();
  const pending = createPendingWrites(idb.putNow, () => !savingOff);
  // Every write is noted in localStorage first (write-journal.ts); `sequence` numbers the writes in
  // call order, so an earlier write never replaces a later one's note.
  const journal = createWriteJournal(dbName);
  let sequence = 0;
  // The page is being left (or frozen in the back/forward cache): after the flush above, the
  // connection closes, writes under way commit and reads under way stop (see idb-store.ts: in
  // WebKit a read left running blocked every later write of every page). A page that comes back
  // reopens it on its next read or write, and a stopped read runs again.
  const closeOnHide = () => idb.close();
  globalThis.window?.addEventListener('pagehide', closeOnHide);

  let currentStatus: StorageStatus = { savingOff: false, setAside: [] };
  const statusListeners = new Set<() => void>();
  const keyListeners = new Map<string, Set<() => void>>();

  const setStatus = (next: StorageStatus) => {
    currentStatus = next;
    for (const listener of [...statusListeners]) listener();
  };

  const notifyKey = (key: string) => {
    for (const listener of [...(keyListeners.get(key) ?? [])]) {
      try {
        listener();
      } catch (error) {
        console.error(error);
      }
    }
  };

  // Keeps two open tabs consistent: each write is announced so the other tab re-reads that key.
  // (BroadcastChannel is missing in Safari before 15.4; the tabs then simply sync on reload.)
  const channel =
    typeof BroadcastChannel === 'function'
      ? new BroadcastChannel(options.channelName ?? `rugplan-storage:${dbName}`)
      : undefined;
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      // Another tab's message is untrusted input like anything else read from outside.
      if (isObject(event.data) && isStorageKey(event.data.key)) {
        known.delete(event.data.key);
        notifyKey(event.data.key);
      }
    };
  }
  const announce = (key: StorageKey) => {
    try {
      channel?.postMessage({ key });
    } catch {
      // A closed channel (store closed during a write) is not worth failing a save for.
    }
  };

  const storageFailed = (error: unknown) => {
    if (savingOff) return;
    savingOff = true;
    setStatus({ ...currentStatus, savingOff: true, reason: errorName(error) });
  };

  const noteSetAside = (entry: SetAsideEntry) => {
    setStatus({ ...currentStatus, setAside: [...currentStatus.setAside, entry] });
  };

  // One operation at a time, in call order: a read issued after a write sees that write even
  // when the write ended up in memory, and migrations/set-asides never interleave.
  let tail: Promise<unknown> = Promise.resolve();
  const serially = <R>(operation: () => Promise<R>): Promise<R> => {
    const run = tail.then(operation);
    tail = run.catch(() => undefined);
    return run;
  };

  // Tells this page's writes from every other page's, in the records' writeId.
  const page = Math.random().toString(36).slice(2, 10);
  const makeRecord = <T>(spec: RecordSpec<T>, data: T, write?: number): StoredRecord<T> => ({
    version: spec.version,
    savedAt: now().toISOString(),
    data,
    ...(write === undefined ? {} : { writeId: `${page}:${write}` }),
  });

  /** Handles a bad or outdated record when IndexedDB cannot be written: the fix lives in memory. */
  const repairInMemory = <T>(spec: RecordSpec<T>, raw: unknown, outcome: Outcome<T>): T => {
    if (outcome.kind === 'ok') return outcome.data;
    if (outcome.kind === 'migrated') {
      memory.set(spec.key, makeRecord(spec, outcome.data));
      return structuredClone(outcome.data);
    }
    if (outcome.kind === 'salvaged') {
      const at = now().toISOString();
      const storedAs = freeSetAsideKey(spec.key, at, (key) => memory.has(key));
      memory.set(storedAs, rejectedRecord(raw, outcome.rejected));
      memory.set(spec.key, makeRecord(spec, outcome.data));
      noteSetAside({ key: spec.key, at, reason: 'invalid-items', storedAs, items: outcome.rejected.length });
      return structuredClone(outcome.data);
    }
    if (outcome.kind === 'bad') {
      const at = now().toISOString();
      const storedAs = freeSetAsideKey(spec.key, at, (key) => memory.has(key));
      memory.set(storedAs, raw);
      memory.set(spec.key, undefined);
      noteSetAside({ key: spec.key, at, reason: outcome.reason, storedAs });
    }
    return spec.fallback();
  };

  const repairInDatabase = <T>(spec: RecordSpec<T>) =>
    repairRecord(idb, spec, now().toISOString(), (data: T) => makeRecord(spec, data));

  /**
   * Writes what an earlier page noted in the journal but may not have committed, unless IndexedDB
   * already holds that record or a newer one (another tab's). Runs before anything else is read.
   */
  const replay = async (leftover: Leftover): Promise<void> => {
    if (!isStorageKey(leftover.key) || !isStoredRecord(leftover.record)) return leftover.forget();
    try {
      const current: unknown = await get(leftover.key, idb.use);
      const newer = isStoredRecord(current) && String(current.savedAt) > String(leftover.record.savedAt);
      if (!newer) await set(leftover.key, leftover.record, idb.use);
      leftover.forget();
    } catch (error) {
      // Saving is off: the journal keeps the record for a later start, and this page has it in memory.
      storageFailed(error);
      memory.set(leftover.key, structuredClone(leftover.record));
    }
  };
  const leftovers = journal.leftovers();
  if (leftovers.length > 0) {
    void serially(async () => {
      for (const leftover of leftovers) await replay(leftover);
    });
  }

  const readNow = async <T>(spec: RecordSpec<T>): Promise<T> => {
    const value = await readUncached(spec);
    // While a write of this key is pending, `known` already holds what it will save: keep that.
    if (!pending.has(spec.key)) known.set(spec.key, structuredClone(value));
    return value;
  };

  const readUncached = async <T>(spec: RecordSpec<T>): Promise<T> => {
    if (memory.has(spec.key)) {
      const raw = memory.get(spec.key);
      const outcome = classify(spec, raw);
      if (outcome.kind === 'missing') return spec.fallback();
      // Copies, so a caller mutating what it got cannot change what is "saved".
      return outcome.kind === 'ok' ? structuredClone(outcome.data) : repairInMemory(spec, raw, outcome);
    }
    let raw: unknown;
    try {
      raw = await get(spec.key, idb.use);
    } catch (error) {
      storageFailed(error);
      return spec.fallback();
    }
    storedWrite.set(spec.key, isStoredRecord(raw) ? raw.writeId : undefined);
    const outcome = classify(spec, raw);
    if (outcome.kind === 'ok') return outcome.data;
    if (outcome.kind === 'missing') return spec.fallback();
    if (savingOff) return repairInMemory(spec, raw, outcome);
    try {
      return afterRepair(spec, await repairInDatabase(spec));
    } catch (error) {
      storageFailed(error);
      return repairInMemory(spec, raw, outcome);
    }
  };

  /** What a repair in the database leaves to show, with what it set aside reported. */
  const afterRepair = <T>(spec: RecordSpec<T>, repaired: Repaired<T>): T => {
    const { outcome, storedAs, at } = repaired;
    if (outcome.kind === 'salvaged' && storedAs) {
      noteSetAside({ key: spec.key, at, reason: 'invalid-items', storedAs, items: outcome.rejected.length });
    }
    if (outcome.kind === 'bad' && storedAs) noteSetAside({ key: spec.key, at, reason: outcome.reason, storedAs });
    return outcome.kind === 'ok' || outcome.kind === 'migrated' || outcome.kind === 'salvaged'
      ? outcome.data
      : spec.fallback();
  };

  const writeNow = async <T>(spec: RecordSpec<T>, value: T, write: number): Promise<void> => {
    known.set(spec.key, structuredClone(value));
    const record = makeRecord(spec, value);
    journal.note(spec.key, record, write);
    if (!savingOff) {
      try {
        await set(spec.key, record, idb.use);
        journal.done(spec.key, write);
        memory.delete(spec.key);
        notifyKey(spec.key);
        announce(spec.key);
        return;
      } catch (error) {
        // Quota, private mode, a closed connection: keep the value, say that saving is off.
        storageFailed(error);
      }
    }
    memory.set(spec.key, structuredClone(record));
    notifyKey(spec.key);
  };

  /** Notes a write as pending until it has run (in the journal too), and its value as what the key now holds. */
  const expect = <T>(spec: RecordSpec<T>, value: T, write: number): PendingWrite & { writeId?: string } => {
    known.set(spec.key, structuredClone(value));
    const record = makeRecord(spec, value, write);
    journal.note(spec.key, record, write);
    return { ...pending.add(spec.key, record), writeId: record.writeId };
  };

  /** A write whose record the hide flush already committed: it is saved, so only tell the listeners. */
  const flushed = <T>(spec: RecordSpec<T>, write: PendingWrite, number: number): void => {
    write.settle();
    journal.done(spec.key, number);
    memory.delete(spec.key);
    notifyKey(spec.key);
    announce(spec.key);
  };

  const assertValid = <T>(spec: RecordSpec<T>, value: unknown): void => {
    if (!spec.validate(value)) {
      throw new Error(`Refusing to save "${spec.key}": the value does not pass its validator (a bug in the caller).`);
    }
  };

  return {
    read: (spec) => serially(() => readNow(spec)),

    write: (spec, value) => {
      try {
        assertValid(spec, value);
      } catch (error) {
        return Promise.reject(error);
      }
      const number = ++sequence;
      const write = expect(spec, value, number);
      return serially(async () => {
        if (await write.committedByFlush()) return flushed(spec, write, number);
        try {
          await writeNow(spec, value, number);
        } finally {
          write.settle();
        }
      });
    },

    update: <T>(spec: RecordSpec<T>, updater: (prev: T) => T) => {
      // What the update will save, worked out now from the last value this tab knows: should the
      // page be hidden before the update has written, that is what the flush saves.
      const number = ++sequence;
      let expected: { value: T; write: PendingWrite & { writeId?: string } } | undefined;
      if (known.has(spec.key)) {
        const guess = updater(structuredClone(known.get(spec.key) as T));
        if (spec.validate(guess)) expected = { value: guess, write: expect(spec, guess, number) };
      }
      // A flush, or the journal's replay by a later page while this one waited in the back/forward
      // cache, saved a value built on everything this tab knew, this update included: writing again
      // on top would apply it twice (an entry added twice) or undo a later one.
      const savedByFlush = async () => {
        if (!expected) return false;
        const replayed = storedWrite.get(spec.key) === expected.write.writeId;
        if (!replayed && !(await expected.write.committedByFlush())) return false;
        flushed(spec, expected.write, number);
        return true;
      };
      return serially(async () => {
        try {
          if (expected && (await savedByFlush())) return expected.value;
          const next = updater(await readNow(spec));
          assertValid(spec, next);
          if (expected && (await savedByFlush())) return expected.value;
          await writeNow(spec, next, number);
          return next;
        } catch (error) {
          // The updater or its result failed (a bug in the caller): nothing of it may be replayed.
          journal.done(spec.key, number);
          throw error;
        } finally {
          expected?.write.settle();
        }
      });
    },

    status: () => currentStatus,

    subscribe: (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },

    subscribeKey: (key, listener) => {
      let listeners = keyListeners.get(key);
      if (!listeners) keyListeners.set(key, (listeners = new Set()));
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    exportAll: () =>
      serially(async () => {
        const all: Record<string, unknown> = {};
        try {
          for (const [key, value] of await entries(idb.use)) all[String(key)] = value;
        } catch (error) {
          storageFailed(error);
        }
        for (const [key, value] of memory) {
          if (value === undefined) delete all[key];
          else all[key] = structuredClone(value);
        }
        return all;
      }),

    deleteAll: () =>
      serially(async () => {
        memory.clear();
        known.clear();
        journal.clear();
        setStatus({ ...currentStatus, setAside: [] });
        let failure: unknown;
        try {
          await clear(idb.use);
        } catch (error) {
          failure = error;
          storageFailed(error);
        }
        for (const key of Object.values(storageKeys)) {
          notifyKey(key);
          if (!failure) announce(key);
        }
        if (failure) throw new Error('The browser did not let us delete the saved data.', { cause: failure });
      }),

    close: () => {
      pending.dispose();
      globalThis.window?.removeEventListener('pagehide', closeOnHide);
      channel?.close();
      idb.close();
    },
  };
}

// Ask once per page: the answer does not change while the page lives.
const persistenceAsked = new WeakMap<object, Promise<boolean | undefined>>();

/** The part of `navigator` that requestPersistence uses. */
export interface PersistenceNavigator {
  storage?: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };
}

/**
 * Asks the browser to keep our data under storage pressure. Without this, "best-effort" storage
 * may be evicted when the disk fills up, silently taking a patient's pain diary with it.
 * Chrome decides without asking (installed apps are granted); Firefox may show a prompt, so we
 * check `persisted()` first and only ask once. Resolves to the answer, or undefined when the
 * browser has no such API or it failed.
 */
export function requestPersistence(
  nav: PersistenceNavigator | undefined = globalThis.navigator,
): Promise<boolean | undefined> {
  const storage = nav?.storage;
  if (!nav || !storage?.persist) return Promise.resolve(undefined);
  const earlier = persistenceAsked.get(nav);
  if (earlier) return earlier;
  const asking = (async () => {
    try {
      // Called as methods: StorageManager functions throw "Illegal invocation" when detached.
      if (storage.persisted && (await storage.persisted())) return true;
      return await storage.persist?.();
    } catch {
      return undefined;
    }
  })();
  persistenceAsked.set(nav, asking);
  return asking;
}
