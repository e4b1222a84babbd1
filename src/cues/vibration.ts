/**
 * Buzz patterns for the exercise cues, where the phone can vibrate (Android browsers; not iPhones).
 */
import { useSyncExternalStore } from 'react';
import type { CueKind } from './cue-timing';

/** Milliseconds on, off, on…: one buzz per repetition or minute, a longer one to start, two when done. */
export const vibrationPatterns: Record<CueKind, number[]> = {
  start: [250],
  repetition: [80],
  minute: [150],
  done: [200, 120, 200],
};

/** True where navigator.vibrate exists. */
export function canVibrate(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';
}

/** Vibrates for a cue where supported; silently does nothing elsewhere. */
export function vibrateCue(kind: CueKind): void {
  if (!canVibrate()) return;
  try {
    navigator.vibrate(vibrationPatterns[kind]);
  } catch {
    // Some browsers throw without a recent user gesture: the other cues still work.
  }
}

const noSubscription = () => () => undefined;

/** Whether this browser can vibrate: undefined in the first render (the same in Node and the browser). */
export function useCanVibrate(): boolean | undefined {
  return useSyncExternalStore(noSubscription, canVibrate, () => undefined);
}
