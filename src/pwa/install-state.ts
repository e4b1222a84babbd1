import { useSyncExternalStore } from 'react';

/** Chromium's install event; not in TypeScript's DOM types because it is not a standard. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

type InstallState = {
  /** The saved event while the browser offers installation; null otherwise. */
  deferredPrompt: BeforeInstallPromptEvent | null;
  installed: boolean;
};

// What the prerender saw (no install event in Node): the snapshot React hydrates with.
const initialState: InstallState = { deferredPrompt: null, installed: false };
let state: InstallState = initialState;
const listeners = new Set<() => void>();

function setState(next: InstallState) {
  state = next;
  listeners.forEach((listener) => listener());
}

/**
 * Listens from start-up: Chromium fires `beforeinstallprompt` once, often before React has mounted
 * the install button, so the event is kept here until the user taps.
 */
export function listenForInstallPrompt(target: Window = window): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // keep the mini-infobar away; we offer our own button
    setState({ ...state, deferredPrompt: event as BeforeInstallPromptEvent });
  });
  target.addEventListener('appinstalled', () => {
    setState({ deferredPrompt: null, installed: true });
  });
}

/** Shows the browser's install dialog; the saved event can be used only once. */
export async function promptInstall(): Promise<void> {
  const event = state.deferredPrompt;
  if (!event) return;
  setState({ ...state, deferredPrompt: null });
  await event.prompt();
}

export function useInstallState(): InstallState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => initialState,
  );
}
