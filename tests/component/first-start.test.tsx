import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import warningsNl from '../../content/nl/warnings.json';
import warningsEn from '../../content/en/warnings.json';
import { App } from '../../src/app/app';
import { appStore } from '../../src/storage/app-store';
import { records } from '../../src/storage/records';
import { useStored } from '../../src/storage/use-stored';
import { readPrePaintHints } from '../../src/storage/pre-paint-hints';
import { renderAppAt, renderWithProviders } from '../render';

/** A brand-new user: tests/setup.ts starts every test as a returning one. */
async function firstVisit() {
  await appStore().write(records.settings, records.settings.fallback());
}

/**
 * Shows "settings loaded" once its own read of the settings is done. Rendered after the app, its read
 * is queued after the app's, so once it shows, the app has read the settings too: a screen that
 * would replace the page has had its chance to appear.
 */
function SettingsRead() {
  const { loaded } = useStored(records.settings);
  return loaded ? <p>settings loaded</p> : null;
}

async function renderAppAndProbeAt(path: string) {
  window.history.replaceState(null, '', path);
  return await renderWithProviders(
    <>
      <App />
      <SettingsRead />
    </>,
  );
}

describe('first start: the alarm symptoms before the plan', () => {
  test('a new user opening the start page sees every group and symptom with its action, and can call 112', async () => {
    await firstVisit();
    await renderAppAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Voordat u begint' })).toBeInTheDocument();
    for (const group of warningsNl.alarm.groups) {
      const region = screen.getByRole('region', { name: group.title });
      expect(within(region).getByText(group.action)).toBeInTheDocument();
      for (const symptom of group.symptoms)
        expect(within(region).getByText(symptom.text, { exact: false })).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { name: warningsNl.alarm.note.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
    // Information, not a questionnaire: nothing to tick, choose or score.
    for (const role of ['checkbox', 'radio', 'switch', 'spinbutton', 'slider', 'textbox'] as const)
      expect(screen.queryAllByRole(role)).toEqual([]);
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Ik heb de lijst gelezen: naar het stappenplan']);
    // The alarm page stays one tap away from here too.
    expect(
      within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Alarmsignalen' }),
    ).toHaveAttribute('href', '/alarmsignalen');
  });

  test('"Ik heb de lijst gelezen" is stored and leads to the plan; the screen never comes back', async () => {
    const user = userEvent.setup();
    await firstVisit();
    const first = await renderAppAt('/');
    await user.click(await screen.findByRole('button', { name: 'Ik heb de lijst gelezen: naar het stappenplan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Stappenplan' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/stappenplan');
    await waitFor(async () => expect((await appStore().read(records.settings)).firstStartSeen).toBe(true));
    first.unmount();

    for (const [path, heading] of [
      ['/', 'Rugplan'],
      ['/stappenplan', 'Stappenplan'],
      ['/stappenplan/stap-1-liggen', 'Stap 1: Liggen'],
    ] as const) {
      const again = await renderAppAndProbeAt(path);
      await screen.findByText('settings loaded');
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Voordat u begint' })).not.toBeInTheDocument();
      again.unmount();
    }
  });

  test('a new user who goes straight to a step (the Stappenplan tab, a link) sees it first, then that step', async () => {
    const user = userEvent.setup();
    await firstVisit();
    await renderAppAt('/stappenplan/stap-3-elleboogsteun');
    await user.click(await screen.findByRole('button', { name: 'Ik heb de lijst gelezen: naar het stappenplan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Stap 3: Elleboogsteun' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/stappenplan/stap-3-elleboogsteun');
  });

  test('it never stands in front of the alarm page, "Over deze app" or the reading pages', async () => {
    await firstVisit();
    for (const [path, heading] of [
      ['/alarmsignalen', 'Alarmsignalen'],
      ['/over-deze-app', 'Over deze app'],
      ['/aandachtspunten', 'Aandachtspunten en advies'],
      ['/meer', 'Meer'],
      ['/telefoonnummers', 'Telefoonnummers'],
    ] as const) {
      const view = await renderAppAndProbeAt(path);
      await screen.findByText('settings loaded');
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      view.unmount();
    }
    expect((await appStore().read(records.settings)).firstStartSeen).toBe(false);
  });

  test('from the first-start screen, the Alarmsignalen tab opens the alarm page and does not count as "seen"', async () => {
    const user = userEvent.setup();
    await firstVisit();
    await renderAppAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Voordat u begint' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Alarmsignalen' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Alarmsignalen' })).toBeInTheDocument();
    expect((await appStore().read(records.settings)).firstStartSeen).toBe(false);
  });

  test('in English: every group and symptom from the English content, and the way on', async () => {
    await firstVisit();
    await renderAppAt('/', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Before you start' })).toBeInTheDocument();
    for (const group of warningsEn.alarm.groups) {
      const region = screen.getByRole('region', { name: group.title });
      expect(within(region).getByText(group.action)).toBeInTheDocument();
      for (const symptom of group.symptoms)
        expect(within(region).getByText(symptom.text, { exact: false })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'I have read the list: to the step-by-step plan' })).toBeInTheDocument();
  });

  test('the pre-paint mirror follows: seen after "Ik heb de lijst gelezen", a first start again after "Wis alles"', async () => {
    const user = userEvent.setup();
    await firstVisit();
    await renderAppAt('/');
    await user.click(await screen.findByRole('button', { name: 'Ik heb de lijst gelezen: naar het stappenplan' }));
    await screen.findByRole('heading', { level: 1, name: 'Stappenplan' });
    expect(readPrePaintHints()?.firstStartSeen).toBe(true);
    // "Wis alles" on /dagboek/gegevens: the next start must be a first start from its first frame.
    await act(() => appStore().deleteAll());
    await waitFor(() => expect(readPrePaintHints()?.firstStartSeen).toBe(false));
  });
});
