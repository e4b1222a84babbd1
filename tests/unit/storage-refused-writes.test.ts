/**
 * When the browser refuses to save (private mode, full disk, a broken transaction), the app keeps
 * every value in memory, goes on working, and says that saving is off. The refusing browsers here
 * are real fake-indexeddb objects with one behaviour changed, not stubs of our own code.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createRecordStore, type RecordStore } from '../../src/storage/record-store';
import { records, type DiaryEntry } from '../../src/storage/records';

const DB = 'rugplan-test';
const NOW = new Date('2025-03-01T08:00:00.000Z');
const AT = NOW.toISOString();

const entry = (id: string, pain = 5): DiaryEntry => ({
  id,
  at: '2025-03-01T07:30:00.000Z',
  pain,
  location: 'midden',
  moment: 'any',
});

/** A proxy that forwards everything to `target` (methods bound to it) except the `overrides`. */
function forward<T extends object>(target: T, overrides: (prop: PropertyKey) => unknown): T {
  return new Proxy(target, {
    get(t, prop) {
      const replaced = overrides(prop);
      if (replaced !== undefined) return replaced;
      const value: unknown = Reflect.get(t, prop, t);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
    set: (t, prop, value) => Reflect.set(t, prop, value, t),
  });
}

/** IndexedDB on a disk that can fill up: when full, `put` throws QuotaExceededError like a real browser. */
function fillableDisk() {
  const real = new IDBFactory();
  const disk = { full: false };
  const wrapStore = (store: IDBObjectStore) =>
    forward(store, (prop) =>
      prop === 'put'
        ? (value: unknown, key?: IDBValidKey) => {
            if (disk.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return store.put(value, key);
          }
        : undefined,
    );
  const wrapTx = (tx: IDBTransaction) =>
    forward(tx, (prop) => (prop === 'objectStore' ? (name: string) => wrapStore(tx.objectStore(name)) : undefined));
  const wrapDb = (db: IDBDatabase) =>
    forward(db, (prop) =>
      prop === 'transaction'
        ? (names: string | string[], mode?: IDBTransactionMode) => wrapTx(db.transaction(names, mode))
        : undefined,
    );
  const factory = forward(real, (prop) =>
    prop === 'open'
      ? (name: string, version?: number) => {
          const request = real.open(name, version);
          return forward(request, (p) => (p === 'result' ? wrapDb(request.result) : undefined));
        }
      : undefined,
  );
  return { factory, real, disk };
}

/** IndexedDB whose commit fails after `put` was accepted (how Chrome reports a full disk). */
function abortingFactory(): IDBFactory {
  const real = new IDBFactory();
  return forward(real, (prop) =>
    prop === 'open'
      ? (name: string, version?: number) => {
          const request = real.open(name, version);
          return forward(request, (p) =>
            p === 'result'
              ? forward(request.result, (q) =>
                  q === 'transaction'
                    ? (names: string, mode?: IDBTransactionMode) => {
                        const tx = request.result.transaction(names, mode);
                        if (mode === 'readwrite') queueMicrotask(() => tx.abort());
                        return tx;
                      }
                    : undefined,
                )
              : undefined,
          );
        }
      : undefined,
  );
}

/** IndexedDB where `open` throws at once (a sandboxed page, some private modes). */
function throwingOpenFactory(): IDBFactory {
  return forward(new IDBFactory(), (prop) =>
    prop === 'open'
      ? () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        }
      : undefined,
  );
}

/** IndexedDB where `open` fails later with an error event (as Firefox private windows did). */
async function failingOpenFactory(): Promise<IDBFactory> {
  const real = new IDBFactory();
  // A database already at version 2 makes a version-1 open fail with a real VersionError event.
  await new Promise<void>((resolve, reject) => {
    const request = real.open(DB, 2);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
  return forward(real, (prop) => (prop === 'open' ? (name: string) => real.open(name, 1) : undefined));
}

let stores: RecordStore[];
/** What the database holds, read straight from IndexedDB (a store would first replay its journal). */
async function diskContents(factory: IDBFactory): Promise<Record<string, unknown>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB);
    request.onupgradeneeded = () => request.result.createObjectStore('records');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const store = db.transaction('records').objectStore('records');
  const [keys, values] = await Promise.all(
    [store.getAllKeys(), store.getAll()].map(
      (request) =>
        new Promise<unknown[]>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        }),
    ),
  );
  db.close();
  return Object.fromEntries(keys!.map((key, i) => [String(key), values![i]]));
}

const open = (indexedDB: IDBFactory | undefined) => {
  const store = createRecordStore({ dbName: DB, indexedDB, now: () => NOW });
  stores.push(store);
  return store;
};
beforeEach(() => {
  stores = [];
});
afterEach(() => {
  for (const store of stores) store.close();
});

describe('the database cannot be opened', () => {
  test.each([
    { name: 'open throws', make: async () => throwingOpenFactory(), reason: 'SecurityError' },
    { name: 'open fires an error', make: failingOpenFactory, reason: 'VersionError' },
  ])('$name: values live in memory and saving is reported off', async ({ make, reason }) => {
    const store = open(await make());
    const diary = [entry('a', 7)];

    await expect(store.write(records.diary, diary)).resolves.toBeUndefined();
    expect(await store.read(records.diary)).toEqual(diary);
    expect(store.status()).toEqual({ savingOff: true, reason, setAside: [] });

    // Later changes keep working, and the backup contains them.
    await store.update(records.diary, (prev) => [...prev, entry('b', 5)]);
    expect((await store.read(records.diary)).map((e) => e.pain)).toEqual([7, 5]);
    expect(await store.exportAll()).toEqual({
      diary: { version: 1, savedAt: AT, data: [entry('a', 7), entry('b', 5)] },
    });
  });

  test('the value kept in memory cannot be changed by mutating what was read or written', async () => {
    const store = open(throwingOpenFactory());
    const written = [entry('a')];
    await store.write(records.diary, written);
    written.push(entry('mutated-after-write'));
    const read = await store.read(records.diary);
    read.push(entry('mutated-after-read'));
    expect((await store.read(records.diary)).map((e) => e.id)).toEqual(['a']);
  });

  test('reading alone already reports that saving is off, and gives the default', async () => {
    const store = open(throwingOpenFactory());
    expect(await store.read(records.settings)).toEqual(records.settings.fallback());
    expect(store.status().savingOff).toBe(true);
  });

  test('a browser without IndexedDB at all (jsdom here) works in memory', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    const store = open(undefined);
    await store.write(records.contacts, { huisarts: '030 123 45 67' });
    expect(await store.read(records.contacts)).toEqual({ huisarts: '030 123 45 67' });
    expect(store.status()).toMatchObject({ savingOff: true, reason: 'IndexedDBUnavailable' });
  });

  test('deleteAll still forgets the in-memory values, and says the browser refused', async () => {
    const store = open(throwingOpenFactory());
    await store.write(records.diary, [entry('a')]);
    await expect(store.deleteAll()).rejects.toThrow(/did not let us delete/);
    expect(await store.read(records.diary)).toEqual([]);
  });
});

describe('the disk is full', () => {
  test('a refused write is kept in memory; what was saved before is untouched', async () => {
    const { factory, real, disk } = fillableDisk();
    const store = open(factory);
    await store.write(records.diary, [entry('saved-before')]);
    await store.write(records.settings, { ...records.settings.fallback(), theme: 'dark' });
    expect(store.status().savingOff).toBe(false);

    disk.full = true;
    await expect(store.write(records.diary, [entry('saved-before'), entry('while-full', 8)])).resolves.toBeUndefined();

    // The user sees their new entry and a "saving is off" banner...
    expect((await store.read(records.diary)).map((e) => e.id)).toEqual(['saved-before', 'while-full']);
    expect(store.status()).toEqual({ savingOff: true, reason: 'QuotaExceededError', setAside: [] });
    // ...records never written while full still come from the disk...
    expect((await store.read(records.settings)).theme).toBe('dark');

    // ...and after a reload, with room on the disk again, the entry made while it was full is
    // there (the write journal in localStorage kept it), whole, with nothing set aside.
    const afterReload = open(real);
    expect((await afterReload.read(records.diary)).map((e) => e.id)).toEqual(['saved-before', 'while-full']);
    expect(afterReload.status()).toEqual({ savingOff: false, setAside: [] });
  });

  test('once saving is off, later writes stay in memory even if the disk frees up', async () => {
    const { factory, real, disk } = fillableDisk();
    const store = open(factory);
    disk.full = true;
    await store.write(records.diary, [entry('one')]);
    disk.full = false;
    await store.write(records.planProgress, { currentStepId: 'stap-2a-op-de-buik-liggen', pillows: 2 });

    expect(await store.read(records.planProgress)).toEqual({ currentStepId: 'stap-2a-op-de-buik-liggen', pillows: 2 });
    expect(store.status().savingOff).toBe(true);
    // This page wrote nothing to the disk; the next page writes what the journal kept of it.
    expect(await diskContents(real)).toEqual({});
    const next = open(real);
    expect(await next.read(records.diary)).toEqual([entry('one')]);
    expect(await next.read(records.planProgress)).toEqual({ currentStepId: 'stap-2a-op-de-buik-liggen', pillows: 2 });
    expect(Object.keys(await diskContents(real)).sort()).toEqual(['diary', 'plan-progress']);
  });

  test('a bad record found while full is set aside in memory; the original stays on disk', async () => {
    const { factory, real, disk } = fillableDisk();
    const healthy = open(real);
    await healthy.write(records.diary, [entry('ok')]);
    // Corrupt it on disk, as a bug in an old build might have.
    const corrupt = { version: 1, savedAt: AT, data: [entry('good'), { ...entry('bad'), pain: 11 }] };
    await new Promise<void>((resolve, reject) => {
      const request = real.open(DB);
      request.onsuccess = () => {
        const tx = request.result.transaction('records', 'readwrite');
        tx.objectStore('records').put(corrupt, 'diary');
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onabort = () => reject(tx.error);
      };
    });

    disk.full = true;
    const store = open(factory);
    // Only the bad entry goes aside (in memory); the good one still shows.
    expect(await store.read(records.diary)).toEqual([entry('good')]);
    expect(store.status()).toMatchObject({
      savingOff: true,
      setAside: [{ key: 'diary', reason: 'invalid-items', items: 1, storedAs: `set-aside:diary:${AT}` }],
    });
    expect(await store.exportAll()).toEqual({
      diary: { version: 1, savedAt: AT, data: [entry('good')] },
      [`set-aside:diary:${AT}`]: { version: 1, savedAt: AT, data: [{ ...entry('bad'), pain: 11 }] },
    });
    // Reading again does not pile up copies.
    await store.read(records.diary);
    expect(store.status().setAside).toHaveLength(1);
    // The disk was not touched: the corrupt original is still there for a later session.
    const onDisk = await new Promise<unknown>((resolve) => {
      const request = real.open(DB);
      request.onsuccess = () => {
        const get = request.result.transaction('records').objectStore('records').get('diary');
        get.onsuccess = () => {
          request.result.close();
          resolve(get.result);
        };
      };
    });
    expect(onDisk).toEqual(corrupt);
  });
});

describe('a transaction that aborts at commit', () => {
  test('the value is kept in memory and saving is reported off', async () => {
    const store = open(abortingFactory());
    await store.write(records.reminder, {
      state: 'on',
      nextDueAt: '2025-03-01T10:00:00.000Z',
      wakeFrom: '07:00',
      wakeUntil: '22:00',
    });
    expect(await store.read(records.reminder)).toMatchObject({ state: 'on', nextDueAt: '2025-03-01T10:00:00.000Z' });
    expect(store.status().savingOff).toBe(true);
  });
});

test('the status listener hears that saving went off', async () => {
  const store = open(throwingOpenFactory());
  const seen: boolean[] = [];
  store.subscribe(() => seen.push(store.status().savingOff));
  await store.write(records.diary, [entry('a')]);
  expect(seen).toEqual([true]);
});
