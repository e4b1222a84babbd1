/**
 * The state one record store's operations share (the read path, the writes, the journal replay,
 * export and delete-all), gathered in one object so each operation can be its own small function.
 */
import { createIdbStore, type IdbStore } from './idb-store';
import type { RecordSpec, StoredRecord } from './record-classify';
import { createKeyNotices, type KeyNotices } from './record-notices';
import { createStatusKeeper, type StatusKeeper } from './record-status';
import { createPendingWrites, type PendingWrites } from './pending-writes';
import { createWriteJournal, type WriteJournal } from './write-journal';

/** Shared by the operations of one record store. */
export interface RecordCore {
  idb: IdbStore;
  /** The clock, for savedAt and set-aside times. */
  now: () => Date;
  /**
   * Records that live only in memory because the browser refused them. `undefined` marks a key
   * whose saved copy is to be treated as gone (it was moved aside in memory).
   */
  memory: Map<string, unknown>;
  /**
   * The last value this tab read or wrote per key, so a write's result is known at the tap (see
   * pending-writes.ts); dropped when another tab writes the key.
   */
  known: Map<string, unknown>;
  /**
   * The writeId of the record last read from IndexedDB per key: an update whose own record (noted
   * at the tap) is already there was written by the flush or by a later page replaying the journal,
   * and must not be applied a second time.
   */
  storedWrite: Map<string, string | undefined>;
  pending: PendingWrites;
  /** Every write is noted in localStorage first (write-journal.ts). */
  journal: WriteJournal;
  status: StatusKeeper;
  notices: KeyNotices;
  /**
   * Numbers the writes in call order, so an earlier write never replaces a later one's journal
   * note, and an update can recognise its own record (writeId).
   */
  nextSequence(): number;
  /**
   * Runs one operation at a time, in call order: a read issued after a write sees that write even
   * when the write ended up in memory, and migrations/set-asides never interleave.
   */
  serially<R>(operation: () => Promise<R>): Promise<R>;
  /** The record to save for `data`; with `write`, marked as that write's (see StoredRecord.writeId). */
  makeRecord<T>(spec: RecordSpec<T>, data: T, write?: number): StoredRecord<T>;
}

/** What createCore needs: the database, its IndexedDB, the tab channel's name and the clock. */
export interface CoreOptions {
  dbName: string;
  indexedDB: IDBFactory | undefined;
  channelName: string;
  now: () => Date;
}

function serialQueue(): RecordCore['serially'] {
  let tail: Promise<unknown> = Promise.resolve();
  return (operation) => {
    const run = tail.then(operation);
    tail = run.catch(() => undefined);
    return run;
  };
}

function sequenceCounter(): () => number {
  let sequence = 0;
  return () => ++sequence;
}

function recordMaker(now: () => Date): RecordCore['makeRecord'] {
  // Tells this page's writes from every other page's, in the records' writeId.
  const page = Math.random().toString(36).slice(2, 10);
  return (spec, data, write) => ({
    version: spec.version,
    savedAt: now().toISOString(),
    data,
    ...(write === undefined ? {} : { writeId: `${page}:${write}` }),
  });
}

export function createCore(options: CoreOptions): RecordCore {
  const idb = createIdbStore(options.dbName, 'records', options.indexedDB);
  const status = createStatusKeeper();
  const known = new Map<string, unknown>();
  return {
    idb,
    now: options.now,
    memory: new Map(),
    known,
    storedWrite: new Map(),
    pending: createPendingWrites(idb.putNow, () => !status.savingOff()),
    journal: createWriteJournal(options.dbName),
    status,
    // Another tab wrote the key: what this tab last knew of it is no longer what it holds.
    notices: createKeyNotices(options.channelName, (key) => known.delete(key)),
    nextSequence: sequenceCounter(),
    serially: serialQueue(),
    makeRecord: recordMaker(options.now),
  };
}
