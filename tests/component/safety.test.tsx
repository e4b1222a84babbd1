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
const [emergency, urgent, today, days] = warnings.alarm.groups.map((g) => g.title) as [string, string, string, string];
/** The call links of a group, in screen order, as "name → href". */
const callsIn = (title: string) =>
  within(group(title))
    .queryAllByRole('link', { name: /^Bel |^Call / })
    .map((link) => `${link.textContent} → ${link.getAttribute('href')}`);
/** A local date and time of the phone (month 1–12), whatever zone the test machine is in. */
const localTime = (year: number, month: number, day: number, hour: number, minute = 0) =>
  new Date(year, month - 1, day, hour, minute);

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

  test('saved numbers become call links: 112 alone, the huisarts first on a weekday at 10:00', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(localTime(2026, 12, 2, 10, 0));
    await appStore().write(records.contacts, { huisarts: '+31201234567', huisartsenpost: '+31881234567' });
    await renderAppAt('/alarmsignalen');
    const huisarts = 'Bel uw huisarts 020 123 4567 → tel:+31201234567';
    const post = 'Bel de huisartsenpost 088 123 4567 → tel:+31881234567';
    await within(group(urgent)).findByRole('link', { name: 'Bel uw huisarts 020 123 4567' });
    expect(callsIn(emergency)).toEqual(['Bel 112 → tel:112']);
    expect(callsIn(urgent)).toEqual([huisarts, post]);
    expect(callsIn(today)).toEqual([huisarts, post]);
    expect(callsIn(days)).toEqual([huisarts]);
    expect(within(group(urgent)).getByText('Het is 10:00 op een werkdag: eerst uw huisarts.')).toBeInTheDocument();
    expect(within(group(emergency)).queryByText(/^Het is /)).not.toBeInTheDocument();
    expect(within(group(days)).queryByText(/^Het is /)).not.toBeInTheDocument();
    const numbers = screen.getByRole('region', { name: 'Uw huisarts en huisartsenpost' });
    expect(within(numbers).getByRole('link', { name: '020 123 4567' })).toHaveAttribute('href', 'tel:+31201234567');
    expect(within(numbers).getByRole('link', { name: 'Nummers wijzigen' })).toHaveAttribute('href', '/telefoonnummers');
  });
});

describe("alarm page: who is on top follows the phone's clock", () => {
  const huisarts = 'Bel uw huisarts 020 123 4567 → tel:+31201234567';
  const post = 'Bel de huisartsenpost 088 123 4567 → tel:+31881234567';

  test.each([
    ['Tuesday 22:15', localTime(2026, 12, 1, 22, 15), 'Het is 22:15, buiten kantoortijd: eerst de huisartsenpost.'],
    ['Monday 07:30', localTime(2026, 11, 30, 7, 30), 'Het is 07:30, buiten kantoortijd: eerst de huisartsenpost.'],
    ['Saturday 11:00', localTime(2026, 12, 5, 11, 0), 'Het is zaterdag 11:00, weekend: eerst de huisartsenpost.'],
    ['Sunday 14:00', localTime(2026, 12, 6, 14, 0), 'Het is zondag 14:00, weekend: eerst de huisartsenpost.'],
    [
      'Easter Monday 10:00',
      localTime(2026, 4, 6, 10, 0),
      'Het is Tweede Paasdag, een feestdag: eerst de huisartsenpost.',
    ],
    [
      'Christmas Day 10:00',
      localTime(2026, 12, 25, 10, 0),
      'Het is Eerste Kerstdag, een feestdag: eerst de huisartsenpost.',
    ],
  ])('%s: the huisartsenpost first, and the screen says why', async (_, now, sentence) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    await appStore().write(records.contacts, { huisarts: '+31201234567', huisartsenpost: '+31881234567' });
    await renderAppAt('/alarmsignalen');
    await within(group(urgent)).findByRole('link', { name: 'Bel uw huisarts 020 123 4567' });
    expect(callsIn(urgent)).toEqual([post, huisarts]);
    expect(callsIn(today)).toEqual([post, huisarts]);
    expect(callsIn(days)).toEqual([huisarts]);
    expect(within(group(urgent)).getByText(sentence)).toBeInTheDocument();
    // Both numbers stay callable at every hour: the clock orders them, it never leaves one out.
    expect(within(group(urgent)).getByText(/Neemt niemand op\? Bel dan het andere nummer\./)).toBeInTheDocument();
    expect(within(group(urgent)).getAllByRole('link', { name: /^Bel / })[0]).toHaveClass('button-primary');
  });

  test('without saved numbers the sentence still says who comes first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(localTime(2026, 12, 1, 22, 15));
    await renderAppAt('/alarmsignalen');
    expect(
      await within(group(urgent)).findByText('Het is 22:15, buiten kantoortijd: eerst de huisartsenpost.'),
    ).toBeInTheDocument();
    expect(callsIn(urgent)).toEqual([]);
    expect(callsIn(emergency)).toEqual(['Bel 112 → tel:112']);
  });

  test('in English, on a weekday evening', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(localTime(2026, 12, 1, 22, 15));
    await appStore().write(records.contacts, { huisarts: '+31201234567', huisartsenpost: '+31881234567' });
    await renderAppAt('/alarmsignalen', { language: 'en' });
    const urgentEn = screen.getByRole('region', { name: 'Call straight away: GP or out-of-hours GP service' });
    await within(urgentEn).findByRole('link', { name: /^Call your GP/ });
    expect(
      within(urgentEn).getByText(/^It is 22:15, outside practice hours: the out-of-hours GP service first\.$/),
    ).toBeInTheDocument();
    expect(
      within(urgentEn)
        .getAllByRole('link', { name: /^Call / })
        .map((link) => link.getAttribute('href')),
    ).toEqual(['tel:+31881234567', 'tel:+31201234567']);
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
    expect(await screen.findByText('Uw oefening loopt nog (Stap 3: Elleboogsteun).')).toBeInTheDocument();
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
    expect(within(group(urgent)).getByRole('link', { name: 'Bel de huisartsenpost 088 123 4567' })).toHaveAttribute(
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
    // "Wat kunt u verwachten" moved to the plan overview, where patients look for it.
    expect(screen.queryByRole('region', { name: about.course.title })).not.toBeInTheDocument();
    for (const section of [about.evidence, about.centralisationFacts, about.privacy]) {
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
    expect(screen.getByText(/^Versie \d+\.\d+\.\d+, inhoud van 2 december 2026$/)).toBeInTheDocument();
  });

  test('in English, every source of the English content', async () => {
    await renderAppAt('/over-deze-app', { language: 'en' });
    const list = await screen.findByRole('region', { name: 'Sources' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(sourcesEn.sources.map((source) => source.title));
    expect(screen.getByText(/^Version \d+\.\d+\.\d+, content of (2 December|December 2,) 2026$/)).toBeInTheDocument();
  });
});
