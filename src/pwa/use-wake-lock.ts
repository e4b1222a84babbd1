import { useEffect, useState } from 'react';

/**
 * Keeps the screen on while `active`, where the browser has the Screen Wake Lock API. The browser
 * drops the lock whenever the page is hidden, so it is asked for again when the app returns to the
 * foreground. Without the API (older iPhones) or when refused (battery saver), nothing breaks:
 * the timer keeps the right time anyway. Returns whether the screen is being kept on.
 */
export function useWakeLock(active: boolean): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!active || !wakeLock) return;
    let sentinel: WakeLockSentinel | null = null;
    let cancelled = false;
    const request = async () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        sentinel = await wakeLock.request('screen');
        if (cancelled) {
          void sentinel.release();
          return;
        }
        setHeld(true);
        sentinel.addEventListener('release', () => setHeld(false), { once: true });
      } catch {
        setHeld(false); // refused (e.g. battery saver): the exercise goes on without it
      }
    };
    void request();
    document.addEventListener('visibilitychange', request);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', request);
      void sentinel?.release();
      setHeld(false);
    };
  }, [active]);
  return held;
}
