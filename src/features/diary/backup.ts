/**
 * The JSON backup: everything saved, versioned, and the import that checks a file completely
 * before anything stored changes. Import merges lists by id (an entry already there is skipped)
 * and restores a single record (settings, plan progress…) only where nothing is saved yet, so a
 * backup never overwrites what the user did since.
 */
import type { RecordSpec, RecordStore } from '../../storage/record-store';
import {
  diaryEntryProblem,
  isSession,
  records,
  type DiaryEntry,
  type DiaryField,
  type Session,
} from '../../storage/records';
import { isObject } from '../../storage/validators';

export const BACKUP_FORMAT = 'rugplan-backup';
export const BACKUP_VERSION = 1;
/** Years of two-hourly entries fit in well under 1 MB; a bigger file is not ours. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** A backup file's content. `records` holds every saved record as stored ({version, savedAt, data}). */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  backupVersion: typeof BACKUP_VERSION;
  exportedAt: string;
  records: Record<string, unknown>;
}

/** The backup of what `store.exportAll()` returned, stamped with the time. */
export function makeBackup(all: Record<string, unknown>, now: Date): Backup {
  return { format: BACKUP_FORMAT, backupVersion: BACKUP_VERSION, exportedAt: now.toISOString(), records: all };
}

/** Why a file cannot be imported; the screen turns it into a plain sentence. */
export type ImportProblem =
  | { code: 'too-large' }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'not-backup' }
  | { code: 'wrong-version'; version: unknown }
  | { code: 'bad-record'; key: string }
  | { code: 'bad-entry'; index: number; field: DiaryField };

/** Single records restored from a backup when nothing is saved for them yet. */
const SINGLE_SPECS = [
  records.settings,
  records.planProgress,
  records.reminder,
  records.contacts,
  records.diaryReview,
  records.episodes,
];

type SingleRecord = { spec: RecordSpec<unknown>; data: unknown };

/** A checked backup, ready to import. */
export interface ParsedBackup {
  diary: DiaryEntry[];
  sessions: Session[];
  singles: SingleRecord[];
}

/** The data of one stored record in a backup, checked against its spec's version. */
function recordData(
  all: Record<string, unknown>,
  spec: RecordSpec<unknown>,
): { ok: true; data: unknown } | { ok: false } | undefined {
  const raw = all[spec.key];
  if (raw === undefined) return undefined;
  if (!isObject(raw) || raw.version !== spec.version || !('data' in raw)) return { ok: false };
  return { ok: true, data: raw.data };
}

/** Checks a backup file's text completely; nothing is saved here. */
export function parseBackup(text: string): { ok: true; backup: ParsedBackup } | { ok: false; problem: ImportProblem } {
  // Length in UTF-16 units is at most the byte count, so this never lets a too-big file through
  // unnoticed by much; the screen checks the file's real size before reading it.
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: { code: 'too-large' } };
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT || !isObject(json.records)) {
    return { ok: false, problem: { code: 'not-backup' } };
  }
  if (json.backupVersion !== BACKUP_VERSION) {
    return { ok: false, problem: { code: 'wrong-version', version: json.backupVersion } };
  }
  const all = json.records;

  const diaryRaw = recordData(all, records.diary as RecordSpec<unknown>);
  let diary: DiaryEntry[] = [];
  if (diaryRaw) {
    if (!diaryRaw.ok || !Array.isArray(diaryRaw.data))
      return { ok: false, problem: { code: 'bad-record', key: 'diary' } };
    for (const [index, item] of (diaryRaw.data as unknown[]).entries()) {
      const field = diaryEntryProblem(item);
      if (field) return { ok: false, problem: { code: 'bad-entry', index, field } };
    }
    diary = diaryRaw.data as DiaryEntry[];
  }

  const sessionsRaw = recordData(all, records.sessions as RecordSpec<unknown>);
  let sessions: Session[] = [];
  if (sessionsRaw) {
    if (!sessionsRaw.ok || !Array.isArray(sessionsRaw.data) || !sessionsRaw.data.every((s) => isSession(s))) {
      return { ok: false, problem: { code: 'bad-record', key: 'sessions' } };
    }
    sessions = sessionsRaw.data as Session[];
  }

  const singles: SingleRecord[] = [];
  for (const spec of SINGLE_SPECS as RecordSpec<unknown>[]) {
    const found = recordData(all, spec);
    if (!found) continue;
    if (!found.ok || !spec.validate(found.data)) return { ok: false, problem: { code: 'bad-record', key: spec.key } };
    singles.push({ spec, data: found.data });
  }

  if (!diaryRaw && !sessionsRaw && singles.length === 0) return { ok: false, problem: { code: 'not-backup' } };
  return { ok: true, backup: { diary, sessions, singles } };
}

/** `existing` plus the items of `incoming` whose id is new (the first of a repeated id wins). */
export function mergeById<T extends { id: string }>(
  existing: readonly T[],
  incoming: readonly T[],
): { merged: T[]; added: number; skipped: number } {
  const seen = new Set(existing.map((item) => item.id));
  const merged = [...existing];
  let skipped = 0;
  for (const item of incoming) {
    if (seen.has(item.id)) {
      skipped += 1;
      continue;
    }
    seen.add(item.id);
    merged.push(item);
  }
  return { merged, added: merged.length - existing.length, skipped };
}

/** What an import did, for the message. */
export interface ImportResult {
  added: number;
  skipped: number;
}

/** Saves a checked backup: diary and sessions merged by id, single records only where none is saved. */
export async function applyBackup(store: RecordStore, backup: ParsedBackup): Promise<ImportResult> {
  let result: ImportResult = { added: 0, skipped: 0 };
  await store.update(records.diary, (current) => {
    const { merged, added, skipped } = mergeById(current, backup.diary);
    result = { added, skipped };
    return merged.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  });
  await store.update(records.sessions, (current) => mergeById(current, backup.sessions).merged);
  const saved = await store.exportAll();
  for (const { spec, data } of backup.singles) {
    if (saved[spec.key] === undefined) await store.write(spec, data);
  }
  return result;
}
