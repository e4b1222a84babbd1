import { describe, expect, test } from 'vitest';
import { chartPoints, dayKey, groupByDay } from '../../src/features/diary/diary-days';
import { firstAndLatest } from '../../src/features/diary/first-and-latest';
import type { DiaryEntry } from '../../src/storage/records';

const e = (id: string, at: string, overrides: Partial<DiaryEntry> = {}): DiaryEntry => ({
  id,
  at,
  pain: 5,
  location: 'bil',
  moment: 'any',
  ...overrides,
});

describe('days', () => {
  test('the calendar day is the one in the given time zone', () => {
    expect(dayKey('2025-03-01T23:30:00.000Z', 'Europe/Amsterdam')).toBe('2025-03-02');
    expect(dayKey('2025-03-01T23:30:00.000Z', 'UTC')).toBe('2025-03-01');
  });

  test('entries by day: newest day first, each day in logging order', () => {
    const entries = [
      e('c', '2025-03-02T09:00:00.000Z'),
      e('a', '2025-03-01T08:00:00.000Z'),
      e('late', '2025-03-01T23:30:00.000Z'),
      e('b', '2025-03-01T10:00:00.000Z'),
    ];
    expect(groupByDay(entries, 'Europe/Amsterdam').map((d) => [d.day, d.entries.map((x) => x.id)])).toEqual([
      ['2025-03-02', ['late', 'c']],
      ['2025-03-01', ['a', 'b']],
    ]);
  });

  test('first and latest by time, whatever the order saved', () => {
    const entries = [
      e('mid', '2025-03-02T00:00:00Z'),
      e('last', '2025-03-03T00:00:00Z'),
      e('first', '2025-03-01T00:00:00Z'),
    ];
    const { first, latest } = firstAndLatest(entries);
    expect([first?.id, latest?.id]).toEqual(['first', 'last']);
    expect(firstAndLatest([])).toEqual({});
  });
});

describe('chart geometry', () => {
  const box = { left: 0, right: 100, painTop: 0, painBottom: 100, locationTop: 200, locationBottom: 300 };

  test('time runs left to right, pain 10 at the top, the foot at the bottom of its band', () => {
    const points = chartPoints(
      [
        e('b', '2025-03-03T00:00:00.000Z', { pain: 0, location: 'voet' }),
        e('a', '2025-03-01T00:00:00.000Z', { pain: 10, location: 'midden' }),
        e('m', '2025-03-02T00:00:00.000Z', { pain: 5, location: 'bil' }),
      ],
      box,
    );
    expect(points).toEqual([
      { id: 'a', x: 0, painY: 0, locationY: 200 },
      { id: 'm', x: 50, painY: 50, locationY: 240 },
      { id: 'b', x: 100, painY: 100, locationY: 300 },
    ]);
  });

  test('a single entry sits in the middle; no entries, no points', () => {
    expect(chartPoints([e('a', '2025-03-01T00:00:00.000Z')], box)[0]?.x).toBe(50);
    expect(chartPoints([], box)).toEqual([]);
  });
});
