import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import {
  applyBackup,
  makeBackup,
  MAX_BACKUP_BYTES,
  mergeById,
  parseBackup,
  type ImportProblem,
} from '../../src/features/diary/backup';
import { createRecordStore, type RecordStore } from '../../src/storage/record-store';
import { episodeOf, records, type DiaryEntry, type Session } from '../../src/storage/records';

const NOW = new Date('2025-03-04T12:00:00.000Z');
const entry = (id: string, overrides: Partial<DiaryEntry> = {}): DiaryEntry => ({
  id,
  at: '2025-03-01T08:00:00.000Z',
  pain: 6,
  location: 'bil',
  moment: 'before',
  ...overrides,
});
const session: Session = {
  id: 's1',
  stepId: 'stap-1-liggen',
  startedAt: '2025-03-01T08:05:00.000Z',
  finishedAt: '2025-03-01T08:10:00.000Z',
};
const stored = (data: unknown, version = 1) => ({ version, savedAt: NOW.toISOString(), data });
const backupText = (recordsInFile: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'rugplan-backup',
    backupVersion: 1,
    exportedAt: NOW.toISOString(),
    records: recordsInFile,
    ...extra,
  });

let stores: RecordStore[] = [];
const openStore = () => {
  const store = createRecordStore({ indexedDB: new IDBFactory(), channelName: `b-${Math.random()}`, now: () => NOW });
  stores.push(store);
  return store;
};
afterEach(() => {
  for (const s of stores) s.close();
  stores = [];
});

describe('bad files are refused with a reason, and nothing stored changes', () => {
  const bad: Array<{ name: string; text: string; problem: ImportProblem }> = [
    { name: 'not JSON', text: 'Datum;Pijn\n1-3;6', problem: { code: 'not-json' } },
    {
      name: 'cut-off JSON',
      text: backupText({ diary: stored([entry('a')]) }).slice(0, 60),
      problem: { code: 'not-json' },
    },
    { name: 'empty file', text: '', problem: { code: 'empty' } },
    { name: 'only whitespace', text: '  \n ', problem: { code: 'empty' } },
    { name: 'a JSON array', text: JSON.stringify([entry('a')]), problem: { code: 'not-backup' } },
    { name: 'JSON null', text: 'null', problem: { code: 'not-backup' } },
    { name: "another app's JSON", text: JSON.stringify({ entries: [entry('a')] }), problem: { code: 'not-backup' } },
    { name: 'a backup with nothing of ours in it', text: backupText({ foo: 1 }), problem: { code: 'not-backup' } },
    {
      name: 'a newer backup version',
      text: backupText({ diary: stored([entry('a')]) }, { backupVersion: 2 }),
      problem: { code: 'wrong-version', version: 2 },
    },
    {
      name: 'a diary record of a newer version',
      text: backupText({ diary: stored([entry('a')], 2) }),
      problem: { code: 'bad-record', key: 'diary' },
    },
    {
      name: 'diary data that is not a list',
      text: backupText({ diary: stored({ a: entry('a') }) }),
      problem: { code: 'bad-record', key: 'diary' },
    },
    {
      name: 'pain 11',
      text: backupText({ diary: stored([entry('a'), entry('b', { pain: 11 })]) }),
      problem: { code: 'bad-entry', index: 1, field: 'pain' },
    },
    {
      name: 'pain 4.5',
      text: backupText({ diary: stored([entry('a', { pain: 4.5 })]) }),
      problem: { code: 'bad-entry', index: 0, field: 'pain' },
    },
    {
      name: 'pain as text',
      text: backupText({ diary: stored([entry('a', { pain: '6' as unknown as number })]) }),
      problem: { code: 'bad-entry', index: 0, field: 'pain' },
    },
    {
      name: 'an unknown location',
      text: backupText({ diary: stored([entry('a', { location: 'knie' as DiaryEntry['location'] })]) }),
      problem: { code: 'bad-entry', index: 0, field: 'location' },
    },
    {
      name: 'an impossible date',
      text: backupText({ diary: stored([entry('a', { at: '2025-02-30T08:00:00.000Z' })]) }),
      problem: { code: 'bad-entry', index: 0, field: 'at' },
    },
    {
      name: 'a date without a time zone',
      text: backupText({ diary: stored([entry('a', { at: '2025-03-01 08:00' })]) }),
      problem: { code: 'bad-entry', index: 0, field: 'at' },
    },
    {
      name: 'an entry without id',
      text: backupText({ diary: stored([{ ...entry('a'), id: undefined }]) }),
      problem: { code: 'bad-entry', index: 0, field: 'id' },
    },
    {
      name: 'a note that is far too long',
      text: backupText({ diary: stored([entry('a', { note: 'x'.repeat(501) })]) }),
      problem: { code: 'bad-entry', index: 0, field: 'note' },
    },
    {
      name: 'an entry that is a string',
      text: backupText({ diary: stored(['pijn 6']) }),
      problem: { code: 'bad-entry', index: 0, field: 'entry' },
    },
    {
      name: 'a broken session',
      text: backupText({ diary: stored([entry('a')]), sessions: stored([{ ...session, startedAt: 'gisteren' }]) }),
      problem: { code: 'bad-record', key: 'sessions' },
    },
    {
      name: 'broken settings',
      text: backupText({ diary: stored([entry('a')]), settings: stored({ theme: 'neon' }) }),
      problem: { code: 'bad-record', key: 'settings' },
    },
    {
      name: 'a huge file',
      text: backupText({ diary: stored([entry('a', { note: 'x' })]) }) + ' '.repeat(MAX_BACKUP_BYTES),
      problem: { code: 'too-large' },
    },
  ];

  test.each(bad)('$name', async ({ text, problem }) => {
    const result = parseBackup(text);
    expect(result).toEqual({ ok: false, problem });

    // The screen saves only an ok result; check that what is stored stays exactly as it was.
    const store = openStore();
    await store.write(records.diary, [entry('kept')]);
    const before = await store.exportAll();
    if (result.ok) await applyBackup(store, result.backup);
    expect(await store.exportAll()).toEqual(before);
  });
});

describe('a good backup', () => {
  test('round trip: export, delete everything, import, everything is back', async () => {
    const store = openStore();
    const diary = [
      entry('a'),
      entry('b', { at: '2025-03-01T10:00:00.000Z', moment: 'after', sessionId: 's1', note: 'beter, "echt"' }),
    ];
    await store.write(records.diary, diary);
    await store.write(records.sessions, [session]);
    await store.write(records.planProgress, { currentStepId: 'stap-3-elleboogsteun', painSide: 'left' });
    const text = JSON.stringify(makeBackup(await store.exportAll(), NOW));

    await store.deleteAll();
    expect(await store.read(records.diary)).toEqual([]);

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(await applyBackup(store, parsed.backup)).toEqual({ added: 2, skipped: 0 });
    expect(await store.read(records.diary)).toEqual(diary);
    expect(await store.read(records.sessions)).toEqual([session]);
    expect(await store.read(records.planProgress)).toEqual({ currentStepId: 'stap-3-elleboogsteun', painSide: 'left' });
  });

  test('entries already there (same id) are skipped and counted; what the user changed since is kept', async () => {
    const store = openStore();
    await store.write(records.diary, [entry('a', { pain: 3 })]);
    await store.write(records.planProgress, { currentStepId: 'stap-4-opduwen-in-buiklig' });
    const text = backupText({
      diary: stored([entry('a', { pain: 8 }), entry('b', { at: '2025-02-28T08:00:00.000Z' }), entry('b')]),
      'plan-progress': stored({ currentStepId: 'stap-1-liggen' }),
    });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(await applyBackup(store, parsed.backup)).toEqual({ added: 1, skipped: 2 });
    const diary = await store.read(records.diary);
    // Sorted by time; the saved 'a' (pain 3) wins over the file's copy.
    expect(diary.map((e) => [e.id, e.pain])).toEqual([
      ['b', 6],
      ['a', 3],
    ]);
    expect((await store.read(records.planProgress)).currentStepId).toBe('stap-4-opduwen-in-buiklig');
  });

  test('set-aside records in a backup are not imported (they could not be read the first time either)', () => {
    const parsed = parseBackup(backupText({ diary: stored([entry('a')]), 'set-aside:diary:x': { junk: true } }));
    expect(parsed.ok && parsed.backup.diary).toEqual([entry('a')]);
  });
});

test('mergeById keeps the first of a repeated id', () => {
  expect(
    mergeById(
      [{ id: 'a', n: 1 }],
      [
        { id: 'a', n: 2 },
        { id: 'b', n: 3 },
        { id: 'b', n: 4 },
      ],
    ),
  ).toEqual({
    merged: [
      { id: 'a', n: 1 },
      { id: 'b', n: 3 },
    ],
    added: 1,
    skipped: 2,
  });
});

describe('episodes in a backup', () => {
  test('an episode number that is not a whole number from 1 is named as the wrong field', () => {
    const text = backupText({ diary: stored([entry('a', { episode: 2 }), { ...entry('b'), episode: 0 }]) });
    expect(parseBackup(text)).toEqual({ ok: false, problem: { code: 'bad-entry', index: 1, field: 'episode' } });
  });

  test('an old backup, from before episodes, imports into one episode: the first', async () => {
    const store = openStore();
    await store.write(records.episodes, [{ number: 1, endedAt: '2025-03-10T08:00:00.000Z' }, { number: 2 }]);
    const parsed = parseBackup(backupText({ diary: stored([entry('old-1'), entry('old-2')]) }));
    if (!parsed.ok) throw new Error('the old backup should parse');
    await applyBackup(store, parsed.backup);
    const diary = await store.read(records.diary);
    expect(diary.map((e) => [e.id, episodeOf(e)])).toEqual([
      ['old-1', 1],
      ['old-2', 1],
    ]);
    // The episodes saved on this phone are not replaced by the backup's.
    expect((await store.read(records.episodes)).map((e) => e.number)).toEqual([1, 2]);
  });

  test('a new backup restores the episodes where none are saved yet, and every value keeps its episode', async () => {
    const store = openStore();
    const episodes = [{ number: 1, endedAt: '2025-03-10T08:00:00.000Z' }, { number: 2 }];
    const parsed = parseBackup(
      backupText({ diary: stored([entry('a'), entry('b', { episode: 2 })]), episodes: stored(episodes) }),
    );
    if (!parsed.ok) throw new Error('the backup should parse');
    await applyBackup(store, parsed.backup);
    expect(await store.read(records.episodes)).toEqual(episodes);
    expect((await store.read(records.diary)).map(episodeOf)).toEqual([1, 2]);
  });
});
