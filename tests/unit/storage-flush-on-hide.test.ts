import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { createRecordStore, type RecordStore } from '../../src/storage/record-store';
import { records, type DiaryEntry } from '../../src/storage/records';

const DB = 'rugplan-flush-test';
const entry = (id: string): DiaryEntry => ({
  id,
  at: '2026-12-01T08:30:00.000Z',
  pain: 6,
  location: 'bil',
  moment: 'any',
});

let stores: RecordStore[] = [];
/** A store on `factory`: a second one on the same factory is the page after the reload. */
function open(factory: IDBFactory): RecordStore {
  const store = createRecordStore({ dbName: DB, indexedDB: factory, channelName: `flush-${Math.random()}` });
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const store of stores) store.close();
  stores = [];
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('a write still in flight when the page goes away', () => {
  test('pagehide commits it at once: the next page finds the entry, and it is saved once', async () => {
    const factory = new IDBFactory();
    const page = open(factory);
    await page.read(records.diary); // the diary page has read the diary
    // The next page, its connection already open, so its read is not held up by opening.
    const next = open(factory);
    await next.read(records.contacts);
    const saving = page.update(records.diary, (list) => [...list, entry('a')]);
    // The tap's update has not written yet; the page is left now.
    window.dispatchEvent(new Event('pagehide'));
    expect(await next.read(records.diary)).toEqual([entry('a')]);

    // Had the page stayed (back-forward cache), the queued update does not add the entry twice.
    expect(await saving).toEqual([entry('a')]);
    expect(await page.read(records.diary)).toEqual([entry('a')]);
  });

  test('the phone locking (visibilitychange to hidden) flushes too; two quick saves keep both entries', async () => {
    const factory = new IDBFactory();
    const page = open(factory);
    await page.read(records.diary);
    const next = open(factory);
    await next.read(records.contacts);
    const first = page.update(records.diary, (list) => [...list, entry('a')]);
    const second = page.update(records.diary, (list) => [...list, entry('b')]);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(await next.read(records.diary)).toEqual([entry('a'), entry('b')]);
    await Promise.all([first, second]);
    expect(await page.read(records.diary)).toEqual([entry('a'), entry('b')]);
  });

  test('without a hide event nothing changes: writes run in order as before', async () => {
    const factory = new IDBFactory();
    const page = open(factory);
    await page.write(records.diary, [entry('a')]);
    await page.update(records.diary, (list) => [...list, entry('b')]);
    expect(await open(factory).read(records.diary)).toEqual([entry('a'), entry('b')]);
  });
});
