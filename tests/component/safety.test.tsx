import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import warnings from '../../content/nl/warnings.json';
import about from '../../content/nl/about.json';
import sourcesNl from '../../content/nl/sources.json';
import sourcesEn from '../../content/en/sources.json';
import { appStore } from '../../src/storage/app-store';
import { records } from '../../src/storage/records';
import { renderAppAt } from '../render';

const group = (title: string) => screen.getByRole('region', { name: title });
const [emergency, today, days] = warnings.alarm.groups.map((g) => g.title) as [string, string, string];

afterEach(() => {
  vi.useRealTimers();
});

describe('alarm page: calling', () => {
  test('without saved numbers: 112 only, and a way to save the numbers', async () => {
    await renderAppAt('/alarmsignalen');
    await screen.findByRole('heading', { level: 1, name: 'Alarmsignalen' });
    const calls = screen.getAllByRole('link', { name: /^Bel / });
    expect(calls.map((link) => link.getAttribute('href'))).toEqual(['tel:112']);
    const numbers = screen.getByRole('region', { name: 'Uw huisarts en huisartsenpost' });
    expect(within(numbers).getByText(/Nog geen nummers opgeslagen/)).toBeInTheDocument();
    expect(within(numbers).getByRole('link', { name: 'Nummers opslaan' })).toHaveAttribute('href', '/telefoonnummers');
  });

  test('saved numbers become call links in the groups that name them, with the readable number', async () => {
    await appStore().write(records.contacts, { huisarts: '+31201234567', huisartsenpost: '+31881234567' });
    await renderAppAt('/alarmsignalen');
    const huisarts = { name: 'Bel uw huisarts 020 123 4567' };
    const post = { name: 'Bel de huisartsenpost 088 123 4567' };
    expect(await within(group(emergency)).findByRole('link', post)).toHaveAttribute('href', 'tel:+31881234567');
    expect(within(group(emergency)).getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
    expect(within(group(emergency)).queryByRole('link', huisarts)).not.toBeInTheDocument();
    expect(within(group(today)).getByRole('link', huisarts)).toHaveAttribute('href', 'tel:+31201234567');
    expect(within(group(today)).getByRole('link', post)).toHaveAttribute('href', 'tel:+31881234567');
    expect(within(group(days)).getByRole('link', huisarts)).toHaveAttribute('href', 'tel:+31201234567');
    expect(within(group(days)).queryByRole('link', post)).not.toBeInTheDocument();
    const numbers = screen.getByRole('region', { name: 'Uw huisarts en huisartsenpost' });
    expect(within(numbers).getByRole('link', { name: '020 123 4567' })).toHaveAttribute('href', 'tel:+31201234567');
    expect(within(numbers).getByRole('link', { name: 'Nummers wijzigen' })).toHaveAttribute('href', '/telefoonnummers');
  });
});

describe('alarm page: back to a running exercise', () => {
  test('while a hold runs, "Terug naar uw oefening" returns to it with the time still running', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T09:00:30.000Z'));
    await appStore().write(records.activeExercise, {
      stepId: 'stap-3-elleboogsteun',
      kind: 'hold',
      startedAt: '2026-11-30T09:00:00.000Z',
      durationMs: 180_000,
      pausedTotalMs: 0,
    });
    const user = userEvent.setup();
    await renderAppAt('/alarmsignalen');
    expect(await screen.findByText('Uw oefening loopt nog: Stap 3: Elleboogsteun.')).toBeInTheDocument();
    const back = screen.getByRole('link', { name: 'Terug naar uw oefening' });
    expect(back).toHaveAttribute('href', '/stappenplan/stap-3-elleboogsteun');

    vi.setSystemTime(new Date('2026-11-30T09:01:00.000Z'));
    await user.click(back);
    expect(await screen.findByRole('heading', { level: 1, name: 'Stap 3: Elleboogsteun' })).toBeInTheDocument();
    expect(await screen.findByText('2:00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pauze' })).toBeInTheDocument();
    expect(await appStore().read(records.activeExercise)).toMatchObject({ stepId: 'stap-3-elleboogsteun' });
  });

  test('without a running exercise there is no way "back" to offer', async () => {
    await renderAppAt('/alarmsignalen');
    await screen.findByRole('heading', { level: 1, name: 'Alarmsignalen' });
    // The saved state has been read once the numbers card knows there are none.
    await screen.findByText(/Nog geen nummers opgeslagen/);
    await waitFor(async () => expect(await appStore().read(records.activeExercise)).toBeNull());
    expect(screen.queryByRole('link', { name: 'Terug naar uw oefening' })).not.toBeInTheDocument();
  });
});

describe('phone numbers page', () => {
  const field = (name: RegExp | string) => screen.getByRole('textbox', { name });
  const huisartsField = () => field('Telefoonnummer van uw huisarts');
  const postField = () => field('Telefoonnummer van de huisartsenpost');
  const save = () => screen.getByRole('button', { name: 'Opslaan' });

  async function openPage(language: 'nl' | 'en' = 'nl') {
    await renderAppAt('/telefoonnummers', { language });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: language === 'nl' ? 'Opslaan' : 'Save' })).toBeEnabled(),
    );
  }

  test('is reached from Meer and from the alarm page', async () => {
    const user = userEvent.setup();
    await renderAppAt('/meer');
    await user.click(await screen.findByRole('link', { name: 'Telefoonnummers huisarts en huisartsenpost' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Telefoonnummers' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Naar de alarmsignalen' }));
    await user.click(await screen.findByRole('link', { name: 'Nummers opslaan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Telefoonnummers' })).toBeInTheDocument();
  });

  test('two good numbers are saved in +31 form, shown readable, and called from the alarm page', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.type(huisartsField(), '020-123 45 67');
    await user.type(postField(), '+31 (0)88 123 4567');
    await user.click(save());
    expect(await screen.findByRole('status')).toHaveTextContent('Opgeslagen.');
    expect(await appStore().read(records.contacts)).toEqual({
      huisarts: '+31201234567',
      huisartsenpost: '+31881234567',
    });
    expect(huisartsField()).toHaveValue('020 123 4567');
    expect(postField()).toHaveValue('088 123 4567');

    await user.click(screen.getByRole('link', { name: 'Naar de alarmsignalen' }));
    expect(await within(group(today)).findByRole('link', { name: 'Bel uw huisarts 020 123 4567' })).toHaveAttribute(
      'href',
      'tel:+31201234567',
    );
    expect(within(group(emergency)).getByRole('link', { name: 'Bel de huisartsenpost 088 123 4567' })).toHaveAttribute(
      'href',
      'tel:+31881234567',
    );
  });

  test('a wrong number is not saved, says what is expected, and keeps what was typed', async () => {
    const user = userEvent.setup();
    await appStore().write(records.contacts, { huisartsenpost: '+31881234567' });
    await openPage();
    await waitFor(() => expect(postField()).toHaveValue('088 123 4567'));
    await user.type(huisartsField(), '020 123 456');
    await user.click(save());

    expect(
      await screen.findByText(/Dit nummer is te kort\. Een vast of mobiel nummer heeft 10 cijfers/),
    ).toBeInTheDocument();
    expect(huisartsField()).toHaveValue('020 123 456');
    expect(huisartsField()).toHaveAttribute('aria-invalid', 'true');
    expect(huisartsField()).toHaveAccessibleDescription(/Dit nummer is te kort/);
    expect(huisartsField()).toHaveFocus();
    expect(postField()).toHaveValue('088 123 4567');
    expect(screen.getByRole('status')).toHaveTextContent('Niet opgeslagen.');
    expect(await appStore().read(records.contacts)).toEqual({ huisartsenpost: '+31881234567' });

    // Corrected in place, it saves.
    await user.type(huisartsField(), '7');
    await user.click(save());
    expect(await screen.findByText('Opgeslagen.')).toBeInTheDocument();
    expect(screen.queryByText(/Dit nummer is te kort/)).not.toBeInTheDocument();
    expect(await appStore().read(records.contacts)).toEqual({
      huisarts: '+31201234567',
      huisartsenpost: '+31881234567',
    });
  });

  test.each([
    ['dokter Jansen', /alleen cijfers, geen letters/],
    ['+32 2 123 45 67', /Alleen Nederlandse nummers: begin met 0 of met \+31\./],
    ['201234567', /Begin met 0/],
    ['06 1234 56789', /Dit nummer is te lang/],
    ['020#1234567', /Gebruik alleen cijfers, spaties, streepjes en haakjes/],
    ['112', /Een kort nummer zoals 112 hoeft u hier niet op te slaan/],
  ])('"%s" gets its own message and stays in the field', async (typed, message) => {
    const user = userEvent.setup();
    await openPage();
    await user.type(postField(), typed);
    await user.click(save());
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(postField()).toHaveValue(typed);
    expect(await appStore().read(records.contacts)).toEqual({});
  });

  test('in English the message is English', async () => {
    const user = userEvent.setup();
    await openPage('en');
    await user.type(screen.getByRole('textbox', { name: 'Phone number of your GP' }), '+44 20 7946 0958');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Dutch numbers only: start with 0 or with +31.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Phone number of your GP' })).toHaveValue('+44 20 7946 0958');
  });

  test('an emptied field deletes that number', async () => {
    const user = userEvent.setup();
    await appStore().write(records.contacts, { huisarts: '+31201234567', huisartsenpost: '+31881234567' });
    await openPage();
    await waitFor(() => expect(huisartsField()).toHaveValue('020 123 4567'));
    await user.clear(huisartsField());
    await user.click(save());
    expect(await screen.findByText('Opgeslagen.')).toBeInTheDocument();
    expect(await appStore().read(records.contacts)).toEqual({ huisartsenpost: '+31881234567' });
  });
});

describe('Over deze app', () => {
  test('says what the app is and is not, states the evidence and the figures, privacy, every source, version and date', async () => {
    await renderAppAt('/over-deze-app');
    expect(await screen.findByRole('heading', { level: 1, name: 'Over deze app' })).toBeInTheDocument();
    expect(screen.getByText(/De app stelt geen diagnose en beoordeelt uw klachten niet/)).toBeInTheDocument();
    expect(screen.getAllByText(/Twijfelt u\? Bel dan uw huisarts\./).length).toBeGreaterThan(0);
    for (const section of [about.course, about.evidence, about.centralisationFacts, about.privacy]) {
      const region = screen.getByRole('region', { name: section.title });
      for (const paragraph of section.paragraphs) expect(within(region).getByText(paragraph)).toBeInTheDocument();
    }
    expect(screen.getByRole('region', { name: about.evidence.title })).toHaveTextContent('Bron: Cochrane 2023');
    expect(screen.getByText(/De app stuurt niets naar internet/)).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Bronnen' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(sourcesNl.sources.map((source) => source.title));
    expect(screen.getByText(/^Versie \d+\.\d+\.\d+, inhoud van 29 november 2026$/)).toBeInTheDocument();
  });

  test('in English, every source of the English content', async () => {
    await renderAppAt('/over-deze-app', { language: 'en' });
    const list = await screen.findByRole('region', { name: 'Sources' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(sourcesEn.sources.map((source) => source.title));
    expect(screen.getByText(/^Version \d+\.\d+\.\d+, content of (29 November|November 29,) 2026$/)).toBeInTheDocument();
  });
});
