/**
 * The first thing a record store does: write what an earlier page noted in the journal but may not
 * have committed (write-journal.ts), before anything else is read.
 */
import { get, set } from 'idb-keyval';
import { isStorageKey } from './keys';
import { isStoredRecord } from './record-classify';
import type { RecordCore } from './record-core';
import type { Leftover } from './write-journal';

/** Writes one leftover, unless IndexedDB already holds that record or a newer one (another tab's). */
async function replay(core: RecordCore, leftover: Leftover): Promise<void> {
  if (!isStorageKey(leftover.key) || !isStoredRecord(leftover.record)) return leftover.forget();
  try {
    const current: unknown = await get(leftover.key, core.idb.use);
    const newer = isStoredRecord(current) && String(current.savedAt) > String(leftover.record.savedAt);
    if (!newer) await set(leftover.key, leftover.record, core.idb.use);
    leftover.forget();
  } catch (error) {
    // Saving is off: the journal keeps the record for a later start, and this page has it in memory.
    core.status.failed(error);
    core.memory.set(leftover.key, structuredClone(leftover.record));
  }
}

/** Queues the replay of every leftover as the store's first operation; call it right after creating the core. */
export function replayJournal(core: RecordCore): void {
  const leftovers = core.journal.leftovers();
  if (leftovers.length === 0) return;
  void core.serially(async () => {
    for (const leftover of leftovers) await replay(core, leftover);
  });
}
