import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { exportHintDue } from '../../src/features/diary/export-hint-timing';
import { appStore } from '../../src/storage/app-store';
import { records, type DiaryEntry } from '../../src/storage/records';
import { renderAppAt } from '../render';

const entry = (id: string, at: string): DiaryEntry => ({ id, at, pain: 5, location: 'bil', moment: 'any' });
const now = new Date('2026-12-08T09:00:00.000Z');
const weekOld = [entry('a', '2026-12-01T08:59:00.000Z'), entry('b', '2026-12-07T20:00:00.000Z')];

afterEach(() => {
  vi.useRealTimers();
});

describe('after a week of entries the diary suggests a copy', () => {
  test('not before a full week since the first entry; back a week after it was put away', () => {
    expect(exportHintDue([], undefined, now)).toBe(false);
    expect(exportHintDue([entry('new', '2026-12-01T09:01:00.000Z')], undefined, now)).toBe(false);
    expect(exportHintDue(weekOld, undefined, now)).toBe(true);
    expect(exportHintDue(weekOld, '2026-12-02T09:00:00.000Z', now)).toBe(false);
    expect(exportHintDue(weekOld, '2026-12-01T08:59:00.000Z', now)).toBe(true);
  });

  test('the card leads to the backup, and "Niet nu" puts it away for good on this phone', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    await appStore().write(records.diary, weekOld);
    const user = userEvent.setup();
    const { unmount } = await renderAppAt('/dagboek');
    const card = await screen.findByRole('region', { name: 'Bewaar een kopie van uw dagboek' });
    expect(card).toHaveTextContent('Safari op een iPhone of iPad wist de gegevens van een website');
    expect(screen.getByRole('link', { name: 'Maak een reservekopie' })).toHaveAttribute('href', '/dagboek/gegevens');

    await user.click(screen.getByRole('button', { name: 'Niet nu' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bewaar een kopie van uw dagboek' })).toBeNull());
    expect((await appStore().read(records.diaryReview)).exportHintDismissedAt).toBe(now.toISOString());
    unmount();
    await renderAppAt('/dagboek');
    await screen.findByRole('table');
    expect(screen.queryByRole('region', { name: 'Bewaar een kopie van uw dagboek' })).toBeNull();
  });

  test('in English too, and not for a diary younger than a week', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    await appStore().write(records.diary, weekOld);
    const { unmount } = await renderAppAt('/dagboek', { language: 'en' });
    expect(await screen.findByRole('region', { name: 'Keep a copy of your diary' })).toHaveTextContent(
      'unless Rugplan is on the home screen',
    );
    expect(screen.getByRole('button', { name: 'Not now' })).toBeInTheDocument();
    unmount();
    await appStore().write(records.diary, [weekOld[1]!]);
    await renderAppAt('/dagboek', { language: 'en' });
    await screen.findByRole('table');
    expect(screen.queryByRole('region', { name: 'Keep a copy of your diary' })).toBeNull();
  });
});
