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

/**
 * The same database, reached through a door that can be held shut: while paused, an open waits (as
 * a page frozen in the back/forward cache waits) and goes through on resume.
 */
function pausable(real: IDBFactory) {
  let paused = false;
  const waiting: (() => void)[] = [];
  const factory = new Proxy(real, {
    get: (target, prop) => {
      if (prop !== 'open') return Reflect.get(target, prop, target) as unknown;
      return (name: string) => {
        // A stand-in request: its handlers are set by the caller now, the real open runs on resume.
        const request = {} as { result?: IDBDatabase; error?: DOMException | null } & Record<string, unknown>;
        const go = () => {
          const inner = real.open(name);
          inner.onupgradeneeded = (event) => (request.onupgradeneeded as (e: Event) => void)?.(event);
          inner.onsuccess = (event) => {
            request.result = inner.result;
            (request.onsuccess as (e: Event) => void)?.(event);
          };
          inner.onerror = (event) => {
            request.error = inner.error;
            (request.onerror as (e: Event) => void)?.(event);
          };
        };
        if (paused) waiting.push(go);
        else queueMicrotask(go);
        return request as unknown as IDBOpenDBRequest;
      };
    },
  });
  return {
    factory,
    pause: () => void (paused = true),
    resume: () => {
      paused = false;
      for (const go of waiting.splice(0)) go();
    },
  };
}

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

// A "page" is a record store; a second one on the same database and localStorage is the page after
// a reload. Whether the hide flush or the write journal carries the entry over, the patient sees it
// once.
describe('a write still in flight when the page goes away', () => {
  test('left at once: the next page finds the entry; had the page come back, it is still saved once', async () => {
    const factory = new IDBFactory();
    const page = open(factory);
    await page.read(records.diary); // the diary page has read the diary
    const saving = page.update(records.diary, (list) => [...list, entry('a')]);
    // The tap's update has not written yet; the page is left now, and the next one opens.
    window.dispatchEvent(new Event('pagehide'));
    const next = open(factory);
    expect(await next.read(records.diary)).toEqual([entry('a')]);

    // Had the page stayed (back/forward cache), its queued update does not add the entry twice.
    expect(await saving).toEqual([entry('a')]);
    expect(await open(factory).read(records.diary)).toEqual([entry('a')]);
  });

  test('a read under way when the page is left is stopped, and runs again should the page come back', async () => {
    const factory = new IDBFactory();
    const page = open(factory);
    await page.write(records.diary, [entry('a')]);
    const reading = page.read(records.diary);
    // The read's transaction has started; the page is left before it has answered.
    for (let i = 0; i < 3; i++) await Promise.resolve();
    window.dispatchEvent(new Event('pagehide'));
    expect(await reading).toEqual([entry('a')]);
    expect(page.status().savingOff).toBe(false);
  });

  test('a page frozen in the back/forward cache before its update ran, then brought back: the entry once', async () => {
    const disk = new IDBFactory();
    const door = pausable(disk);
    const page = open(door.factory);
    await page.read(records.diary);
    door.pause();
    const saving = page.update(records.diary, (list) => [...list, entry('a')]);
    window.dispatchEvent(new Event('pagehide'));
    // The next page writes what the journal holds of the frozen page's tap.
    expect(await open(disk).read(records.diary)).toEqual([entry('a')]);
    // Brought back, the frozen page's update goes on: it finds its own record saved, and stops there.
    door.resume();
    expect(await saving).toEqual([entry('a')]);
    expect(await open(disk).read(records.diary)).toEqual([entry('a')]);
  });

  test('the phone locking (visibilitychange to hidden) with two quick saves: both entries, once each', async () => {
    const factory = new IDBFactory();
    const page = open(factory);
    await page.read(records.diary);
    const first = page.update(records.diary, (list) => [...list, entry('a')]);
    const second = page.update(records.diary, (list) => [...list, entry('b')]);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(await open(factory).read(records.diary)).toEqual([entry('a'), entry('b')]);
    await Promise.all([first, second]);
    expect(await page.read(records.diary)).toEqual([entry('a'), entry('b')]);
    expect(await open(factory).read(records.diary)).toEqual([entry('a'), entry('b')]);
  });

  test('without a hide event nothing changes: writes run in order as before', async () => {
    const factory = new IDBFactory();
    const page = open(factory);
    await page.write(records.diary, [entry('a')]);
    await page.update(records.diary, (list) => [...list, entry('b')]);
    expect(await open(factory).read(records.diary)).toEqual([entry('a'), entry('b')]);
  });

  test('a page hidden and brought back (back/forward cache) reopens the store and saves again', async () => {
    const factory = new IDBFactory();
    const page = open(factory);
    await page.write(records.diary, [entry('a')]);
    // Hidden: its connection is closed (the WebKit walk in tests/e2e/core-path.test.ts shows why).
    window.dispatchEvent(new Event('pagehide'));
    // Brought back: it reopens on its next write, and that write is saved.
    await page.update(records.diary, (list) => [...list, entry('b')]);
    expect(page.status().savingOff).toBe(false);
    expect(await open(factory).read(records.diary)).toEqual([entry('a'), entry('b')]);
  });
});
