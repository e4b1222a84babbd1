import { useEffect, useState } from 'react';

/** When the next whole second after `now` falls, counted from `originMs`: always in the future. */
export function nextSecondAfter(now: number, originMs: number): number {
  return originMs + (Math.floor((now - originMs) / 1000) + 1) * 1000;
}

/**
 * The current time, refreshed while `running` on each whole second counted from `originMs` (an
 * exercise's own start, so the refresh lands exactly when the seconds shown change, and never more
 * often). Only the display refreshes: what a timer shows is always computed from the clock, so a late
 * or skipped refresh never makes it wrong. Nothing runs while the page is hidden (a locked phone, another
 * app in front): that would only spend battery on a screen no one sees. It refreshes at once when the
 * page is shown again.
 */
export function useNow(running: boolean, originMs = 0): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!running) return;
    let timer: number | undefined;
    const schedule = () => {
      window.clearTimeout(timer);
      timer = undefined;
      if (document.visibilityState === 'hidden') return;
      const at = Date.now();
      // Each refresh plans the next one from the clock: a timer that fires early or late (a busy
      // phone) corrects itself at the next second instead of drifting, as a fixed interval would.
      timer = window.setTimeout(
        () => {
          setNow(new Date());
          schedule();
        },
        nextSecondAfter(at, originMs) - at,
      );
    };
    const refresh = () => {
      setNow(new Date());
      schedule();
    };
    refresh();
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [running, originMs]);
  return running ? now : new Date();
}
