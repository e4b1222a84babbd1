/**
 * Writes the app has made but IndexedDB has not committed yet, flushed when the page is hidden or
 * unloaded. Saving runs one operation at a time (read, then write), so a tap's write can still be
 * waiting its turn when the phone locks, the user swipes the app away or pulls to refresh; once the
 * page is gone no callback runs again and that write would be lost. On `pagehide` and on
 * `visibilitychange` to hidden (the last event iOS reliably sends before it may end a page), the
 * newest pending record of every key is put in one transaction that is started and committed there
 * and then. A write whose record a flush committed does not write again when its turn comes.
 */

/** One pending write: its record, and how a flush went for it. */
export interface PendingWrite {
  /** True once a flush has committed this write's record (or a newer one of the same key). */
  committedByFlush(): Promise<boolean>;
  /** The write has run its course (written, skipped or failed): it is no longer pending. */
  settle(): void;
}

/** The pending writes of one record store. */
export interface PendingWrites {
  /** Notes `record` as what `key` is about to hold. */
  add(key: string, record: unknown): PendingWrite;
  /** True while a write of `key` is pending. */
  has(key: string): boolean;
  /** Puts every pending key's newest record now, synchronously started; for the hide events. */
  flush(): void;
  /** Stops listening for the hide events. */
  dispose(): void;
}

interface Entry {
  key: string;
  record: unknown;
  flush?: Promise<boolean>;
}

/**
 * `putNow` starts a transaction synchronously (see IdbStore.putNow) or returns undefined when it
 * cannot; `canWrite` is false while saving is off (the values then live in memory anyway).
 */
export function createPendingWrites(
  putNow: (entries: readonly (readonly [string, unknown])[]) => Promise<void> | undefined,
  canWrite: () => boolean,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined = globalThis.window,
  doc: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> | undefined = globalThis.document,
): PendingWrites {
  const pending = new Set<Entry>();

  const flush = () => {
    if (!canWrite()) return;
    const unflushed = [...pending].filter((entry) => !entry.flush);
    if (unflushed.length === 0) return;
    // The newest record per key: entries are added in call order, so a later one replaces an earlier.
    const newest = new Map<string, unknown>();
    for (const entry of unflushed) newest.set(entry.key, entry.record);
    const putting = putNow([...newest.entries()]);
    if (!putting) return;
    const committed = putting.then(
      () => true,
      () => false,
    );
    for (const entry of unflushed) entry.flush = committed;
  };

  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') flush();
  };
  target?.addEventListener('pagehide', flush);
  doc?.addEventListener('visibilitychange', onVisibility);

  return {
    add: (key, record) => {
      const entry: Entry = { key, record };
      pending.add(entry);
      return {
        committedByFlush: () => entry.flush ?? Promise.resolve(false),
        settle: () => pending.delete(entry),
      };
    },
    has: (key) => [...pending].some((entry) => entry.key === key),
    flush,
    dispose: () => {
      target?.removeEventListener('pagehide', flush);
      doc?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
