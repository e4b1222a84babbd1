import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { appStore } from '../../src/storage/app-store';
import { records, type Settings } from '../../src/storage/records';
import { renderAppAt } from '../render';
import { installFakeAudio } from './fake-audio';

// Only Date is faked: the clock the timer and the cues compute from. React and IndexedDB run normally.
const start = new Date('2026-11-30T09:00:00.000Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
const later = (seconds: number) => vi.setSystemTime(new Date(start.getTime() + seconds * 1000));

async function withSettings(change: Partial<Settings>) {
  await appStore().update(records.settings, (s) => ({ ...s, ...change }));
}

async function startHold() {
  const user = userEvent.setup();
  const view = await renderAppAt('/stappenplan/stap-3-elleboogsteun');
  const button = await screen.findByRole('button', { name: 'Start de oefening' });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  return { user, view };
}

/** A speech synthesis with the given voices, recording what is spoken. */
function installSpeech(voices: { lang: string; localService: boolean; name: string }[]) {
  const spoken: { text: string; lang: string }[] = [];
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: unknown = null;
      lang = '';
      rate = 1;
      volume = 1;
      constructor(public text: string) {}
    },
  );
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices,
    cancel: vi.fn(),
    // The silent utterance spoken from the tap (it unlocks speech on iPhones) is marked as such.
    speak: (u: { text: string; lang: string; volume: number }) =>
      spoken.push(u.volume === 0 ? { text: '(silent unlock)', lang: u.lang } : { text: u.text, lang: u.lang }),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  });
  return spoken;
}

describe('cues during a hold', () => {
  test('the screen reader hears the start, each minute and the end, never a ticking clock', async () => {
    await startHold();
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Oefening gestart. Nog 3 minuten.'));
    // The big timer itself is not a live region: it would be read out every second.
    const face = await screen.findByText('3:00');
    expect(face.closest('[aria-live], [role="status"]')).toBeNull();

    later(30);
    await screen.findByText('2:30');
    expect(status).toHaveTextContent('Oefening gestart. Nog 3 minuten.');
    later(60);
    await waitFor(() => expect(status).toHaveTextContent('Nog 2 minuten.'));
    later(120);
    await waitFor(() => expect(status).toHaveTextContent('Nog 1 minuut.'));
    later(180);
    await screen.findByRole('heading', { name: 'Goed gedaan' });
    expect(status).toHaveTextContent('Klaar. De oefening is voorbij.');
  });

  test('tones start only after the tap on start, and follow the clock', async () => {
    const audio = installFakeAudio();
    await renderAppAt('/stappenplan/stap-3-elleboogsteun');
    const button = await screen.findByRole('button', { name: 'Start de oefening' });
    await waitFor(() => expect(button).toBeEnabled());
    expect(audio.contexts()).toBe(0); // no audio before the user taps

    const user = userEvent.setup();
    await user.click(button);
    await waitFor(() => expect(audio.notes()).toEqual([523.25, 659.25]));
    later(60);
    await waitFor(() => expect(audio.notes()).toEqual([523.25, 659.25, 523.25]));
    later(120);
    await waitFor(() => expect(audio.notes()).toHaveLength(4));
    later(180);
    await waitFor(() => expect(audio.notes().slice(-3)).toEqual([659.25, 587.33, 523.25]));
    expect(audio.notes()).toHaveLength(7); // start 2, two minutes 1 each, done 3: nothing twice
  });

  test('with sound switched off there is no audio at all, but vibration follows its own switch', async () => {
    const audio = installFakeAudio();
    const vibrate = vi.fn(() => true);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { vibrate }));
    await withSettings({ sound: false, vibration: true });
    await startHold();
    await waitFor(() => expect(vibrate).toHaveBeenCalledWith([250]));
    expect(audio.contexts()).toBe(0);
    expect(audio.notes()).toEqual([]);
  });

  test('spoken cues use a local nl-NL voice only', async () => {
    const spoken = installSpeech([
      { lang: 'nl-NL', localService: false, name: 'Online Dutch' },
      { lang: 'nl-NL', localService: true, name: 'Dutch on the phone' },
    ]);
    await withSettings({ speech: true });
    await startHold();
    await waitFor(() =>
      expect(spoken).toEqual([
        { text: '(silent unlock)', lang: '' },
        { text: 'Start.', lang: 'nl-NL' },
      ]),
    );
    later(60);
    await waitFor(() => expect(spoken.at(-1)).toEqual({ text: 'Nog 2 minuten.', lang: 'nl-NL' }));
  });

  test('without a local Dutch voice nothing is spoken (no network voice, no other language)', async () => {
    const spoken = installSpeech([
      { lang: 'nl-NL', localService: false, name: 'Online Dutch' },
      { lang: 'en-GB', localService: true, name: 'English on the phone' },
    ]);
    await withSettings({ speech: true });
    await startHold();
    await screen.findByText('3:00');
    later(60);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Nog 2 minuten.'));
    expect(spoken).toEqual([]);
  });

  test('a reload in the middle does not repeat the last cue', async () => {
    const audio = installFakeAudio();
    const { user, view } = await startHold();
    await waitFor(() => expect(audio.notes()).toHaveLength(2));
    later(60);
    await waitFor(() => expect(audio.notes()).toHaveLength(3));
    // Reload half a second after the minute cue; a tap (pause) lets sound play again.
    later(60.5);
    view.unmount();
    await renderAppAt('/stappenplan/stap-3-elleboogsteun');
    await screen.findByText('2:00');
    await user.click(screen.getByRole('button', { name: 'Pauze' }));
    await user.click(await screen.findByRole('button', { name: 'Doorgaan' }));
    expect(audio.notes()).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });
});
