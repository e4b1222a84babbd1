/**
 * The record store's write journal (src/storage/write-journal.ts): a write that never reached
 * IndexedDB because its page went away is written by the next page; a refusing IndexedDB keeps the
 * newest values across a reload; "delete everything" deletes the journal too. Each "page" is a
 * record store on the same database and the same localStorage, as after a reload.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { createRecordStore, type RecordStore } from '../../src/storage/record-store';
import { records, type DiaryEntry } from '../../src/storage/records';

const DB = 'rugplan-journal-test';
const entry = (id: string, pain = 6): DiaryEntry => ({
  id,
  at: '2026-12-01T08:30:00.000Z',
  pain,
  location: 'bil',
  moment: 'any',
});

/**
 * An IndexedDB whose open never answers: the page is torn down before its write could commit (and
 * the open that WebKit at times leaves unanswered).
 */
function stalledIndexedDB(): IDBFactory {
  const real = new IDBFactory();
  return new Proxy(real, {
    get: (target, prop) =>
      prop === 'open' ? () => ({}) as IDBOpenDBRequest : (Reflect.get(target, prop, target) as unknown),
  });
}

/** An IndexedDB that refuses to open, as in some private windows: a request that fails. */
function refusingIndexedDB(): IDBFactory {
  const real = new IDBFactory();
  return new Proxy(real, {
    get: (target, prop) =>
      prop === 'open'
        ? () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          }
        : (Reflect.get(target, prop, target) as unknown),
  });
}

let stores: RecordStore[] = [];
function page(indexedDB: IDBFactory, now?: Date): RecordStore {
  const store = createRecordStore({
    dbName: DB,
    indexedDB,
    channelName: `journal-${Math.random()}`,
    ...(now ? { now: () => now } : {}),
  });
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const store of stores) store.close();
  stores = [];
});

describe('the write journal', () => {
  test('a diary entry whose page went before IndexedDB committed it is there on the next page, once', async () => {
    const disk = new IDBFactory();
    await page(disk).write(records.diary, [entry('a')]);
    // The tap's page: its write waits on IndexedDB, which never answers before the page is gone.
    void page(stalledIndexedDB()).write(records.diary, [entry('a'), entry('b')]);
    const next = page(disk);
    expect(await next.read(records.diary)).toEqual([entry('a'), entry('b')]);
    // Committed now: the page after that reads it from IndexedDB, and the journal is empty.
    expect(Object.keys(localStorage).filter((key) => key.startsWith('rugplan-journal:'))).toEqual([]);
    expect(await page(disk).read(records.diary)).toEqual([entry('a'), entry('b')]);
  });

  test('a committed write leaves nothing in the journal', async () => {
    const store = page(new IDBFactory());
    await store.write(records.diary, [entry('a')]);
    await store.update(records.diary, (list) => [...list, entry('b')]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('rugplan-journal:'))).toEqual([]);
  });

  test('a leftover older than what IndexedDB holds (saved later by another tab) is not written over it', async () => {
    const disk = new IDBFactory();
    await page(disk, new Date('2026-12-01T09:05:00Z')).write(records.diary, [entry('newer')]);
    const older = { version: records.diary.version, savedAt: '2026-12-01T09:00:00.000Z', data: [entry('older')] };
    localStorage.setItem(`rugplan-journal:${DB}:diary`, JSON.stringify({ id: 'gone:1', record: older }));
    expect(await page(disk).read(records.diary)).toEqual([entry('newer')]);
  });

  test('when IndexedDB refuses, the newest value survives the reload, and saving is still said to be off', async () => {
    const first = page(refusingIndexedDB());
    await first.write(records.diary, [entry('a', 7)]);
    expect(first.status().savingOff).toBe(true);
    const next = page(refusingIndexedDB());
    expect(await next.read(records.diary)).toEqual([entry('a', 7)]);
    expect(next.status().savingOff).toBe(true);
  });

  test('delete everything deletes what the journal holds too', async () => {
    const disk = new IDBFactory();
    void page(stalledIndexedDB()).write(records.diary, [entry('a')]);
    await page(disk).deleteAll();
    expect(await page(disk).read(records.diary)).toEqual([]);
  });

  test('an entry that is not a record is dropped, and the app starts', async () => {
    localStorage.setItem(`rugplan-journal:${DB}:diary`, '{"id":"x:1","record":"nonsense"}');
    localStorage.setItem(`rugplan-journal:${DB}:diary-broken`, 'not json');
    expect(await page(new IDBFactory()).read(records.diary)).toEqual([]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('rugplan-journal:'))).toEqual([]);
  });
});
