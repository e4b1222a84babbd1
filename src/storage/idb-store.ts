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

/** One database connection and the transactions running on it. */
interface Connection {
  dbName: string;
  storeName: string;
  factory: IDBFactory | undefined;
  /** The connection being opened or open; undefined until first use and after it closed. */
  dbp?: Promise<IDBDatabase>;
  /** The open connection, once `dbp` has settled: putNow must start its transaction synchronously. */
  db?: IDBDatabase;
  /** Readwrite transactions not yet complete, for putNow to hurry along. */
  writing: Set<IDBTransaction>;
  /**
   * Readonly transactions not yet complete, for close to stop. In WebKit, a read still running when
   * its page was left stayed open in the database for good, and every later write waited behind it:
   * after one reload in a bad moment, no setting or diary entry saved until the browser restarted
   * (seen in WebKitGTK 2.50 in about half of 20 core-path walks; in none of 10 since reads are stopped).
   */
  reading: Set<IDBTransaction>;
  /** The reads close stopped: their callers get them run again instead of an error. */
  stoppedOnClose: WeakSet<IDBTransaction>;
}

/** Drops the connection, so the next use opens a new one. */
function forget(conn: Connection): void {
  conn.dbp = undefined;
  conn.db = undefined;
}

/** Keeps `opened` as the connection, and lets it go when the browser or another tab ends it. */
function adopt(conn: Connection, opened: IDBDatabase): void {
  conn.db = opened;
  // Safari sometimes drops the connection; reopen on next use instead of failing forever.
  opened.onclose = () => forget(conn);
  // Another tab with a newer schema wants to upgrade: step aside rather than block it.
  opened.onversionchange = () => {
    opened.close();
    forget(conn);
  };
}

/** The connection, opened on first use (and again after it closed or failed to open). */
function connect(conn: Connection): Promise<IDBDatabase> {
  if (conn.dbp) return conn.dbp;
  const idb = conn.factory ?? globalIndexedDB();
  if (!idb) return Promise.reject(unavailable());
  let request: IDBOpenDBRequest;
  try {
    // open() can throw synchronously (SecurityError on opaque origins); older Firefox private
    // windows instead fire an error event (InvalidStateError). Both end up as a rejection.
    request = idb.open(conn.dbName);
  } catch (error) {
    return Promise.reject(error);
  }
  request.onupgradeneeded = () => request.result.createObjectStore(conn.storeName);
  const opening = promisifyRequest(request);
  conn.dbp = opening;
  opening.then(
    (opened) => adopt(conn, opened),
    () => {
      // Retry opening on the next call: a failure can be temporary.
      conn.dbp = undefined;
    },
  );
  return opening;
}

/** A transaction, kept in `writing` or `reading` until it completes or aborts. */
function begin(conn: Connection, opened: IDBDatabase, txMode: IDBTransactionMode): IDBTransaction {
  const tx =
    txMode === 'readwrite'
      ? opened.transaction(conn.storeName, txMode, durable)
      : opened.transaction(conn.storeName, txMode);
  const running = txMode === 'readwrite' ? conn.writing : conn.reading;
  running.add(tx);
  const done = () => running.delete(tx);
  tx.addEventListener('complete', done);
  tx.addEventListener('abort', done);
  return tx;
}

/** idb-keyval's `UseStore` on this connection. */
function keyvalStore(conn: Connection): UseStore {
  const use: UseStore = (txMode, callback) =>
    connect(conn).then((opened) => {
      const tx = begin(conn, opened, txMode);
      return Promise.resolve(callback(tx.objectStore(conn.storeName))).catch((error: unknown) => {
        // A read stopped by close, on a page that came back: read again, on a new connection.
        if (conn.stoppedOnClose.has(tx)) return use(txMode, callback);
        throw error;
      });
    });
  return use;
}

/** Stops the reads under way (to run again if the page comes back) and closes the connection. */
function close(conn: Connection): void {
  for (const read of conn.reading) {
    conn.stoppedOnClose.add(read);
    try {
      read.abort();
    } catch {
      // Finished in the meantime: nothing to stop.
    }
  }
  conn.db?.close();
  forget(conn);
}

/**
 * Sends the commit of every write under way now: it would otherwise wait for the event loop, which
 * a page being unloaded never gets back. A save has made its one put by then; a repair cut short
 * here leaves the original record where it was, so nothing is lost.
 */
function hurryWrites(conn: Connection): void {
  for (const tx of conn.writing) {
    try {
      tx.commit?.();
    } catch {
      // Already committing or finished: nothing to hurry.
    }
  }
}

/** See IdbStore.putNow. */
function putNow(conn: Connection, entries: readonly (readonly [string, unknown])[]): Promise<void> | undefined {
  hurryWrites(conn);
  if (!conn.db || entries.length === 0) return undefined;
  let tx: IDBTransaction;
  try {
    tx = conn.db.transaction(conn.storeName, 'readwrite', durable);
    const store = tx.objectStore(conn.storeName);
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
}

/** Opens (lazily, on first use) `dbName` with one object store `storeName` on `factory` or the global indexedDB. */
export function createIdbStore(dbName: string, storeName: string, factory?: IDBFactory): IdbStore {
  const conn: Connection = {
    dbName,
    storeName,
    factory,
    writing: new Set(),
    reading: new Set(),
    stoppedOnClose: new WeakSet(),
  };
  return {
    use: keyvalStore(conn),
    close: () => close(conn),
    putNow: (entries) => putNow(conn, entries),
  };
}
