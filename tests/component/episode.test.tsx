import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import advice from '../../content/nl/advice.json';
import safety from '../../src/i18n/locales/nl/safety.json';
import { appStore } from '../../src/storage/app-store';
import { readPrePaintHints } from '../../src/storage/pre-paint-hints';
import { records, type DiaryEntry, type Session } from '../../src/storage/records';
import { renderAppAt } from '../render';

const entry = (id: string, at: string, pain: number, location: DiaryEntry['location']): DiaryEntry => ({
  id,
  at,
  pain,
  location,
  moment: 'any',
});
const round = (id: string, startedAt: string): Session => ({
  id,
  stepId: 'stap-1-liggen',
  startedAt,
  finishedAt: new Date(Date.parse(startedAt) + 5 * 60_000).toISOString(),
});

/** A first episode as saved before episodes existed: no episode on any value or round. */
async function seedFirstEpisode() {
  await appStore().write(records.diary, [
    entry('e1', '2026-03-01T08:00:00.000Z', 7, 'bovenbeen'),
    entry('e2', '2026-03-02T08:00:00.000Z', 5, 'bil'),
    entry('e3', '2026-03-04T17:00:00.000Z', 2, 'midden'),
  ]);
  await appStore().write(records.sessions, [
    round('s1', '2026-03-01T08:05:00.000Z'),
    round('s2', '2026-03-01T10:05:00.000Z'),
  ]);
  await appStore().write(records.reminder, {
    ...records.reminder.fallback(),
    state: 'on',
    nextDueAt: '2099-03-04T19:00:00.000Z',
  });
  await appStore().write(records.planProgress, { currentStepId: 'stap-3-elleboogsteun' });
}

describe('"Mijn rug is weer goed"', () => {
  test('asks first; "Nee" changes nothing and the reminder keeps running', async () => {
    const user = userEvent.setup();
    await seedFirstEpisode();
    await renderAppAt('/dagboek/mijn-rug');
    await user.click(await screen.findByRole('button', { name: 'Mijn rug is weer goed …' }));
    const question = screen.getByRole('alertdialog');
    expect(question).toHaveTextContent('Weet u het zeker? De herinneringen stoppen. Uw dagboek blijft bewaard.');
    // The safe answer has focus: Enter keeps things as they are.
    expect(within(question).getByRole('button', { name: 'Nee, ik ga door' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect((await appStore().read(records.reminder)).state).toBe('on');
    expect(await appStore().read(records.episodes)).toEqual([{ number: 1 }]);
  });

  test('ends the episode: reminder off, the summary and the after-recovery advice show, the diary is kept', async () => {
    const user = userEvent.setup();
    await seedFirstEpisode();
    await renderAppAt('/dagboek/mijn-rug');
    await user.click(await screen.findByRole('button', { name: 'Mijn rug is weer goed …' }));
    await user.click(screen.getByRole('button', { name: 'Ja, mijn rug is weer goed' }));

    const summary = await screen.findByRole('region', { name: 'Uw rug is weer goed' });
    await waitFor(() => expect(within(summary).getByRole('heading', { name: 'Uw rug is weer goed' })).toHaveFocus());
    // The figures follow once the diary and the rounds are read.
    const figures = Object.fromEntries(
      (await within(summary).findAllByRole('term')).map((term) => [
        term.textContent,
        term.nextElementSibling?.textContent,
      ]),
    );
    expect(figures['Oefenrondes']).toBe('2');
    expect(figures['Eerste waarde']).toMatch(/^pijn 7, bovenbeen \(/);
    expect(figures['Laatste waarde']).toMatch(/^pijn 2, midden van de onderrug \(/);
    // 1 March to today (the real clock): at least the 274 days to 1 December 2026.
    expect(Number(/^(\d+) dagen$/.exec(figures['Duur'] ?? '')?.[1])).toBeGreaterThanOrEqual(274);

    const adviceRegion = screen.getByRole('region', { name: 'Na uw herstel' });
    const parts = [advice.afterRecovery, ...advice.selfCare];
    for (const part of parts) {
      expect(within(adviceRegion).getByRole('heading', { name: part.title })).toBeInTheDocument();
    }
    expect(within(adviceRegion).getAllByText(/^Bron: /)).toHaveLength(parts.length);

    expect((await appStore().read(records.reminder)).state).toBe('off');
    const [episode] = await appStore().read(records.episodes);
    expect(episode?.endedAt).toEqual(expect.any(String));
    expect((await appStore().read(records.diary)).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });

  test('with the episode ended, the start page shows no countdown and offers "Weer rugpijn"', async () => {
    await seedFirstEpisode();
    await appStore().write(records.episodes, [{ number: 1, endedAt: '2026-03-05T08:00:00.000Z' }]);
    await appStore().write(records.reminder, { ...records.reminder.fallback(), state: 'off' });
    await renderAppAt('/');
    const card = await screen.findByRole('region', { name: 'Uw rug is weer goed. Heeft u weer rugpijn?' });
    expect(within(card).getByRole('link', { name: 'Weer rugpijn' })).toHaveAttribute('href', '/dagboek/mijn-rug');
    expect(screen.queryByText(/Volgende keer/)).not.toBeInTheDocument();
  });

  test('in English: the same page and the English advice', async () => {
    const user = userEvent.setup();
    await seedFirstEpisode();
    await renderAppAt('/dagboek/mijn-rug', { language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'My back is better …' }));
    await user.click(screen.getByRole('button', { name: 'Yes, my back is better' }));
    expect(await screen.findByRole('region', { name: 'After your recovery' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back pain again: start again' })).toBeInTheDocument();
  });
});

describe('"Weer rugpijn"', () => {
  test('starts episode 2 at step 1 with the alarm list first; the earlier diary stays, grouped by episode', async () => {
    const user = userEvent.setup();
    await seedFirstEpisode();
    await appStore().write(records.episodes, [{ number: 1, endedAt: '2026-03-05T08:00:00.000Z' }]);
    await renderAppAt('/dagboek/mijn-rug');
    await user.click(await screen.findByRole('button', { name: 'Weer rugpijn: opnieuw beginnen' }));

    // The first-start screen, before the plan: the alarm list with its button.
    expect(await screen.findByRole('heading', { level: 1, name: safety.firstStart.title })).toBeInTheDocument();
    const episodes = await appStore().read(records.episodes);
    expect(episodes.map((e) => e.number)).toEqual([1, 2]);
    expect(episodes[1]?.startedAt).toEqual(expect.any(String));
    expect(await appStore().read(records.planProgress)).toEqual({ currentStepId: 'stap-1-liggen' });
    expect((await appStore().read(records.settings)).firstStartSeen).toBe(false);
    expect(readPrePaintHints()?.firstStartSeen).toBe(false);

    await user.click(screen.getByRole('button', { name: safety.firstStart.continue }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Stappenplan' })).toBeInTheDocument();

    // A value logged now belongs to episode 2.
    cleanup();
    await renderAppAt('/dagboek/noteren');
    // The form's fields wait for the saved diary and episode: wait for them too.
    const save = await screen.findByRole('button', { name: 'Opslaan' });
    await waitFor(() => expect(save).toBeEnabled());
    await user.click(screen.getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('radio', { name: 'Bil' }));
    await user.click(save);
    await waitFor(async () => expect(await appStore().read(records.diary)).toHaveLength(4));
    const saved = await appStore().read(records.diary);
    expect(saved.find((e) => !['e1', 'e2', 'e3'].includes(e.id))?.episode).toBe(2);
  });

  test('the diary shows each episode under its own heading, newest first, with its own values', async () => {
    await seedFirstEpisode();
    await appStore().write(records.episodes, [
      { number: 1, endedAt: '2026-03-05T08:00:00.000Z' },
      { number: 2, startedAt: '2026-09-01T07:00:00.000Z' },
    ]);
    await appStore().update(records.diary, (list) => [
      ...list,
      { ...entry('n1', '2026-09-01T08:00:00.000Z', 6, 'onderbeen'), episode: 2 },
    ]);
    await renderAppAt('/dagboek');
    const now = await screen.findByRole('region', { name: 'Periode 2 (nu)' });
    const before = screen.getByRole('region', { name: 'Periode 1' });
    expect(now.compareDocumentPosition(before) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const rows = (region: HTMLElement) =>
      within(within(region).getByRole('table', { name: 'Alle waarden, oudste eerst' }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(rows(now)).toEqual(['6']);
    expect(rows(before)).toEqual(['7', '5', '2']);
  });
});
