/**
 * Who hears that a record was written: the hooks of this tab that show it (per key), and the other
 * open tabs, through a BroadcastChannel, so each re-reads the key and two tabs stay consistent.
 */
import { isStorageKey, type StorageKey } from './keys';
import { isObject } from './validators';

/** The write notices of one record store. */
export interface KeyNotices {
  /** Calls `listener` when `key` was written, in this tab or another; returns the unsubscribe function. */
  subscribeKey(key: StorageKey, listener: () => void): () => void;
  /** Tells this tab's listeners of `key`. */
  notify(key: string): void;
  /** Tells the other tabs that `key` was written. */
  announce(key: StorageKey): void;
  /** Stops hearing the other tabs. */
  close(): void;
}

/** `fromOtherTab` runs before this tab's listeners hear of another tab's write of `key`. */
export function createKeyNotices(channelName: string, fromOtherTab: (key: StorageKey) => void): KeyNotices {
  const keyListeners = new Map<string, Set<() => void>>();

  const notify = (key: string) => {
    for (const listener of [...(keyListeners.get(key) ?? [])]) {
      try {
        listener();
      } catch (error) {
        // One broken listener must not keep the others (or the write that notified) from going on.
        console.error(error);
      }
    }
  };

  // BroadcastChannel is missing in Safari before 15.4; the tabs then simply sync on reload.
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      // Another tab's message is untrusted input like anything else read from outside.
      if (isObject(event.data) && isStorageKey(event.data.key)) {
        fromOtherTab(event.data.key);
        notify(event.data.key);
      }
    };
  }

  return {
    subscribeKey: (key, listener) => {
      let listeners = keyListeners.get(key);
      if (!listeners) keyListeners.set(key, (listeners = new Set()));
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify,
    announce: (key) => {
      try {
        channel?.postMessage({ key });
      } catch {
        // A closed channel (store closed during a write) is not worth failing a save for.
      }
    },
    close: () => channel?.close(),
  };
}
