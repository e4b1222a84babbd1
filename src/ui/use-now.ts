import { useEffect, useState } from 'react';

/**
 * The current time, refreshed while `running`. Only the display refreshes: what a timer shows is
 * always computed from the clock, so a late or skipped refresh (background tab, locked phone) never
 * makes it wrong. It also refreshes at once when the page becomes visible again.
 */
export function useNow(running: boolean, intervalMs = 250): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!running) return;
    const refresh = () => setNow(new Date());
    refresh();
    const timer = window.setInterval(refresh, intervalMs);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [running, intervalMs]);
  return running ? now : new Date();
}
