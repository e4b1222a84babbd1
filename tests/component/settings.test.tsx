import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { appStore } from '../../src/storage/app-store';
import { records } from '../../src/storage/records';
import { renderAppAt } from '../render';
import { installFakeAudio } from './fake-audio';

const html = document.documentElement;

afterEach(() => {
  delete html.dataset.theme;
  delete html.dataset.textSize;
  vi.unstubAllGlobals();
});

const stored = () => appStore().read(records.settings);

/** The settings screen once the saved choices are read (until then its controls wait, disabled). */
async function openSettings() {
  const view = await renderAppAt('/instellingen');
  const sound = await screen.findByRole('switch', { name: 'Korte tonen' });
  await waitFor(() => expect(sound).toBeEnabled());
  return view;
}

describe('settings screen', () => {
  test('is linked from "Meer"', async () => {
    const user = userEvent.setup();
    await renderAppAt('/meer');
    await user.click(await screen.findByRole('link', { name: 'Instellingen: taal, kleuren, tekstgrootte, geluid' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Instellingen' })).toBeInTheDocument();
  });

  test('the theme is stored and applied to <html>, and still there after a reload', async () => {
    const user = userEvent.setup();
    const first = await openSettings();
    const colours = await screen.findByRole('group', { name: 'Kleuren' });
    expect(colours).toBeInTheDocument();
    await waitFor(() => expect(html.dataset.theme).toBe('system'));
    expect(screen.getByRole('radio', { name: 'Zoals de telefoon' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Donker, rustig voor de nacht' }));
    await waitFor(() => expect(html.dataset.theme).toBe('dark'));
    await waitFor(async () => expect((await stored()).theme).toBe('dark'));

    await user.click(screen.getByRole('radio', { name: 'Licht' }));
    await waitFor(() => expect(html.dataset.theme).toBe('light'));
    await waitFor(async () => expect((await stored()).theme).toBe('light'));
    first.unmount();
    delete html.dataset.theme;

    await renderAppAt('/');
    await waitFor(() => expect(html.dataset.theme).toBe('light'));
  });

  test('the text size is stored and applied to <html> (the root font size follows it)', async () => {
    const user = userEvent.setup();
    await openSettings();
    await user.click(screen.getByRole('radio', { name: 'Extra groot' }));
    await waitFor(() => expect(html.dataset.textSize).toBe('extra-large'));
    await waitFor(async () => expect((await stored()).textSize).toBe('extra-large'));
    expect(screen.getByRole('radio', { name: 'Extra groot' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Groot' }));
    await waitFor(() => expect(html.dataset.textSize).toBe('large'));
    await user.click(screen.getByRole('radio', { name: 'Normaal' }));
    await waitFor(async () => expect((await stored()).textSize).toBe('normal'));
    await waitFor(() => expect(html.dataset.textSize).toBe('normal'));
  });

  test('sound, spoken cues and vibration are switched on and off and stored', async () => {
    const user = userEvent.setup();
    await openSettings();
    const sound = screen.getByRole('switch', { name: 'Korte tonen' });
    const speech = screen.getByRole('switch', { name: 'Gesproken aanwijzingen' });
    const vibration = screen.getByRole('switch', { name: 'Trillen' });
    expect(sound).toBeChecked(); // on unless switched off
    expect(speech).not.toBeChecked();
    expect(vibration).toBeChecked();

    await user.click(sound);
    await user.click(speech);
    await user.click(vibration);
    await waitFor(async () => expect(await stored()).toMatchObject({ sound: false, speech: true, vibration: false }));
    await waitFor(() => expect(sound).not.toBeChecked());
    expect(speech).toBeChecked();
  });

  test('says plainly when the phone has no local voice or cannot vibrate', async () => {
    // jsdom, like some phones, has no speech synthesis and no navigator.vibrate.
    await renderAppAt('/instellingen');
    expect(await screen.findByRole('switch', { name: 'Gesproken aanwijzingen' })).toHaveAccessibleDescription(
      /geen stem voor deze taal die zonder internet werkt/,
    );
    expect(screen.getByRole('switch', { name: 'Trillen' })).toHaveAccessibleDescription(/kan niet trillen/);
  });

  test('"try the cues" plays the start tones when sound is on, and nothing when it is off', async () => {
    const audio = installFakeAudio();
    const user = userEvent.setup();
    await openSettings();
    const sound = screen.getByRole('switch', { name: 'Korte tonen' });
    expect(sound).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Probeer de aanwijzingen' }));
    expect(audio.notes()).toEqual([523.25, 659.25]);

    await user.click(sound);
    await waitFor(() => expect(sound).not.toBeChecked());
    await user.click(screen.getByRole('button', { name: 'Probeer de aanwijzingen' }));
    expect(audio.notes()).toEqual([523.25, 659.25]);
  });

  test('the language switch is here too', async () => {
    const user = userEvent.setup();
    await renderAppAt('/instellingen');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Dark, calm for the night' })).toBeInTheDocument();
  });
});
