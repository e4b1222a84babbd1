import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PageBoundary } from '../../src/app/page-boundary';
import { appStore } from '../../src/storage/app-store';
import { errorLogKey, readErrorLog, resetErrorLogCache } from '../../src/storage/error-log';
import { records } from '../../src/storage/records';
import { renderAppAt, renderWithProviders } from '../render';

// A diary page that fails to render, as a bug or a record this build cannot show would make it.
const diaryFails = vi.hoisted(() => ({ failing: false }));
vi.mock('../../src/features/diary/diary-page', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/features/diary/diary-page')>();
  return {
    DiaryPage: () => {
      if (diaryFails.failing) throw new TypeError("Cannot read properties of undefined (reading 'pain')");
      return actual.DiaryPage();
    },
  };
});

beforeEach(() => {
  resetErrorLogCache();
  // React reports every caught error on the console too; the tests check what the user sees.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  diaryFails.failing = false;
  resetErrorLogCache();
  vi.restoreAllMocks();
});

const entry = { id: 'e1', at: '2026-12-01T08:30:00.000Z', pain: 6, location: 'bil', moment: 'any' } as const;

describe('a page that fails to render', () => {
  test('the shell, the bottom navigation and the alarm link stay; the message and the retry show; the data is intact', async () => {
    await appStore().write(records.diary, [entry]);
    diaryFails.failing = true;
    await renderAppAt('/dagboek');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina kon niet worden geladen' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Rugplan', { selector: '.app-name' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Alarmsignalen' })).toHaveAttribute('href', '/alarmsignalen');
    expect(screen.getByText(/Uw gegevens zijn bewaard/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Probeer opnieuw' })).toBeInTheDocument();
    // Not a missing chunk: no new version to offer.
    expect(screen.queryByRole('button', { name: 'Laad de nieuwe versie' })).not.toBeInTheDocument();

    expect(readErrorLog()).toMatchObject([
      { page: '/dagboek', kind: 'render', message: expect.stringMatching(/^TypeError: /) },
    ]);
    expect(JSON.parse(localStorage.getItem(errorLogKey) ?? '[]')).toHaveLength(1);
    expect(await appStore().read(records.diary)).toEqual([entry]);

    // "Probeer opnieuw" renders the page again: fixed now, it shows.
    diaryFails.failing = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Probeer opnieuw' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pijndagboek' })).toBeInTheDocument();
  });

  test('code missing after an update: "Laad de nieuwe versie" is offered too, in English for an English phone', async () => {
    function MissingChunk(): never {
      throw new TypeError(
        'Failed to fetch dynamically imported module: https://rugplan.example/assets/diary-page-abc.js',
      );
    }
    await renderWithProviders(
      <PageBoundary pathname="/dagboek">
        <MissingChunk />
      </PageBoundary>,
      { language: 'en' },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load the new version' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(readErrorLog()).toMatchObject([{ page: '/dagboek', kind: 'missing-chunk' }]);
  });
});

describe('the error log under Over deze app', () => {
  test('lists the kept errors newest first and copies them for a bug report', async () => {
    localStorage.setItem(
      errorLogKey,
      JSON.stringify([
        {
          at: '2026-12-01T09:00:00.000Z',
          page: '/dagboek',
          kind: 'render',
          message: 'TypeError: kapot',
          version: '0.1.0',
        },
        {
          at: '2026-11-30T09:00:00.000Z',
          page: '/stappenplan',
          kind: 'missing-chunk',
          message: 'TypeError: weg',
          version: '0.1.0',
        },
        { at: 'geen datum', page: '/', kind: 'render', message: 'onleesbaar', version: '0.1.0' },
      ]),
    );
    const user = userEvent.setup();
    await renderAppAt('/over-deze-app');
    const section = await screen.findByRole('region', { name: 'Fouten op deze telefoon' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('/dagboek · pagina gaf een fout'),
      expect.stringContaining('/stappenplan · nieuwe versie nodig'),
    ]);
    await user.click(within(section).getByRole('button', { name: 'Kopieer de foutenlijst' }));
    expect(await within(section).findByText('Gekopieerd.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      '2026-12-01T09:00:00.000Z 0.1.0 /dagboek render: TypeError: kapot\n' +
        '2026-11-30T09:00:00.000Z 0.1.0 /stappenplan missing-chunk: TypeError: weg',
    );
  });

  test('without errors it says so', async () => {
    await renderAppAt('/over-deze-app');
    const section = await screen.findByRole('region', { name: 'Fouten op deze telefoon' });
    expect(within(section).getByText('Er zijn geen fouten bewaard.')).toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});
