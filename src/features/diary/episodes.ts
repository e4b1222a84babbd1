/**
 * Episodes of back pain: ending one ("Mijn rug is weer goed"), starting the next ("Weer rugpijn"),
 * the diary grouped by episode and the short summary shown at the end. Pure, with the clock and the
 * time zone passed in.
 */
import { wallTimeAt } from '../../schedule/clock-time';
import { currentEpisode, episodeOf, type DiaryEntry, type Episode, type Session } from '../../storage/records';

/** True when the last episode was ended with "Mijn rug is weer goed" and no new one has started. */
export function hasEnded(episodes: readonly Episode[]): boolean {
  return currentEpisode(episodes).endedAt !== undefined;
}

/** The list with the current episode ended at `now`; unchanged when it had ended already (a second tap). */
export function endEpisode(episodes: readonly Episode[], now: Date): Episode[] {
  const list = episodes.length > 0 ? [...episodes] : [{ number: 1 }];
  const last = list[list.length - 1]!;
  if (last.endedAt !== undefined) return list;
  list[list.length - 1] = { ...last, endedAt: now.toISOString() };
  return list;
}

/**
 * The list with a new episode, numbered on from the last one, started at `now`. A still running
 * episode is ended at the same moment: "Weer rugpijn" means the earlier pain is over too.
 */
export function startNextEpisode(episodes: readonly Episode[], now: Date): Episode[] {
  const ended = endEpisode(episodes, now);
  const next = currentEpisode(ended).number + 1;
  return [...ended, { number: next, startedAt: now.toISOString() }];
}

/** One episode's share of the diary and the rounds, oldest first. */
export interface EpisodeGroup<T> {
  episode: Episode;
  items: T[];
}

/**
 * Items by episode, newest episode first, each episode's items oldest first. Every episode in the
 * list appears (also an empty one); items of an episode the list does not know (an imported
 * backup from another phone) get a group of their own rather than disappearing.
 */
export function groupByEpisode<T extends { episode?: number; at: string }>(
  items: readonly T[],
  episodes: readonly Episode[],
): EpisodeGroup<T>[] {
  const byNumber = new Map<number, EpisodeGroup<T>>();
  for (const episode of episodes) byNumber.set(episode.number, { episode, items: [] });
  const sorted = [...items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const item of sorted) {
    const number = episodeOf(item);
    let group = byNumber.get(number);
    if (!group) byNumber.set(number, (group = { episode: { number }, items: [] }));
    group.items.push(item);
  }
  return [...byNumber.values()].sort((a, b) => b.episode.number - a.episode.number);
}

/** Items of one episode. */
export function inEpisode<T extends { episode?: number }>(items: readonly T[], number: number): T[] {
  return items.filter((item) => episodeOf(item) === number);
}

/** What the end of an episode shows: how long it lasted, how many rounds, the first and last pain. */
export interface EpisodeSummary {
  /** Calendar days from the first day to the last, both counted (1 for an episode of one day). */
  days: number;
  /** Rounds of the stappenplan finished in the episode. */
  rounds: number;
  first?: DiaryEntry;
  last?: DiaryEntry;
}

/** Whole days between two calendar dates, from their own fields (never from formatted text). */
function calendarDaysBetween(from: Date, to: Date, zone: string): number {
  const a = wallTimeAt(from, zone);
  const b = wallTimeAt(to, zone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/**
 * The summary of one episode. It runs from its start (or, for the first episode, its earliest
 * value or round) to its end (or `now` while it goes on).
 */
export function summarizeEpisode(
  episode: Episode,
  diary: readonly DiaryEntry[],
  sessions: readonly Session[],
  now: Date,
  zone: string,
): EpisodeSummary {
  const entries = inEpisode(diary, episode.number).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const rounds = inEpisode(sessions, episode.number);
  const times = [
    ...(episode.startedAt ? [Date.parse(episode.startedAt)] : []),
    ...entries.map((e) => Date.parse(e.at)),
    ...rounds.map((s) => Date.parse(s.startedAt)),
  ];
  const end = episode.endedAt ? new Date(episode.endedAt) : now;
  const start = times.length > 0 ? new Date(Math.min(...times)) : end;
  // A clock set back can put the start after the end; the episode then lasted one day, not less.
  const days = Math.max(1, calendarDaysBetween(start, end, zone) + 1);
  return {
    days,
    rounds: rounds.length,
    ...(entries[0] && { first: entries[0] }),
    ...(entries.length > 0 && { last: entries[entries.length - 1] }),
  };
}
