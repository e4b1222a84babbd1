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

/** A part of a backup, checked; or why the file cannot be imported. */
type Checked<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };

const refuse = (problem: ImportProblem): { ok: false; problem: ImportProblem } => ({ ok: false, problem });

/** The stored records in a backup file's text, or why the text is not a backup of ours. */
function backupRecords(text: string): Checked<Record<string, unknown>> {
  // Length in UTF-16 units is at most the byte count, so this never lets a too-big file through
  // unnoticed by much; the screen checks the file's real size before reading it.
  if (text.length > MAX_BACKUP_BYTES) return refuse({ code: 'too-large' });
  if (text.trim() === '') return refuse({ code: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-json' });
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT || !isObject(json.records))
    return refuse({ code: 'not-backup' });
  if (json.backupVersion !== BACKUP_VERSION) return refuse({ code: 'wrong-version', version: json.backupVersion });
  return { ok: true, value: json.records };
}

/** The backup's diary, every entry checked (the first bad one is named); undefined when it has none. */
function backupDiary(all: Record<string, unknown>): Checked<DiaryEntry[] | undefined> {
  const raw = recordData(all, records.diary as RecordSpec<unknown>);
  if (!raw) return { ok: true, value: undefined };
  if (!raw.ok || !Array.isArray(raw.data)) return refuse({ code: 'bad-record', key: 'diary' });
  for (const [index, item] of (raw.data as unknown[]).entries()) {
    const field = diaryEntryProblem(item);
    if (field) return refuse({ code: 'bad-entry', index, field });
  }
  return { ok: true, value: raw.data as DiaryEntry[] };
}

/** The backup's exercise rounds, checked; undefined when it has none. */
function backupSessions(all: Record<string, unknown>): Checked<Session[] | undefined> {
  const raw = recordData(all, records.sessions as RecordSpec<unknown>);
  if (!raw) return { ok: true, value: undefined };
  if (!raw.ok || !Array.isArray(raw.data) || !raw.data.every((s) => isSession(s))) {
    return refuse({ code: 'bad-record', key: 'sessions' });
  }
  return { ok: true, value: raw.data as Session[] };
}

/** The single records the backup holds, each checked with its own spec. */
function backupSingles(all: Record<string, unknown>): Checked<SingleRecord[]> {
  const singles: SingleRecord[] = [];
  for (const spec of SINGLE_SPECS as RecordSpec<unknown>[]) {
    const found = recordData(all, spec);
    if (!found) continue;
    if (!found.ok || !spec.validate(found.data)) return refuse({ code: 'bad-record', key: spec.key });
    singles.push({ spec, data: found.data });
  }
  return { ok: true, value: singles };
}

/** Checks a backup file's text completely; nothing is saved here. */
export function parseBackup(text: string): { ok: true; backup: ParsedBackup } | { ok: false; problem: ImportProblem } {
  const all = backupRecords(text);
  if (!all.ok) return all;
  const diary = backupDiary(all.value);
  if (!diary.ok) return diary;
  const sessions = backupSessions(all.value);
  if (!sessions.ok) return sessions;
  const singles = backupSingles(all.value);
  if (!singles.ok) return singles;
  // A JSON file of the right format but with none of our records is not a backup either.
  if (!diary.value && !sessions.value && singles.value.length === 0) return refuse({ code: 'not-backup' });
  return { ok: true, backup: { diary: diary.value ?? [], sessions: sessions.value ?? [], singles: singles.value } };
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
