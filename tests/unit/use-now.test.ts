// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { nextSecondAfter } from '../../src/ui/use-now';

describe('the exercise display refreshes on its own whole seconds', () => {
  const origin = Date.parse('2026-11-30T09:00:00.250Z'); // an exercise started at a quarter past a second

  test('the next refresh falls on the next whole second counted from the start', () => {
    expect(nextSecondAfter(origin, origin)).toBe(origin + 1000);
    expect(nextSecondAfter(origin + 1, origin)).toBe(origin + 1000);
    expect(nextSecondAfter(origin + 999, origin)).toBe(origin + 1000);
    expect(nextSecondAfter(origin + 61_400, origin)).toBe(origin + 62_000);
  });

  test('always in the future, so a timer that fires a moment early plans the same second again, never zero', () => {
    expect(nextSecondAfter(origin + 1999, origin) - (origin + 1999)).toBe(1);
    expect(nextSecondAfter(origin + 2000, origin)).toBe(origin + 3000);
    // A clock set back before the start still gets a refresh within a second.
    expect(nextSecondAfter(origin - 10_500, origin)).toBe(origin - 10_000);
  });
});
