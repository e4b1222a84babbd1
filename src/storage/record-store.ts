/**
 * The one owner of everything saved. Every record is versioned and validated on read; a record
 * that cannot be read is moved aside (kept, never deleted) and reported; when the browser refuses
 * to save, values live on in memory and the status says saving is off. Nothing here throws for a
 * storage failure: a patient in pain must never see the app break because of the disk.
 *
 * The operations are modules of their own on one shared state (record-core.ts): the read path with
 * its repair (record-read.ts), the writes (record-write.ts), the journal replay (journal-replay.ts),
 * export and delete-all (record-bulk.ts), the status (record-status.ts) and the write notices
 * (record-notices.ts). This file puts them together.
 */
import { deleteAll, exportAll } from './record-bulk';
import type { RecordSpec } from './record-classify';
import { createCore, type RecordCore } from './record-core';
import { readRecord } from './record-read';
import { replayJournal } from './journal-replay';
import type { StorageKey } from './keys';
import type { StorageStatus } from './record-status';
import { updateRecord, writeRecord } from './record-write';

export type { RecordSpec, SetAsideReason, StoredRecord } from './record-classify';
export type { SetAsideEntry, StorageStatus } from './record-status';

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

/**
 * The page is being left (or frozen in the back/forward cache): after the pending writes' flush
 * (whose pagehide listener was added first, with the core), the connection closes, writes under
 * way commit and reads under way stop (see idb-store.ts: in WebKit a read left running blocked
 * every later write of every page). A page that comes back reopens it on its next read or write,
 * and a stopped read runs again. Returns the function that stops listening.
 */
function closeOnHide(core: RecordCore): () => void {
  const close = () => core.idb.close();
  globalThis.window?.addEventListener('pagehide', close);
  return () => globalThis.window?.removeEventListener('pagehide', close);
}

/** Creates a record store on IndexedDB (database `dbName`, object store `records`). */
export function createRecordStore(options: RecordStoreOptions = {}): RecordStore {
  const dbName = options.dbName ?? 'rugplan';
  const core = createCore({
    dbName,
    indexedDB: options.indexedDB,
    channelName: options.channelName ?? `rugplan-storage:${dbName}`,
    now: options.now ?? (() => new Date()),
  });
  const stopClosingOnHide = closeOnHide(core);
  replayJournal(core);
  return {
    read: (spec) => core.serially(() => readRecord(core, spec)),
    write: (spec, value) => writeRecord(core, spec, value),
    update: (spec, updater) => updateRecord(core, spec, updater),
    status: core.status.status,
    subscribe: core.status.subscribe,
    subscribeKey: core.notices.subscribeKey,
    exportAll: () => exportAll(core),
    deleteAll: () => deleteAll(core),
    close: () => {
      core.pending.dispose();
      stopClosingOnHide();
      core.notices.close();
      core.idb.close();
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
