/** The record store's operations on every record at once: the backup export and delete everything. */
import { clear, entries } from 'idb-keyval';
import { storageKeys } from './keys';
import type { RecordCore } from './record-core';

/** Every saved record by key, set-aside ones included, as stored; what lives in memory wins. */
export function exportAll(core: RecordCore): Promise<Record<string, unknown>> {
  return core.serially(async () => {
    const all: Record<string, unknown> = {};
    try {
      for (const [key, value] of await entries(core.idb.use)) all[String(key)] = value;
    } catch (error) {
      core.status.failed(error);
    }
    for (const [key, value] of core.memory) {
      if (value === undefined) delete all[key];
      else all[key] = structuredClone(value);
    }
    return all;
  });
}

/** Deletes everything, saved and in memory; rejects if the browser would not clear its copy. */
export function deleteAll(core: RecordCore): Promise<void> {
  return core.serially(async () => {
    core.memory.clear();
    core.known.clear();
    core.journal.clear();
    core.status.clearSetAside();
    let failure: unknown;
    try {
      await clear(core.idb.use);
    } catch (error) {
      failure = error;
      core.status.failed(error);
    }
    // This tab's screens show the defaults now; the other tabs re-read only when the database was
    // really cleared (otherwise it holds what they show already).
    for (const key of Object.values(storageKeys)) {
      core.notices.notify(key);
      if (!failure) core.notices.announce(key);
    }
    if (failure) throw new Error('The browser did not let us delete the saved data.', { cause: failure });
  });
}
