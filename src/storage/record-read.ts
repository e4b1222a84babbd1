/**
 * The record store's read path: the saved value of one record, from memory when the browser
 * refused to save, else from IndexedDB; a record that cannot be used as it is gets repaired (see
 * record-repair.ts), in the database when it can be written and in memory when not.
 */
import { get } from 'idb-keyval';
import {
  classify,
  isStoredRecord,
  rejectedRecord,
  type Outcome,
  type RecordSpec,
  type SetAsideReason,
} from './record-classify';
import type { RecordCore } from './record-core';
import { freeSetAsideKey, repairRecord, type Repaired } from './record-repair';

/**
 * Moves `raw` aside in memory under a free set-aside key, puts `replacement` in its place (a
 * salvaged list's good items, or `undefined` for gone), and reports it.
 */
function setAsideInMemory<T>(
  core: RecordCore,
  spec: RecordSpec<T>,
  raw: unknown,
  reason: SetAsideReason,
  replacement: { record: unknown; rejected?: unknown[] },
): void {
  const at = core.now().toISOString();
  const storedAs = freeSetAsideKey(spec.key, at, (key) => core.memory.has(key));
  const { record, rejected } = replacement;
  // A salvaged list keeps its good items: only the bad ones go aside.
  core.memory.set(storedAs, rejected ? rejectedRecord(raw, rejected) : raw);
  core.memory.set(spec.key, record);
  core.status.setAside({ key: spec.key, at, reason, storedAs, ...(rejected ? { items: rejected.length } : {}) });
}

/** Handles a bad or outdated record when IndexedDB cannot be written: the fix lives in memory. */
function repairInMemory<T>(core: RecordCore, spec: RecordSpec<T>, raw: unknown, outcome: Outcome<T>): T {
  switch (outcome.kind) {
    case 'ok':
      return outcome.data;
    case 'migrated':
      core.memory.set(spec.key, core.makeRecord(spec, outcome.data));
      return structuredClone(outcome.data);
    case 'salvaged': {
      const record = core.makeRecord(spec, outcome.data);
      setAsideInMemory(core, spec, raw, 'invalid-items', { record, rejected: outcome.rejected });
      return structuredClone(outcome.data);
    }
    case 'bad':
      setAsideInMemory(core, spec, raw, outcome.reason, { record: undefined });
      return spec.fallback();
    default:
      return spec.fallback();
  }
}

/** What a repair in the database leaves to show, with what it set aside reported. */
function afterRepair<T>(core: RecordCore, spec: RecordSpec<T>, repaired: Repaired<T>): T {
  const { outcome, storedAs, at } = repaired;
  if (outcome.kind === 'salvaged' && storedAs) {
    core.status.setAside({ key: spec.key, at, reason: 'invalid-items', storedAs, items: outcome.rejected.length });
  }
  if (outcome.kind === 'bad' && storedAs) core.status.setAside({ key: spec.key, at, reason: outcome.reason, storedAs });
  return outcome.kind === 'ok' || outcome.kind === 'migrated' || outcome.kind === 'salvaged'
    ? outcome.data
    : spec.fallback();
}

/** Repairs a record read from IndexedDB, there if saving is on, else (or when that fails) in memory. */
async function repair<T>(core: RecordCore, spec: RecordSpec<T>, raw: unknown, outcome: Outcome<T>): Promise<T> {
  if (core.status.savingOff()) return repairInMemory(core, spec, raw, outcome);
  try {
    const repaired = await repairRecord(core.idb, spec, core.now().toISOString(), (data: T) =>
      core.makeRecord(spec, data),
    );
    return afterRepair(core, spec, repaired);
  } catch (error) {
    core.status.failed(error);
    return repairInMemory(core, spec, raw, outcome);
  }
}

/** The value of a record that lives in memory (saving is off, or it was set aside there). */
function readFromMemory<T>(core: RecordCore, spec: RecordSpec<T>): T {
  const raw = core.memory.get(spec.key);
  const outcome = classify(spec, raw);
  if (outcome.kind === 'missing') return spec.fallback();
  // Copies, so a caller mutating what it got cannot change what is "saved".
  return outcome.kind === 'ok' ? structuredClone(outcome.data) : repairInMemory(core, spec, raw, outcome);
}

async function readUncached<T>(core: RecordCore, spec: RecordSpec<T>): Promise<T> {
  if (core.memory.has(spec.key)) return readFromMemory(core, spec);
  let raw: unknown;
  try {
    raw = await get(spec.key, core.idb.use);
  } catch (error) {
    core.status.failed(error);
    return spec.fallback();
  }
  core.storedWrite.set(spec.key, isStoredRecord(raw) ? raw.writeId : undefined);
  const outcome = classify(spec, raw);
  if (outcome.kind === 'ok') return outcome.data;
  if (outcome.kind === 'missing') return spec.fallback();
  return repair(core, spec, raw, outcome);
}

/** The saved value of `spec`, or its fallback; noted as what this tab knows the key holds. */
export async function readRecord<T>(core: RecordCore, spec: RecordSpec<T>): Promise<T> {
  const value = await readUncached(core, spec);
  // While a write of this key is pending, `known` already holds what it will save: keep that.
  if (!core.pending.has(spec.key)) core.known.set(spec.key, structuredClone(value));
  return value;
}
