import { describe, expect, test } from 'vitest';
import { isEnVerderDue, isReviewDue, reviewDueAt } from '../../src/features/diary/review-timing';
import type { Session } from '../../src/storage/records';

const session = (startedAt: string, id = startedAt): Session => ({
  id,
  stepId: 'stap-1-liggen',
  startedAt,
  finishedAt: new Date(Date.parse(startedAt) + 5 * 60_000).toISOString(),
});
const at = (iso: string) => new Date(iso);
const first = session('2025-03-01T08:00:00.000Z');

describe('the two-day review', () => {
  test('no sessions: no review', () => {
    expect(reviewDueAt({ sessions: [] }, at('2025-03-05T08:00:00.000Z'))).toBeUndefined();
    expect(isReviewDue({ sessions: [] }, at('2025-03-05T08:00:00.000Z'))).toBe(false);
  });

  test('due exactly 48 hours after the first session, not a minute before', () => {
    const sessions = [first, session('2025-03-02T20:00:00.000Z')];
    expect(reviewDueAt({ sessions }, at('2025-03-02T21:00:00.000Z'))).toEqual(at('2025-03-03T08:00:00.000Z'));
    expect(isReviewDue({ sessions }, at('2025-03-03T07:59:00.000Z'))).toBe(false);
    expect(isReviewDue({ sessions }, at('2025-03-03T08:00:00.000Z'))).toBe(true);
  });

  test('the first session counts, whatever order the list is in', () => {
    const sessions = [session('2025-03-02T10:00:00.000Z'), first];
    expect(reviewDueAt({ sessions }, at('2025-03-02T11:00:00.000Z'))).toEqual(at('2025-03-03T08:00:00.000Z'));
  });

  test('after "doorgaan" it comes back 24 hours later, daily while the plan runs', () => {
    const sessions = [first, session('2025-03-03T09:00:00.000Z'), session('2025-03-04T09:00:00.000Z')];
    const dismissedAt = '2025-03-03T09:30:00.000Z';
    expect(isReviewDue({ sessions, dismissedAt }, at('2025-03-04T09:29:00.000Z'))).toBe(false);
    expect(isReviewDue({ sessions, dismissedAt }, at('2025-03-04T09:30:00.000Z'))).toBe(true);
  });

  test('a dismissal before the first due time does not delay it', () => {
    const sessions = [first, session('2025-03-02T09:00:00.000Z')];
    expect(reviewDueAt({ sessions, dismissedAt: '2025-03-01T09:00:00.000Z' }, at('2025-03-02T10:00:00.000Z'))).toEqual(
      at('2025-03-03T08:00:00.000Z'),
    );
  });

  test('it stops once no session was done for three days (the plan is no longer running)', () => {
    const sessions = [first, session('2025-03-03T09:00:00.000Z')];
    expect(isReviewDue({ sessions }, at('2025-03-06T09:04:00.000Z'))).toBe(true);
    expect(isReviewDue({ sessions }, at('2025-03-06T09:06:00.000Z'))).toBe(false);
  });

  test('a garbled dismissal time is ignored rather than hiding the review', () => {
    const sessions = [first, session('2025-03-03T07:00:00.000Z')];
    expect(isReviewDue({ sessions, dismissedAt: 'not a date' }, at('2025-03-03T08:00:00.000Z'))).toBe(true);
  });
});

describe('"En verder"', () => {
  test('shows once the first day is over', () => {
    expect(isEnVerderDue([], at('2025-03-09T08:00:00.000Z'))).toBe(false);
    expect(isEnVerderDue([first], at('2025-03-02T07:59:00.000Z'))).toBe(false);
    expect(isEnVerderDue([first], at('2025-03-02T08:00:00.000Z'))).toBe(true);
  });
});
