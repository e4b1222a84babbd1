import { describe, expect, test } from 'vitest';
import {
  endEpisode,
  groupByEpisode,
  hasEnded,
  startNextEpisode,
  summarizeEpisode,
} from '../../src/features/diary/episodes';
import { isEpisodeList, records, type DiaryEntry, type Episode, type Session } from '../../src/storage/records';

const zone = 'Europe/Amsterdam';
const entry = (id: string, at: string, pain: number, extra: Partial<DiaryEntry> = {}): DiaryEntry => ({
  id,
  at,
  pain,
  location: 'bil',
  moment: 'any',
  ...extra,
});
const round = (id: string, startedAt: string, episode?: number): Session => ({
  id,
  stepId: 'stap-1-liggen',
  startedAt,
  finishedAt: startedAt,
  ...(episode === undefined ? {} : { episode }),
});

describe('ending and starting an episode', () => {
  test('nothing saved yet: one episode, going on', () => {
    expect(records.episodes.fallback()).toEqual([{ number: 1 }]);
    expect(hasEnded(records.episodes.fallback())).toBe(false);
  });

  test('"Mijn rug is weer goed" ends the current episode; a second tap keeps the first time', () => {
    const ended = endEpisode([{ number: 1 }], new Date('2026-03-10T18:00:00Z'));
    expect(ended).toEqual([{ number: 1, endedAt: '2026-03-10T18:00:00.000Z' }]);
    expect(hasEnded(ended)).toBe(true);
    expect(endEpisode(ended, new Date('2026-03-11T18:00:00Z'))).toEqual(ended);
  });

  test('"Weer rugpijn" adds the next episode, the earlier ones kept as they were', () => {
    const ended: Episode[] = [{ number: 1, endedAt: '2026-03-10T18:00:00.000Z' }];
    const next = startNextEpisode(ended, new Date('2026-09-01T07:00:00Z'));
    expect(next).toEqual([
      { number: 1, endedAt: '2026-03-10T18:00:00.000Z' },
      { number: 2, startedAt: '2026-09-01T07:00:00.000Z' },
    ]);
    expect(hasEnded(next)).toBe(false);
    expect(isEpisodeList(next)).toBe(true);
  });

  test('"Weer rugpijn" while an episode still runs ends that one at the same moment', () => {
    const next = startNextEpisode([{ number: 1 }], new Date('2026-09-01T07:00:00Z'));
    expect(next[0]).toEqual({ number: 1, endedAt: '2026-09-01T07:00:00.000Z' });
    expect(next[1]?.number).toBe(2);
  });

  test('the saved list must count upwards and may not be empty', () => {
    expect(isEpisodeList([])).toBe(false);
    expect(isEpisodeList([{ number: 2 }, { number: 1 }])).toBe(false);
    expect(isEpisodeList([{ number: 1 }, { number: 1 }])).toBe(false);
    expect(isEpisodeList([{ number: 0 }])).toBe(false);
    expect(isEpisodeList([{ number: 1, endedAt: 'gisteren' }])).toBe(false);
  });
});

describe('grouping by episode', () => {
  const episodes: Episode[] = [
    { number: 1, endedAt: '2026-03-10T18:00:00.000Z' },
    { number: 2, startedAt: '2026-09-01T07:00:00.000Z' },
  ];

  test('values saved before episodes existed belong to the first; newest episode first, values oldest first', () => {
    const groups = groupByEpisode(
      [
        entry('b', '2026-09-02T08:00:00Z', 5, { episode: 2 }),
        entry('old-2', '2026-03-02T08:00:00Z', 4),
        entry('old-1', '2026-03-01T08:00:00Z', 7),
        entry('a', '2026-09-01T08:00:00Z', 6, { episode: 2 }),
      ],
      episodes,
    );
    expect(groups.map((g) => [g.episode.number, g.items.map((e) => e.id)])).toEqual([
      [2, ['a', 'b']],
      [1, ['old-1', 'old-2']],
    ]);
    expect(groups[0]?.episode.startedAt).toBe('2026-09-01T07:00:00.000Z');
  });

  test('an episode with no values still has its group; values of an unknown episode are not lost', () => {
    const groups = groupByEpisode([entry('x', '2026-09-02T08:00:00Z', 3, { episode: 5 })], episodes);
    expect(groups.map((g) => [g.episode.number, g.items.length])).toEqual([
      [5, 1],
      [2, 0],
      [1, 0],
    ]);
  });
});

describe('the summary at the end of an episode', () => {
  test('days counted on the calendar, rounds, first and last value of this episode only', () => {
    const diary = [
      entry('before', '2026-02-01T09:00:00Z', 9, { location: 'voet' }), // an earlier phone's value, episode 1
      entry('last', '2026-09-05T17:00:00Z', 1, { episode: 2, location: 'midden' }),
      entry('first', '2026-09-01T08:00:00Z', 7, { episode: 2, location: 'bovenbeen' }),
    ];
    const sessions = [
      round('r1', '2026-09-01T08:05:00Z', 2),
      round('r2', '2026-09-01T10:05:00Z', 2),
      round('r3', '2026-09-03T10:05:00Z', 2),
      round('old', '2026-02-01T09:05:00Z'),
    ];
    const episode: Episode = { number: 2, startedAt: '2026-09-01T07:00:00Z', endedAt: '2026-09-05T18:00:00Z' };
    const summary = summarizeEpisode(episode, diary, sessions, new Date('2026-12-01T00:00:00Z'), zone);
    // 1 to 5 September: five calendar days.
    expect(summary.days).toBe(5);
    expect(summary.rounds).toBe(3);
    expect(summary.first).toMatchObject({ id: 'first', pain: 7, location: 'bovenbeen' });
    expect(summary.last).toMatchObject({ id: 'last', pain: 1, location: 'midden' });
  });

  test('the first episode starts at its earliest value; a late evening counts on its own calendar day', () => {
    // 23:30 in Amsterdam on 1 March is 22:30 UTC; the end at 00:30 on 3 March is 23:30 UTC on 2 March.
    const diary = [entry('a', '2026-03-01T22:30:00Z', 6)];
    const summary = summarizeEpisode(
      { number: 1, endedAt: '2026-03-02T23:30:00Z' },
      diary,
      [],
      new Date('2026-12-01T00:00:00Z'),
      zone,
    );
    expect(summary.days).toBe(3);
    expect(summary.rounds).toBe(0);
    expect(summary.first?.id).toBe('a');
    expect(summary.last?.id).toBe('a');
  });

  test('an episode with nothing logged, ended the same day: one day, no values', () => {
    const summary = summarizeEpisode(
      { number: 3, startedAt: '2026-10-01T08:00:00Z', endedAt: '2026-10-01T09:00:00Z' },
      [],
      [],
      new Date('2026-12-01T00:00:00Z'),
      zone,
    );
    expect(summary).toEqual({ days: 1, rounds: 0 });
  });
});
