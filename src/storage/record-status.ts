/**
 * The record store's status, for the banner: whether saving is off (and why) and what was set
 * aside in this session, with the listeners to re-render when it changes.
 */
import type { StorageKey } from './keys';
import type { SetAsideReason } from './record-classify';
import { isObject } from './validators';

/** A record that was moved aside in this session; `storedAs` is the key that now holds it. */
export interface SetAsideEntry {
  key: StorageKey;
  at: string;
  reason: SetAsideReason;
  storedAs: string;
  /** For `invalid-items`: how many items of the list were set aside (the rest still shows). */
  items?: number;
}

/** What the UI banner needs: is saving off (and why), and what was set aside. */
export interface StorageStatus {
  savingOff: boolean;
  /** The browser's error name, e.g. `QuotaExceededError`, when saving is off. */
  reason?: string;
  setAside: readonly SetAsideEntry[];
}

/** The status of one record store, and the only way to change it. */
export interface StatusKeeper {
  /** The current status; the same object until something changes (fit for useSyncExternalStore). */
  status(): StorageStatus;
  /** Calls `listener` whenever the status changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** True once the browser has refused a write or read: from then on, everything lives in memory. */
  savingOff(): boolean;
  /** The browser refused: saving is off for the rest of this page's life, for the reason `error` names. */
  failed(error: unknown): void;
  /** Reports a record (or some of its items) moved aside. */
  setAside(entry: SetAsideEntry): void;
  /** Forgets what was set aside (everything was deleted). */
  clearSetAside(): void;
}

function errorName(error: unknown): string {
  if (error instanceof Error || (typeof DOMException === 'function' && error instanceof DOMException))
    return error.name;
  if (isObject(error) && typeof error.name === 'string') return error.name;
  return 'UnknownError';
}

export function createStatusKeeper(): StatusKeeper {
  let current: StorageStatus = { savingOff: false, setAside: [] };
  const listeners = new Set<() => void>();
  const change = (next: StorageStatus) => {
    current = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    status: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    savingOff: () => current.savingOff,
    // Once the browser has refused, every later write goes to memory too: writing some records to
    // disk and others not would leave a mix that no reload could make sense of. So it never turns back on.
    failed: (error) => {
      if (!current.savingOff) change({ ...current, savingOff: true, reason: errorName(error) });
    },
    setAside: (entry) => change({ ...current, setAside: [...current.setAside, entry] }),
    clearSetAside: () => change({ ...current, setAside: [] }),
  };
}
