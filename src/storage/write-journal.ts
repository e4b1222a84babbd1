/**
 * A write-ahead journal in localStorage for the record store. IndexedDB commits asynchronously; a
 * page torn down in the same instant as a tap (pull to refresh, the app swiped away) can lose a
 * write still in flight: Chromium aborts a document's unfinished transactions when it goes, even one
 * whose commit was already asked for on `pagehide`. localStorage is written synchronously and
 * survives the reload, so every record is noted here before its IndexedDB write and forgotten once
 * IndexedDB has committed it. What a page left behind is written at the next start (see replay in
 * record-store.ts). When the browser refuses IndexedDB altogether, the journal keeps the newest value
 * of each record across reloads for as long as localStorage still accepts it.
 */
import { isObject } from './validators';

/** One journal entry: the record meant for `key`, and which write noted it. */
interface Entry {
  /** `<store instance>:<sequence>`: only the write that noted an entry may forget it. */
  id: string;
  record: unknown;
}

/** What a page left in the journal: records that may not have reached IndexedDB. */
export interface Leftover {
  key: string;
  /** As noted; the record store checks it like anything else read from storage. */
  record: unknown;
  /** Forgets this entry, unless a newer write has replaced it since. */
  forget(): void;
}

/** The journal of one record store (one database). */
export interface WriteJournal {
  /**
   * Notes `record` as what `key` is about to hold, for the write numbered `sequence` (call order in
   * this tab). An earlier write of the same key never replaces a later one's entry. Synchronous; a
   * localStorage that refuses (full, private mode) leaves the write to IndexedDB alone.
   */
  note(key: string, record: unknown, sequence: number): void;
  /** IndexedDB has committed the write numbered `sequence`: forget its entry (not a later one's). */
  done(key: string, sequence: number): void;
  /** The entries of this database found in localStorage, from pages before this one. */
  leftovers(): Leftover[];
  /** Forgets every entry (delete everything). */
  clear(): void;
}

function readEntry(storageKey: string): Entry | undefined {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (isObject(parsed) && typeof parsed.id === 'string' && 'record' in parsed) {
      return { id: parsed.id, record: parsed.record };
    }
  } catch {
    // Unreadable (not JSON, or localStorage itself refused): there is nothing to replay.
  }
  return undefined;
}

function removeItem(storageKey: string): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // A localStorage that refuses: the entry stays, and replaying it later is harmless.
  }
}

/** The journal of database `dbName`, under localStorage keys `rugplan-journal:<dbName>:<record key>`. */
export function createWriteJournal(dbName: string): WriteJournal {
  const prefix = `rugplan-journal:${dbName}:`;
  // Tells this page's entries from another tab's: only ours are compared by sequence.
  const instance = Math.random().toString(36).slice(2, 10);
  const idOf = (sequence: number) => `${instance}:${sequence}`;
  const sequenceOf = (id: string) => (id.startsWith(`${instance}:`) ? Number(id.slice(instance.length + 1)) : -1);

  return {
    note: (key, record, sequence) => {
      const existing = readEntry(prefix + key);
      if (existing && sequenceOf(existing.id) > sequence) return;
      try {
        localStorage.setItem(prefix + key, JSON.stringify({ id: idOf(sequence), record }));
      } catch {
        // Full or refused: IndexedDB's own write still runs; only the head start is lost.
      }
    },
    done: (key, sequence) => {
      if (readEntry(prefix + key)?.id === idOf(sequence)) removeItem(prefix + key);
    },
    leftovers: () => {
      const found: Leftover[] = [];
      let keys: string[];
      try {
        keys = Object.keys(localStorage).filter((storageKey) => storageKey.startsWith(prefix));
      } catch {
        return found;
      }
      for (const storageKey of keys) {
        const entry = readEntry(storageKey);
        if (!entry) {
          removeItem(storageKey);
          continue;
        }
        found.push({
          key: storageKey.slice(prefix.length),
          record: entry.record,
          forget: () => {
            if (readEntry(storageKey)?.id === entry.id) removeItem(storageKey);
          },
        });
      }
      return found;
    },
    clear: () => {
      try {
        for (const storageKey of Object.keys(localStorage)) if (storageKey.startsWith(prefix)) removeItem(storageKey);
      } catch {
        // Nothing can be listed, so nothing of ours was kept there either.
      }
    },
  };
}
