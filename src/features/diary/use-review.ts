import { useSyncExternalStore } from 'react';
import { currentEpisode, records } from '../../storage/records';
import { inEpisode } from './episodes';
import { useStored } from '../../storage/use-stored';
import { isEnVerderDue, isReviewDue } from './review-timing';

// The clock as an external store: read when a screen first asks, again when the app comes back to
// the foreground ("opening the app") and once a minute. Prerendering sees no time at all (null).
let snapshot: number | null = null;
let subscribers = 0;
function subscribeClock(onChange: () => void): () => void {
  subscribers += 1;
  const refresh = () => {
    if (document.visibilityState !== 'visible') return;
    snapshot = Date.now();
    onChange();
  };
  document.addEventListener('visibilitychange', refresh);
  const timer = window.setInterval(refresh, 60_000);
  return () => {
    document.removeEventListener('visibilitychange', refresh);
    window.clearInterval(timer);
    subscribers -= 1;
    // Forget the time once nobody looks, so the next screen starts from the real clock.
    if (subscribers === 0) snapshot = null;
  };
}
const readClock = () => (snapshot ??= Date.now());
const noClock = () => null;

/** The two-day review bound to storage and the clock. Nothing is due until both have been read. */
export function useReview() {
  const sessions = useStored(records.sessions);
  const review = useStored(records.diaryReview);
  const episodes = useStored(records.episodes);
  // Only this episode's rounds: the review is about the first days of the pain that is there now.
  const rounds = inEpisode(sessions.value, currentEpisode(episodes.value).number);
  const nowMs = useSyncExternalStore(subscribeClock, readClock, noClock);
  const now = nowMs === null ? null : new Date(nowMs);
  const ready = now !== null && sessions.loaded && review.loaded && episodes.loaded;
  return {
    ready,
    reviewDue: ready && isReviewDue({ sessions: rounds, dismissedAt: review.value.dismissedAt }, now),
    enVerderDue: ready && isEnVerderDue(rounds, now) && !review.value.enVerderSeenAt,
    /** "Gaat goed: doorgaan": put the review away until the same time tomorrow. */
    dismiss: () => review.setValue((r) => ({ ...r, dismissedAt: new Date().toISOString() })),
    markEnVerderRead: () => review.setValue((r) => ({ ...r, enVerderSeenAt: new Date().toISOString() })),
  };
}
