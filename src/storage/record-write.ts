/**
 * The record store's writes. Each is noted at the tap, as what the key is about to hold, in the
 * pending writes (flushed if the page is hidden before its turn) and in the write-ahead journal
 * (replayed by the next page if this one dies first); then it runs in its turn. A write whose
 * record the flush or a replay already saved is not written a second time.
 */
import { set } from 'idb-keyval';
import type { RecordSpec } from './record-classify';
import type { RecordCore } from './record-core';
import { readRecord } from './record-read';
import type { PendingWrite } from './pending-writes';

/** A pending write, with the writeId of its record (see StoredRecord.writeId). */
type NotedWrite = PendingWrite & { writeId?: string };

/** What an update is expected to save, worked out at the tap. */
interface Expected<T> {
  value: T;
  write: NotedWrite;
}

function assertValid<T>(spec: RecordSpec<T>, value: unknown): void {
  if (!spec.validate(value)) {
    throw new Error(`Refusing to save "${spec.key}": the value does not pass its validator (a bug in the caller).`);
  }
}

/** Tells this tab's listeners and the other tabs that `spec.key` now holds a saved value. */
function saved<T>(core: RecordCore, spec: RecordSpec<T>, write: number): void {
  core.journal.done(spec.key, write);
  core.memory.delete(spec.key);
  core.notices.notify(spec.key);
  core.notices.announce(spec.key);
}

/** Saves `value` in IndexedDB, or in memory when the browser refuses (saving is then off). */
async function writeNow<T>(core: RecordCore, spec: RecordSpec<T>, value: T, write: number): Promise<void> {
  core.known.set(spec.key, structuredClone(value));
  const record = core.makeRecord(spec, value);
  core.journal.note(spec.key, record, write);
  if (!core.status.savingOff()) {
    try {
      await set(spec.key, record, core.idb.use);
      saved(core, spec, write);
      return;
    } catch (error) {
      // Quota, private mode, a closed connection: keep the value, say that saving is off.
      core.status.failed(error);
    }
  }
  core.memory.set(spec.key, structuredClone(record));
  core.notices.notify(spec.key);
}

/** Notes a write as pending until it has run (in the journal too), and its value as what the key now holds. */
function expect<T>(core: RecordCore, spec: RecordSpec<T>, value: T, write: number): NotedWrite {
  core.known.set(spec.key, structuredClone(value));
  const record = core.makeRecord(spec, value, write);
  core.journal.note(spec.key, record, write);
  return { ...core.pending.add(spec.key, record), writeId: record.writeId };
}

/** A write whose record the hide flush already committed: it is saved, so only tell the listeners. */
function flushed<T>(core: RecordCore, spec: RecordSpec<T>, write: PendingWrite, number: number): void {
  write.settle();
  saved(core, spec, number);
}

/** Saves `value` for `spec`; rejects (without saving) only for an invalid value. */
export function writeRecord<T>(core: RecordCore, spec: RecordSpec<T>, value: T): Promise<void> {
  try {
    assertValid(spec, value);
  } catch (error) {
    return Promise.reject(error);
  }
  const number = core.nextSequence();
  const write = expect(core, spec, value, number);
  return core.serially(async () => {
    if (await write.committedByFlush()) return flushed(core, spec, write, number);
    try {
      await writeNow(core, spec, value, number);
    } finally {
      write.settle();
    }
  });
}

/**
 * What the update will save, worked out now from the last value this tab knows: should the page be
 * hidden before the update has written, that is what the flush saves. Undefined when this tab knows
 * nothing of the key yet, or the guess is not valid.
 */
function expectUpdate<T>(
  core: RecordCore,
  spec: RecordSpec<T>,
  updater: (prev: T) => T,
  number: number,
): Expected<T> | undefined {
  if (!core.known.has(spec.key)) return undefined;
  const guess = updater(structuredClone(core.known.get(spec.key) as T));
  return spec.validate(guess) ? { value: guess, write: expect(core, spec, guess, number) } : undefined;
}

/**
 * True when a flush, or the journal's replay by a later page while this one waited in the
 * back/forward cache, saved the expected value, built on everything this tab knew, this update
 * included: writing again on top would apply it twice (an entry added twice) or undo a later one.
 */
async function savedByFlush<T>(
  core: RecordCore,
  spec: RecordSpec<T>,
  expected: Expected<T>,
  number: number,
): Promise<boolean> {
  const replayed = core.storedWrite.get(spec.key) === expected.write.writeId;
  if (!replayed && !(await expected.write.committedByFlush())) return false;
  flushed(core, spec, expected.write, number);
  return true;
}

/** Reads the latest saved value, applies `updater`, saves and returns the result. */
export function updateRecord<T>(core: RecordCore, spec: RecordSpec<T>, updater: (prev: T) => T): Promise<T> {
  const number = core.nextSequence();
  const expected = expectUpdate(core, spec, updater, number);
  return core.serially(async () => {
    try {
      if (expected && (await savedByFlush(core, spec, expected, number))) return expected.value;
      const next = updater(await readRecord(core, spec));
      assertValid(spec, next);
      if (expected && (await savedByFlush(core, spec, expected, number))) return expected.value;
      await writeNow(core, spec, next, number);
      return next;
    } catch (error) {
      // The updater or its result failed (a bug in the caller): nothing of it may be replayed.
      core.journal.done(spec.key, number);
      throw error;
    } finally {
      expected?.write.settle();
    }
  });
}
