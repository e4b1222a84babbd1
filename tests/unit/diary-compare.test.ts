import { describe, expect, test } from 'vitest';
import { compareEntries, textsFor, valuesForSession } from '../../src/features/diary/compare';
import type { DiaryEntry, Session } from '../../src/storage/records';

const e = (overrides: Partial<DiaryEntry>): DiaryEntry => ({
  id: 'x',
  at: '2025-03-01T08:00:00.000Z',
  pain: 5,
  location: 'bil',
  moment: 'any',
  ...overrides,
});

describe('before and after one session', () => {
  test('pain reaching further into the leg shows the leaflet rule', () => {
    const c = compareEntries(e({ location: 'bil' }), e({ location: 'onderbeen' }));
    expect(c).toMatchObject({ locationChange: 2, furtherIntoLeg: true, towardsMiddle: false });
    expect(textsFor(c)).toEqual(['stop-rules']);
  });

  test('pain moving towards the middle shows what centralisation means', () => {
    const c = compareEntries(e({ location: 'bovenbeen', pain: 6 }), e({ location: 'een-kant', pain: 5 }));
    expect(c).toMatchObject({ locationChange: -2, towardsMiddle: true, clearlyMorePain: false });
    expect(textsFor(c)).toEqual(['centralisation']);
  });

  test('a rise of 2 points or more counts as clearly more pain; 1 point does not', () => {
    expect(textsFor(compareEntries(e({ pain: 4 }), e({ pain: 6 })))).toEqual(['stop-rules']);
    expect(textsFor(compareEntries(e({ pain: 4 }), e({ pain: 5 })))).toEqual([]);
    expect(textsFor(compareEntries(e({ pain: 6 }), e({ pain: 2 })))).toEqual([]);
  });

  test('more pain while it moved to the middle shows both texts', () => {
    const c = compareEntries(e({ location: 'voet', pain: 3 }), e({ location: 'midden', pain: 6 }));
    expect(textsFor(c)).toEqual(['stop-rules', 'centralisation']);
    expect(c.painChange).toBe(3);
  });

  test('the same place and about the same pain shows nothing extra', () => {
    expect(textsFor(compareEntries(e({}), e({})))).toEqual([]);
  });
});

describe('which values belong to a session', () => {
  const session: Session = {
    id: 's1',
    stepId: 'stap-3-elleboogsteun',
    startedAt: '2025-03-01T10:00:00.000Z',
    finishedAt: '2025-03-01T10:05:00.000Z',
  };

  test('values logged for the session win over nearby ones', () => {
    const entries = [
      e({ id: 'b-near', moment: 'before', at: '2025-03-01T09:59:00.000Z' }),
      e({ id: 'a-linked', moment: 'after', at: '2025-03-01T10:30:00.000Z', sessionId: 's1' }),
      e({ id: 'a-near', moment: 'after', at: '2025-03-01T10:06:00.000Z' }),
    ];
    expect(valuesForSession(entries, session)).toEqual({ before: entries[0], after: entries[1] });
  });

  test('the last "before" within the hour before the start, the first "after" within the hour after the end', () => {
    const entries = [
      e({ id: 'too-early', moment: 'before', at: '2025-03-01T08:30:00.000Z' }),
      e({ id: 'b1', moment: 'before', at: '2025-03-01T09:20:00.000Z' }),
      e({ id: 'b2', moment: 'before', at: '2025-03-01T09:50:00.000Z' }),
      e({ id: 'a1', moment: 'after', at: '2025-03-01T10:10:00.000Z' }),
      e({ id: 'a2', moment: 'after', at: '2025-03-01T10:20:00.000Z' }),
    ];
    const pair = valuesForSession(entries, session);
    expect(pair.before?.id).toBe('b2');
    expect(pair.after?.id).toBe('a1');
  });

  test('values of another session or too far away are not used', () => {
    const entries = [
      e({ id: 'other', moment: 'before', at: '2025-03-01T09:55:00.000Z', sessionId: 's0' }),
      e({ id: 'late', moment: 'after', at: '2025-03-01T11:30:00.000Z' }),
      e({ id: 'any', moment: 'any', at: '2025-03-01T10:06:00.000Z' }),
    ];
    expect(valuesForSession(entries, session)).toEqual({});
  });
});
