import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  createRecordStore,
  requestPersistence,
  type RecordSpec,
  type RecordStore,
} from '../../src/storage/record-store';
import { records, type Contacts, type DiaryEntry } from '../../src/storage/records';

const DB = 'rugplan-test';
const NOW = new Date('2025-03-01T08:00:00.000Z');
const AT = NOW.toISOString();

// ---- plain IndexedDB access, independent of the code under test ----

function rawOpen(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB);
  request.onupgradeneeded = () => request.result.createObjectStore('records');
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function rawPut(factory: IDBFactory, key: string, value: unknown): Promise<void> {
  const db = await rawOpen(factory);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('records', 'readwrite');
    tx.objectStore('records').put(value, key);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

async function rawAll(factory: IDBFactory): Promise<Record<string, unknown>> {
  const db = await rawOpen(factory);
  const result = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const tx = db.transaction('records', 'readonly');
    const store = tx.objectStore('records');
    const keys = store.getAllKeys();
    const values = store.getAll();
    tx.oncomplete = () => resolve(Object.fromEntries(keys.result.map((key, i) => [String(key), values.result[i]])));
    tx.onabort = () => reject(tx.error);
  });
  db.close();
  return result;
}

const entry = (overrides: Partial<DiaryEntry> = {}): DiaryEntry => ({
  id: 'e1',
  at: '2025-03-01T07:30:00.000Z',
  pain: 6,
  location: 'bil',
  moment: 'before',
  ...overrides,
});

let factory: IDBFactory;
let stores: RecordStore[];
const open = (options: { channelName?: string; now?: () => Date } = {}) => {
  const store = createRecordStore({ dbName: DB, indexedDB: factory, now: () => NOW, ...options });
  stores.push(store);
  return store;
};

beforeEach(() => {
  factory = new IDBFactory();
  stores = [];
});
afterEach(() => {
  for (const store of stores) store.close();
});

describe('reading and writing', () => {
  test('a written value survives a reload (a new store on the same database)', async () => {
    const diary = [entry(), entry({ id: 'e2', pain: 4, moment: 'after', note: 'Minder uitstraling' })];
    await open().write(records.diary, diary);

    const afterReload = open();
    expect(await afterReload.read(records.diary)).toEqual(diary);
    expect(await rawAll(factory)).toEqual({ diary: { version: 1, savedAt: AT, data: diary } });
    expect(afterReload.status()).toEqual({ savingOff: false, setAside: [] });
  });

  test('a missing record reads as its default', async () => {
    const store = open();
    expect(await store.read(records.settings)).toMatchObject({
      theme: 'system',
      holdSeconds: 180,
      firstStartSeen: false,
    });
    expect(await store.read(records.activeExercise)).toBeNull();
    expect(await store.read(records.diary)).toEqual([]);
    expect(await rawAll(factory)).toEqual({});
  });

  test('an invalid value is refused, and what was saved stays', async () => {
    const store = open();
    await store.write(records.diary, [entry()]);
    await expect(store.write(records.diary, [entry({ pain: 12 })])).rejects.toThrow(/Refusing to save "diary"/);
    expect(await open().read(records.diary)).toEqual([entry()]);
  });

  test('update builds on what is saved, not on a stale copy', async () => {
    const tabA = open();
    const tabB = open();
    await tabA.write(records.diary, [entry()]);
    const result = await tabB.update(records.diary, (prev) => [...prev, entry({ id: 'e2' })]);
    expect(result.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(((await rawAll(factory)).diary as { data: DiaryEntry[] }).data.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  test('mutating a value that was read does not change what is saved', async () => {
    const store = open();
    await store.write(records.diary, [entry()]);
    const read = await store.read(records.diary);
    read.push(entry({ id: 'sneaky' }));
    expect(await store.read(records.diary)).toEqual([entry()]);
  });
});

describe('a record that cannot be read is moved aside, never deleted', () => {
  const cases: Array<{ name: string; raw: unknown; reason: string }> = [
    { name: 'wrong shape (no version)', raw: { entries: [entry()] }, reason: 'not-a-record' },
    { name: 'not an object', raw: 'hello', reason: 'not-a-record' },
    { name: 'data is not a list', raw: { version: 1, savedAt: AT, data: { e1: entry() } }, reason: 'invalid' },
    { name: 'a newer version', raw: { version: 2, savedAt: AT, data: [entry()] }, reason: 'newer-version' },
  ];

  test.each(cases)('$name', async ({ raw, reason }) => {
    await rawPut(factory, 'diary', raw);
    const store = open();

    expect(await store.read(records.diary)).toEqual([]);

    const storedAs = `set-aside:diary:${AT}`;
    // The original data is still in the database, byte for byte, under the set-aside key.
    expect(await rawAll(factory)).toEqual({ [storedAs]: raw });
    expect(store.status().setAside).toEqual([{ key: 'diary', at: AT, reason, storedAs }]);
    expect(store.status().savingOff).toBe(false);

    // The app goes on: a new entry is saved, and the set-aside copy stays.
    await store.write(records.diary, [entry({ id: 'new' })]);
    const after = await rawAll(factory);
    expect(after[storedAs]).toEqual(raw);
    expect(after.diary).toMatchObject({ data: [entry({ id: 'new' })] });
  });

  test('two bad records set aside at the same moment are both kept', async () => {
    const store = open();
    await rawPut(factory, 'diary', 'first');
    await store.read(records.diary);
    await rawPut(factory, 'diary', 'second');
    await store.read(records.diary);

    expect(await rawAll(factory)).toEqual({
      [`set-aside:diary:${AT}`]: 'first',
      [`set-aside:diary:${AT}~1`]: 'second',
    });
    expect(store.status().setAside.map((e) => e.storedAs)).toEqual([
      `set-aside:diary:${AT}`,
      `set-aside:diary:${AT}~1`,
    ]);
  });

  test('a good record is never moved aside', async () => {
    await rawPut(factory, 'diary', { version: 1, savedAt: AT, data: [entry()] });
    const store = open();
    expect(await store.read(records.diary)).toEqual([entry()]);
    expect(Object.keys(await rawAll(factory))).toEqual(['diary']);
    expect(store.status().setAside).toEqual([]);
  });
});

describe('a bad item in a list is set aside on its own; the rest still shows', () => {
  const cases: Array<{ name: string; bad: unknown }> = [
    { name: 'pain 11', bad: entry({ id: 'e2', pain: 11 }) },
    { name: 'impossible date', bad: entry({ id: 'e2', at: '2024-02-30T10:00:00Z' }) },
    { name: 'unknown location', bad: { ...entry({ id: 'e2' }), location: 'knie' } },
    { name: 'not an object', bad: 'junk' },
  ];

  test.each(cases)('$name', async ({ bad }) => {
    const savedAt = '2025-02-28T20:00:00.000Z';
    const good = [entry(), entry({ id: 'e3', pain: 2, moment: 'after' })];
    await rawPut(factory, 'diary', { version: 1, savedAt, data: [good[0], bad, good[1]] });
    const store = open();

    expect(await store.read(records.diary)).toEqual(good);

    const storedAs = `set-aside:diary:${AT}`;
    // The bad item is kept, with the original record's version and time; the good ones are written back.
    expect(await rawAll(factory)).toEqual({
      diary: { version: 1, savedAt: AT, data: good },
      [storedAs]: { version: 1, savedAt, data: [bad] },
    });
    expect(store.status().setAside).toEqual([{ key: 'diary', at: AT, reason: 'invalid-items', storedAs, items: 1 }]);

    // A reload finds a clean list and sets nothing aside again.
    const afterReload = open();
    expect(await afterReload.read(records.diary)).toEqual(good);
    expect(afterReload.status().setAside).toEqual([]);
  });

  test('sessions are salvaged the same way', async () => {
    const session = { id: 's1', stepId: 'stap-1-liggen', startedAt: AT, finishedAt: AT };
    await rawPut(factory, 'sessions', { version: 1, savedAt: AT, data: [session, { ...session, id: '' }] });
    const store = open();
    expect(await store.read(records.sessions)).toEqual([session]);
    expect(store.status().setAside).toMatchObject([{ key: 'sessions', reason: 'invalid-items', items: 1 }]);
  });

  test('a list of only bad items reads as empty, and every item is kept aside', async () => {
    await rawPut(factory, 'diary', { version: 1, savedAt: AT, data: [1, 2] });
    const store = open();
    expect(await store.read(records.diary)).toEqual([]);
    expect((await rawAll(factory))[`set-aside:diary:${AT}`]).toEqual({ version: 1, savedAt: AT, data: [1, 2] });
    expect(store.status().setAside[0]?.items).toBe(2);
  });
});

describe('migration', () => {
  // Version 2 of contacts, where version 1 kept a single `phone` field.
  const contactsV2: RecordSpec<Contacts> = {
    ...records.contacts,
    version: 2,
    migrate: (fromVersion, data) => {
      if (fromVersion === 1 && typeof data === 'object' && data !== null && 'phone' in data) {
        return { huisarts: (data as { phone: unknown }).phone };
      }
      throw new Error(`cannot migrate from ${fromVersion}`);
    },
  };

  test('an older record is migrated, validated and written back', async () => {
    await rawPut(factory, 'contacts', {
      version: 1,
      savedAt: '2025-01-01T00:00:00.000Z',
      data: { phone: '030 123 45 67' },
    });
    const store = open();

    expect(await store.read(contactsV2)).toEqual({ huisarts: '030 123 45 67' });
    expect(await rawAll(factory)).toEqual({
      contacts: { version: 2, savedAt: AT, data: { huisarts: '030 123 45 67' } },
    });
    expect(store.status().setAside).toEqual([]);
  });

  test('a migration that yields invalid data sets the original aside', async () => {
    const original = { version: 1, savedAt: AT, data: { phone: 12345 } };
    await rawPut(factory, 'contacts', original);
    const store = open();

    expect(await store.read(contactsV2)).toEqual({});
    expect(await rawAll(factory)).toEqual({ [`set-aside:contacts:${AT}`]: original });
    expect(store.status().setAside[0]?.reason).toBe('migration-failed');
  });

  test('an older record without a migration is set aside, not silently reinterpreted', async () => {
    const original = { version: 1, savedAt: AT, data: { huisarts: '112' } };
    await rawPut(factory, 'contacts', original);
    const store = open();

    expect(await store.read({ ...records.contacts, version: 2 })).toEqual({});
    expect(await rawAll(factory)).toEqual({ [`set-aside:contacts:${AT}`]: original });
    expect(store.status().setAside[0]?.reason).toBe('no-migration');
  });
});

describe('backup and deleting everything', () => {
  test('exportAll includes every record, set-aside ones too', async () => {
    const store = open();
    await store.write(records.diary, [entry()]);
    await store.write(records.settings, { ...records.settings.fallback(), theme: 'dark' });
    await rawPut(factory, 'contacts', { version: 1, savedAt: AT, data: { huisarts: 42 } });
    await store.read(records.contacts);

    const backup = await store.exportAll();
    expect(backup).toEqual({
      diary: { version: 1, savedAt: AT, data: [entry()] },
      settings: { version: 1, savedAt: AT, data: { ...records.settings.fallback(), theme: 'dark' } },
      [`set-aside:contacts:${AT}`]: { version: 1, savedAt: AT, data: { huisarts: 42 } },
    });
    // A backup must survive being written out as JSON.
    expect(JSON.parse(JSON.stringify(backup))).toEqual(backup);
  });

  test('deleteAll clears the database and the set-aside list', async () => {
    const store = open();
    await store.write(records.diary, [entry()]);
    await rawPut(factory, 'contacts', 'garbage');
    await store.read(records.contacts);
    expect(store.status().setAside).toHaveLength(1);

    await store.deleteAll();

    expect(await rawAll(factory)).toEqual({});
    expect(await store.exportAll()).toEqual({});
    expect(await store.read(records.diary)).toEqual([]);
    expect(store.status()).toEqual({ savingOff: false, setAside: [] });
  });
});

describe('two open tabs', () => {
  test("each tab sees the other's writes through subscribeKey", async () => {
    const channelName = `tabs-${Math.random()}`;
    const tabA = open({ channelName });
    const tabB = open({ channelName });

    const seenByB = new Promise<DiaryEntry[]>((resolve) => {
      tabB.subscribeKey('diary', () => void tabB.read(records.diary).then(resolve));
    });
    await tabA.write(records.diary, [entry({ note: 'uit tab A' })]);
    expect(await seenByB).toEqual([entry({ note: 'uit tab A' })]);

    const seenByA = new Promise<string>((resolve) => {
      tabA.subscribeKey('settings', () => void tabA.read(records.settings).then((s) => resolve(s.theme)));
    });
    await tabB.write(records.settings, { ...records.settings.fallback(), theme: 'dark' });
    expect(await seenByA).toBe('dark');
  });
});

describe('requestPersistence', () => {
  const fakeNavigator = (persisted: boolean, answer: boolean) => {
    const prompts: string[] = [];
    return {
      prompts,
      nav: {
        storage: {
          persisted: async () => persisted,
          persist: async () => {
            prompts.push('persist');
            return answer;
          },
        },
      },
    };
  };

  test('asks the browser once and passes on its answer', async () => {
    const { nav, prompts } = fakeNavigator(false, true);
    expect(await requestPersistence(nav)).toBe(true);
    expect(await requestPersistence(nav)).toBe(true);
    expect(prompts).toEqual(['persist']);
  });

  test('does not ask when storage is already persistent, and passes on a refusal', async () => {
    const already = fakeNavigator(true, false);
    expect(await requestPersistence(already.nav)).toBe(true);
    expect(already.prompts).toEqual([]);

    const refusing = fakeNavigator(false, false);
    expect(await requestPersistence(refusing.nav)).toBe(false);
  });

  test('is undefined where the browser has no such API', async () => {
    expect(await requestPersistence({})).toBeUndefined();
    expect(await requestPersistence(undefined)).toBeUndefined();
  });
});
