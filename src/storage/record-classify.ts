/**
 * What a saved value means, decided without touching storage: the shape of a saved record, the
 * spec that says how one record is saved, and the pure classifier that tells a good record from one
 * to migrate, to salvage (a list with bad items) or to set aside. The record store acts on it.
 */
import type { StorageKey } from './keys';
import { isObject } from './validators';

/** How one record is saved: its key, its current version, how to check it and what to show when absent. */
export interface RecordSpec<T> {
  key: StorageKey;
  version: number;
  validate: (data: unknown) => data is T;
  fallback: () => T;
  /** Turns data saved by an older version into the current shape (validated afterwards). */
  migrate?: (fromVersion: number, data: unknown) => unknown;
  /**
   * For lists: splits data that fails `validate` into the items that pass and the ones that do
   * not, so one bad item is set aside on its own instead of hiding the whole list. Returns
   * undefined when the data is not a list at all (then the whole record is set aside).
   */
  salvage?: (data: unknown) => { kept: T; rejected: unknown[] } | undefined;
}

/** The shape written to IndexedDB. */
export interface StoredRecord<T = unknown> {
  version: number;
  savedAt: string;
  data: T;
  /**
   * Which update's guess it is (`<page>:<number>`), on the records written by the hide flush or by a
   * later page replaying the journal: the update finds its own record already saved and does not
   * apply itself a second time. Absent on an ordinary write.
   */
  writeId?: string;
}

/** Why a record was moved aside instead of loaded. */
export type SetAsideReason =
  'not-a-record' | 'invalid' | 'invalid-items' | 'newer-version' | 'no-migration' | 'migration-failed';

/** What a raw stored value means for one spec. */
export type Outcome<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; data: T }
  | { kind: 'migrated'; data: T }
  | { kind: 'salvaged'; data: T; rejected: unknown[] }
  | { kind: 'bad'; reason: SetAsideReason };

/** True for anything shaped like a saved record (whatever its data). */
export function isStoredRecord(raw: unknown): raw is StoredRecord {
  // savedAt is not checked: it is only information, and a record must not be hidden for it.
  return isObject(raw) && Number.isInteger(raw.version) && (raw.version as number) >= 1 && 'data' in raw;
}

/** Decides what a raw stored value means for `spec`. Synchronous, so it can run inside a transaction. */
export function classify<T>(spec: RecordSpec<T>, raw: unknown): Outcome<T> {
  if (raw === undefined) return { kind: 'missing' };
  if (!isStoredRecord(raw)) return { kind: 'bad', reason: 'not-a-record' };
  if (raw.version === spec.version) return classifyCurrent(spec, raw.data);
  // Written by a newer build (another tab after an update, or a restored backup): we cannot
  // understand it, so we keep it aside rather than overwrite it later with a default.
  if (raw.version > spec.version) return { kind: 'bad', reason: 'newer-version' };
  return classifyOlder(spec, raw.version, raw.data);
}

/** Data saved by this version: valid, partly valid (a list with bad items), or not. */
function classifyCurrent<T>(spec: RecordSpec<T>, data: unknown): Outcome<T> {
  if (spec.validate(data)) return { kind: 'ok', data };
  const salvaged = spec.salvage?.(data);
  if (salvaged && salvaged.rejected.length > 0 && spec.validate(salvaged.kept)) {
    return { kind: 'salvaged', data: salvaged.kept, rejected: salvaged.rejected };
  }
  return { kind: 'bad', reason: 'invalid' };
}

/** Data saved by an older version: migrated to the current shape, or set aside. */
function classifyOlder<T>(spec: RecordSpec<T>, version: number, data: unknown): Outcome<T> {
  if (!spec.migrate) return { kind: 'bad', reason: 'no-migration' };
  try {
    const migrated = spec.migrate(version, data);
    return spec.validate(migrated) ? { kind: 'migrated', data: migrated } : { kind: 'bad', reason: 'migration-failed' };
  } catch {
    return { kind: 'bad', reason: 'migration-failed' };
  }
}

/** What is kept of a list's bad items: the original record's version and time, with only those items. */
export function rejectedRecord(raw: unknown, rejected: unknown[]): StoredRecord<unknown[]> {
  // Only reached for a record that passed isStoredRecord (classify checks it before salvaging).
  const original = raw as StoredRecord;
  return { version: original.version, savedAt: original.savedAt, data: rejected };
}
