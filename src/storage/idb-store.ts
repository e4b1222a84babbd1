/**
 * An idb-keyval store on a chosen IDBFactory. idb-keyval's own `createStore` always uses the
 * global `indexedDB`; this is the same few lines with the factory passed in, so the tests can give
 * each test a fresh fake-indexeddb and the app a guarded global. idb-keyval's get/set/entries/clear
 * run unchanged on top of it.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval';

/** An idb-keyval store plus a way to close its connection. */
export interface IdbStore {
  /** Runs `callback` in a transaction on the object store (idb-keyval's `UseStore` shape). */
  use: UseStore;
  /**
   * Closes the connection, if one is open, for a page being left: writes under way commit, reads
   * under way are stopped (and run again should the page come back from the back/forward cache).
   */
  close(): void;
  /**
   * Puts `entries` in one readwrite transaction started right now, synchronously, and commits it at
   * once: for a page that is being hidden or unloaded, where no later callback may run. Undefined
   * when no connection is open yet (then there is nothing it could write through).
   */
  putNow(entries: readonly (readonly [string, unknown])[]): Promise<void> | undefined;
}

// "strict": the transaction completes only once the browser has flushed it to disk. Chromium's
// default became "relaxed" (complete before the disk write), so a phone that dies right after
// "Opgeslagen" could lose the entry. Writes here are a tap's worth, so the wait costs nothing felt.
const durable: IDBTransactionOptions = { durability: 'strict' };

/** Error for a browser that offers no IndexedDB at all; its name becomes the status reason. */
function unavailable(): Error {
  const error = new Error('IndexedDB is not available in this browser');
  error.name = 'IndexedDBUnavailable';
  return error;
}

function globalIndexedDB(): IDBFactory | undefined {
  // Reading `indexedDB` itself throws a SecurityError in some sandboxed iframes and when
  // third-party storage is blocked, so even the lookup is guarded.
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}

/** Opens (lazily, on first use) `dbName` with one object store `storeName` on `factory` or the global indexedDB. */
export function createIdbStore(dbName: string, storeName: string, factory?: IDBFactory): IdbStore {
  let dbp: Promise<IDBDatabase> | undefined;
  let db: IDBDatabase | undefined;
  // Readwrite transactions not yet complete, for putNow to hurry along.
  const writing = new Set<IDBTransaction>();
  // Readonly transactions not yet complete, for close to stop. In WebKit, a read still running when
  // its page was left stayed open in the database for good, and every later write waited behind it:
  // after one reload in a bad moment, no setting or diary entry saved until the browser restarted
  // (seen in WebKitGTK 2.50 in about half of 20 core-path walks; in none of 10 since reads are stopped).
  const reading = new Set<IDBTransaction>();
  const stoppedOnClose = new WeakSet<IDBTransaction>();

  const getDB = (): Promise<IDBDatabase> => {
    if (dbp) return dbp;
    const idb = factory ?? globalIndexedDB();
    if (!idb) return Promise.reject(unavailable());
    let request: IDBOpenDBRequest;
    try {
      // open() can throw synchronously (SecurityError on opaque origins); older Firefox private
      // windows instead fire an error event (InvalidStateError). Both end up as a rejection.
      request = idb.open(dbName);
    } catch (error) {
      return Promise.reject(error);
    }
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    const opening = promisifyRequest(request);
    dbp = opening;
    opening.then(
      (opened) => {
        db = opened;
        // Safari sometimes drops the connection; reopen on next use instead of failing forever.
        opened.onclose = () => {
          dbp = undefined;
          db = undefined;
        };
        // Another tab with a newer schema wants to upgrade: step aside rather than block it.
        opened.onversionchange = () => {
          opened.close();
          dbp = undefined;
          db = undefined;
        };
      },
      () => {
        // Retry opening on the next call: a failure can be temporary.
        dbp = undefined;
      },
    );
    return opening;
  };

  /** A transaction, kept in `writing` or `reading` until it completes or aborts. */
  const begin = (opened: IDBDatabase, txMode: IDBTransactionMode): IDBTransaction => {
    const tx =
      txMode === 'readwrite' ? opened.transaction(storeName, txMode, durable) : opened.transaction(storeName, txMode);
    const running = txMode === 'readwrite' ? writing : reading;
    running.add(tx);
    const done = () => running.delete(tx);
    tx.addEventListener('complete', done);
    tx.addEventListener('abort', done);
    return tx;
  };

  const use: UseStore = (txMode, callback) =>
    getDB().then((opened) => {
      const tx = begin(opened, txMode);
      return Promise.resolve(callback(tx.objectStore(storeName))).catch((error: unknown) => {
        // A read stopped by close, on a page that came back: read again, on a new connection.
        if (stoppedOnClose.has(tx)) return use(txMode, callback);
        throw error;
      });
    });

  return {
    use,
    close: () => {
      for (const read of reading) {
        stoppedOnClose.add(read);
        try {
          read.abort();
        } catch {
          // Finished in the meantime: nothing to stop.
        }
      }
      db?.close();
      db = undefined;
      dbp = undefined;
    },
    putNow: (entries) => {
      // A write already under way would otherwise wait for the event loop to commit, which a page
      // being unloaded never gets back: send its commit now too. A save has made its one put by
      // then; a repair cut short here leaves the original record where it was, so nothing is lost.
      for (const tx of writing) {
        try {
          tx.commit?.();
        } catch {
          // Already committing or finished: nothing to hurry.
        }
      }
      if (!db || entries.length === 0) return undefined;
      let tx: IDBTransaction;
      try {
        tx = db.transaction(storeName, 'readwrite', durable);
        const store = tx.objectStore(storeName);
        for (const [key, value] of entries) store.put(value, key);
        // Sends the commit now instead of when the event loop next turns (it may never turn again
        // in a page being unloaded). Safari before 15 lacks commit(); auto-commit follows there.
        tx.commit?.();
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('transaction aborted'));
      });
    },
  };
}
