import { act, render, renderHook, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { appStore, setAppStore } from '../../src/storage/app-store';
import { createRecordStore, type RecordSpec, type RecordStore } from '../../src/storage/record-store';
import { records, type DiaryEntry } from '../../src/storage/records';
import { useStorageStatus, useStored } from '../../src/storage/use-stored';

const entry = (id: string, pain = 5): DiaryEntry => ({
  id,
  at: '2025-03-01T07:30:00.000Z',
  pain,
  location: 'bil',
  moment: 'any',
});

/** fake-indexeddb where each write transaction reports "complete" only when the test lets it. */
function slowDisk() {
  const waiting: Array<() => void> = [];
  const arrived: Array<() => void> = [];
  const commitArrived = () => new Promise<void>((resolve) => (waiting.length > 0 ? resolve() : arrived.push(resolve)));
  const bind = <T extends object>(target: T, replace: (prop: PropertyKey) => unknown): T =>
    new Proxy(target, {
      get(t, prop) {
        const replaced = replace(prop);
        if (replaced !== undefined) return replaced;
        const value: unknown = Reflect.get(t, prop, t);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
      },
      set(t, prop, value: unknown) {
        if (
          prop === 'oncomplete' &&
          typeof value === 'function' &&
          (t as unknown as IDBTransaction).mode === 'readwrite'
        ) {
          const handler = value as (this: unknown, event: Event) => void;
          (t as unknown as IDBTransaction).oncomplete = (event) => {
            waiting.push(() => handler.call(t, event));
            arrived.shift()?.();
          };
          return true;
        }
        return Reflect.set(t, prop, value, t);
      },
    });
  const wrapTx = (tx: IDBTransaction): IDBTransaction =>
    bind(tx, (prop) =>
      prop === 'objectStore'
        ? (name: string) => bind(tx.objectStore(name), (p) => (p === 'transaction' ? wrapTx(tx) : undefined))
        : undefined,
    );
  const real = new IDBFactory();
  const factory = bind(real, (prop) =>
    prop === 'open'
      ? (name: string) => {
          const request = real.open(name);
          return bind(request, (p) =>
            p === 'result'
              ? bind(request.result, (q) =>
                  q === 'transaction'
                    ? (names: string, mode?: IDBTransactionMode) => wrapTx(request.result.transaction(names, mode))
                    : undefined,
                )
              : undefined,
          );
        }
      : undefined,
  );
  return {
    factory,
    real,
    /** Waits for the next write to reach the disk, then lets it report success. */
    nextCommit: async () => {
      await commitArrived();
      waiting.shift()?.();
    },
  };
}

let factory: IDBFactory;
let stores: RecordStore[];
const open = (channelName = 'hook-test') => {
  const store = createRecordStore({ dbName: 'rugplan-hook', indexedDB: factory, channelName });
  stores.push(store);
  return store;
};
beforeEach(() => {
  factory = new IDBFactory();
  stores = [];
});
afterEach(() => {
  for (const store of stores) store.close();
  setAppStore(undefined);
});

describe('useStored', () => {
  test('shows the default until loaded, then the saved value', async () => {
    await open().write(records.diary, [entry('saved', 7)]);
    const store = open();

    const { result } = renderHook(() => useStored(records.diary, store));
    expect(result.current).toMatchObject({ value: [], loaded: false });

    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.value).toEqual([entry('saved', 7)]);
  });

  test('setValue shows the new value and saves it', async () => {
    const store = open();
    const { result } = renderHook(() => useStored(records.settings, store));
    await waitFor(() => expect(result.current.loaded).toBe(true));

    await act(() => result.current.setValue((prev) => ({ ...prev, textSize: 'extra-large' })));
    expect(result.current.value.textSize).toBe('extra-large');

    await act(() => result.current.setValue({ ...records.settings.fallback(), theme: 'dark' }));
    expect(result.current.value).toMatchObject({ theme: 'dark', textSize: 'normal' });
    // After a reload the change is still there.
    expect((await open().read(records.settings)).theme).toBe('dark');
  });

  test('quick successive updates all land, in order', async () => {
    const store = open();
    const { result } = renderHook(() => useStored(records.diary, store));
    await waitFor(() => expect(result.current.loaded).toBe(true));

    await act(async () => {
      const { setValue } = result.current;
      await Promise.all([1, 2, 3].map((n) => setValue((prev) => [...prev, entry(`e${n}`)])));
    });
    expect(result.current.value.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect((await open().read(records.diary)).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });

  test('on a slow disk, a first save finishing does not hide the second entry', async () => {
    const disk = slowDisk();
    const store = createRecordStore({ dbName: 'rugplan-hook', indexedDB: disk.factory });
    stores.push(store);
    const { result } = renderHook(() => useStored(records.diary, store));
    await waitFor(() => expect(result.current.loaded).toBe(true));

    let first!: Promise<void>;
    let second!: Promise<void>;
    act(() => {
      first = result.current.setValue((prev) => [...prev, entry('e1')]);
      second = result.current.setValue((prev) => [...prev, entry('e2')]);
    });
    expect(result.current.value.map((e) => e.id)).toEqual(['e1', 'e2']);

    // The disk finishes the first save; the second is still on its way.
    await act(async () => {
      await disk.nextCommit();
      await first;
    });
    expect(result.current.value.map((e) => e.id)).toEqual(['e1', 'e2']);

    await act(async () => {
      await disk.nextCommit();
      await second;
    });
    expect(result.current.value.map((e) => e.id)).toEqual(['e1', 'e2']);
    const afterReload = createRecordStore({ dbName: 'rugplan-hook', indexedDB: disk.real });
    stores.push(afterReload);
    expect((await afterReload.read(records.diary)).map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  test('an entry added before loading finished does not wipe the saved diary', async () => {
    await open().write(records.diary, [entry('old-1'), entry('old-2')]);
    const store = open();
    const { result } = renderHook(() => useStored(records.diary, store));

    // The user taps before the saved diary has arrived.
    expect(result.current.loaded).toBe(false);
    await act(() => result.current.setValue((prev) => [...prev, entry('new')]));

    await waitFor(() => expect(result.current.value.map((e) => e.id)).toEqual(['old-1', 'old-2', 'new']));
    expect((await open().read(records.diary)).map((e) => e.id)).toEqual(['old-1', 'old-2', 'new']);
  });

  test('an invalid value is refused and the screen keeps the saved value', async () => {
    const store = open();
    await store.write(records.diary, [entry('ok')]);
    const { result } = renderHook(() => useStored(records.diary, store));
    await waitFor(() => expect(result.current.loaded).toBe(true));

    await act(async () => {
      await expect(result.current.setValue([entry('bad', 11)])).rejects.toThrow(/Refusing to save/);
    });
    expect(result.current.value.map((e) => e.id)).toEqual(['ok']);
  });

  test('follows a write made in another tab', async () => {
    const channelName = `hook-${Math.random()}`;
    const thisTab = open(channelName);
    const otherTab = open(channelName);
    const { result } = renderHook(() => useStored(records.planProgress, thisTab));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.value.currentStepId).toBe('stap-1-liggen');

    await otherTab.write(records.planProgress, { currentStepId: 'stap-3-elleboogsteun' });
    await waitFor(() => expect(result.current.value.currentStepId).toBe('stap-3-elleboogsteun'));
  });

  test('two components on the same key in one tab stay in step', async () => {
    const store = open();
    const first = renderHook(() => useStored(records.contacts, store));
    const second = renderHook(() => useStored(records.contacts, store));
    await waitFor(() => expect(second.result.current.loaded).toBe(true));

    await act(() => first.result.current.setValue({ huisarts: '030 123 45 67' }));
    await waitFor(() => expect(second.result.current.value).toEqual({ huisarts: '030 123 45 67' }));
  });

  test('uses the app-wide store when none is passed', async () => {
    const store = open();
    await store.write(records.contacts, { huisartsenpost: '0900 1234' });
    setAppStore(store);
    expect(appStore()).toBe(store);

    const { result } = renderHook(() => useStored(records.contacts));
    await waitFor(() => expect(result.current.value).toEqual({ huisartsenpost: '0900 1234' }));
  });
});

/** `store` with every read counted, by key. */
function countingReads(store: RecordStore) {
  const reads: string[] = [];
  const counted: RecordStore = {
    ...store,
    read: <T>(spec: RecordSpec<T>) => {
      reads.push(spec.key);
      return store.read(spec);
    },
  };
  return { store: counted, reads };
}

/** Lets every pending IndexedDB callback and promise run. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

describe('useStored shares one value per key', () => {
  test('two hooks for one key read the store once and both show the saved value', async () => {
    await open().write(records.contacts, { huisarts: '030 111 22 33' });
    const { store, reads } = countingReads(open());

    const first = renderHook(() => useStored(records.contacts, store));
    const second = renderHook(() => useStored(records.contacts, store));
    await waitFor(() => expect(second.result.current.loaded).toBe(true));
    await settle();

    expect(reads).toEqual(['contacts']);
    expect(first.result.current.value).toEqual({ huisarts: '030 111 22 33' });
    expect(second.result.current.value).toEqual({ huisarts: '030 111 22 33' });
  });

  test('a change saved through one hook shows in the other at once, and is stored', async () => {
    const store = open();
    const first = renderHook(() => useStored(records.diary, store));
    const second = renderHook(() => useStored(records.diary, store));
    await waitFor(() => expect(first.result.current.loaded).toBe(true));

    let saving!: Promise<void>;
    act(() => {
      saving = first.result.current.setValue((prev) => [...prev, entry('shared', 6)]);
    });
    // Before the disk has answered, both show the new entry.
    expect(second.result.current.value.map((e) => e.id)).toEqual(['shared']);
    await act(() => saving);
    expect(first.result.current.value.map((e) => e.id)).toEqual(['shared']);
    expect(second.result.current.value.map((e) => e.id)).toEqual(['shared']);
    expect((await open().read(records.diary)).map((e) => e.id)).toEqual(['shared']);
  });

  test('a hook mounted after the read shows the saved value as it mounts, without reading again', async () => {
    await open().write(records.planProgress, { currentStepId: 'stap-3-elleboogsteun' });
    const { store, reads } = countingReads(open());
    const earlier = renderHook(() => useStored(records.planProgress, store));
    await waitFor(() => expect(earlier.result.current.loaded).toBe(true));

    // The next page of an in-app navigation: it shows the saved step as soon as it is on screen,
    // with no read of its own.
    const Step = () => {
      const { value, loaded } = useStored(records.planProgress, store);
      return createElement('p', null, loaded ? value.currentStepId : 'loading');
    };
    const { container } = render(createElement(Step));
    expect(container.textContent).toBe('stap-3-elleboogsteun');
    await settle();
    expect(reads).toEqual([records.planProgress.key]);
  });

  test('a later write notice re-reads once for all hooks of the key', async () => {
    const channelName = `shared-${Math.random()}`;
    const { store, reads } = countingReads(open(channelName));
    const otherTab = open(channelName);
    const hooks = [1, 2, 3].map(() => renderHook(() => useStored(records.contacts, store)));
    for (const hook of hooks) await waitFor(() => expect(hook.result.current.loaded).toBe(true));
    await settle();
    expect(reads).toHaveLength(1);

    await otherTab.write(records.contacts, { huisartsenpost: '0900 7654' });
    for (const hook of hooks) {
      await waitFor(() => expect(hook.result.current.value).toEqual({ huisartsenpost: '0900 7654' }));
    }
    await settle();
    expect(reads).toHaveLength(2);
  });

  test('each store keeps its own values', async () => {
    const saved = open();
    await saved.write(records.contacts, { huisarts: '030 999 88 77' });
    const empty = createRecordStore({ dbName: 'rugplan-hook-other', indexedDB: factory });
    stores.push(empty);

    const fromSaved = renderHook(() => useStored(records.contacts, saved));
    const fromEmpty = renderHook(() => useStored(records.contacts, empty));
    await waitFor(() => expect(fromSaved.result.current.loaded).toBe(true));
    await waitFor(() => expect(fromEmpty.result.current.loaded).toBe(true));
    expect(fromSaved.result.current.value).toEqual({ huisarts: '030 999 88 77' });
    expect(fromEmpty.result.current.value).toEqual({});
  });

  test('hydrating prerendered HTML renders the default first, even with the value already read', async () => {
    const store = open();
    await store.write(records.contacts, { huisarts: '030 123 45 67' });
    // Another part of the page has read the key before this part hydrates.
    const reader = renderHook(() => useStored(records.contacts, store));
    await waitFor(() => expect(reader.result.current.loaded).toBe(true));

    const rendered: string[] = [];
    const Number = () => {
      const { value, loaded } = useStored(records.contacts, store);
      const text = loaded ? (value.huisarts ?? 'none') : 'loading';
      rendered.push(text);
      return createElement('p', null, text);
    };
    const container = document.createElement('div');
    // What the prerender wrote: it has no IndexedDB, so the HTML holds the default.
    container.innerHTML = '<p>loading</p>';
    document.body.append(container);

    const errors: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, createElement(Number), { onRecoverableError: (error) => errors.push(error) }),
    );
    expect(errors).toEqual([]);
    expect(rendered[0]).toBe('loading');
    await waitFor(() => expect(container.textContent).toBe('030 123 45 67'));
    act(() => root.unmount());
    container.remove();
  });
});

describe('useStorageStatus', () => {
  test('reports saving off after the browser refuses, and still shows the value', async () => {
    const refusing = createRecordStore({
      dbName: 'rugplan-hook',
      indexedDB: new Proxy(factory, {
        get: (target, prop) =>
          prop === 'open'
            ? () => {
                throw new DOMException('private mode', 'InvalidStateError');
              }
            : Reflect.get(target, prop, target),
      }),
    });
    stores.push(refusing);
    const { result } = renderHook(() => ({
      status: useStorageStatus(refusing),
      diary: useStored(records.diary, refusing),
    }));
    await waitFor(() => expect(result.current.diary.loaded).toBe(true));

    await act(() => result.current.diary.setValue([entry('kept-in-memory', 8)]));
    expect(result.current.status).toEqual({ savingOff: true, reason: 'InvalidStateError', setAside: [] });
    expect(result.current.diary.value.map((e) => e.id)).toEqual(['kept-in-memory']);
  });

  test('re-renders when a record is set aside', async () => {
    // A diary saved by a newer build, read by this (older) one.
    await open().write(records.diary, [entry('x')]);
    const olderBuild = open();
    const { result } = renderHook(() => useStorageStatus(olderBuild));
    expect(result.current.setAside).toEqual([]);

    await act(async () => {
      expect(await olderBuild.read({ ...records.diary, version: 0 })).toEqual([]);
    });
    expect(result.current.setAside).toMatchObject([{ key: 'diary', reason: 'newer-version' }]);
  });
});
