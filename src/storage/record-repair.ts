/**
 * The repair step of the record store: a record that cannot be used as it is gets migrated and
 * written back, or moved aside under a free `set-aside:` key (kept, never deleted); for a list with
 * bad items, only those items are moved aside.
 */
import type { IdbStore } from './idb-store';
import { setAsideKey, type StorageKey } from './keys';
import { classify, rejectedRecord, type Outcome, type RecordSpec, type StoredRecord } from './record-classify';

/** What the repair found and did; `storedAs` is where a bad record or bad items now are. */
export interface Repaired<T> {
  raw: unknown;
  outcome: Outcome<T>;
  storedAs?: string;
  at: string;
}

/** The first `set-aside:` key for `key` at `at` that `taken` says is free (two in one millisecond must not collide). */
export function freeSetAsideKey(key: StorageKey, at: string, taken: (candidate: string) => boolean): string {
  const base = setAsideKey(key, at);
  let candidate = base;
  for (let n = 1; taken(candidate); n += 1) candidate = `${base}~${n}`;
  return candidate;
}

/**
 * Moves a bad record aside or writes a migrated one back, in one readwrite transaction that
 * re-reads the record first: another tab may have repaired or replaced it in the meantime.
 */
export function repairRecord<T>(
  idb: IdbStore,
  spec: RecordSpec<T>,
  at: string,
  makeRecord: (data: T) => StoredRecord<T>,
): Promise<Repaired<T>> {
  return idb.use('readwrite', (store) => {
    return new Promise<Omit<Repaired<T>, 'at'>>((resolve, reject) => {
      let result: Omit<Repaired<T>, 'at'> = {
        raw: undefined,
        outcome: { kind: 'missing' },
      };
      const tx = store.transaction;
      tx.oncomplete = () => resolve(result);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
      const request = store.get(spec.key);
      request.onsuccess = () => {
        const raw: unknown = request.result;
        const outcome = classify(spec, raw);
        result = { raw, outcome };
        if (outcome.kind === 'migrated') {
          store.put(makeRecord(outcome.data), spec.key);
        } else if (outcome.kind === 'bad' || outcome.kind === 'salvaged') {
          // Find a free set-aside key (two failures in the same millisecond must not overwrite).
          const base = setAsideKey(spec.key, at);
          const tryKey = (n: number) => {
            const candidate = n === 0 ? base : `${base}~${n}`;
            const count = store.count(candidate);
            count.onsuccess = () => {
              if (count.result > 0) return tryKey(n + 1);
              if (outcome.kind === 'salvaged') {
                // Only the bad items go aside; the good ones are written back and keep showing.
                store.put(rejectedRecord(raw, outcome.rejected), candidate);
                store.put(makeRecord(outcome.data), spec.key);
              } else {
                store.put(raw, candidate);
                store.delete(spec.key);
              }
              result = { raw, outcome, storedAs: candidate };
            };
          };
          tryKey(0);
        }
      };
    }).then((done) => ({ ...done, at }));
  });
}
