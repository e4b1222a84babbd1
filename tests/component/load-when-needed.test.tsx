import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/app/app';
import { createAppI18n } from '../../src/i18n/app-i18n';
import { appStore, setAppStore } from '../../src/storage/app-store';
import { createRecordStore } from '../../src/storage/record-store';
import { records } from '../../src/storage/records';
import { listenForInstallPrompt } from '../../src/pwa/install-state';
import { renderAppAt } from '../render';

// Parts the app loads only when their state says they are needed. What is fetched is checked in a
// real browser (tests/e2e/fetched.test.ts); here, what each part shows, and when.
const now = new Date('2026-11-30T09:00:00.000Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lets every pending read, lazy import and render finish. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the reminder notifier and the due watch', () => {
  test('with the reminder off nothing of it runs; starting it on the start page shows its line and arms it', async () => {
    const user = userEvent.setup();
    const clearAppBadge = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clearAppBadge', { configurable: true, value: clearAppBadge });
    Object.defineProperty(navigator, 'setAppBadge', { configurable: true, value: vi.fn(async () => undefined) });
    try {
      await renderAppAt('/');
      const summary = await screen.findByRole('region', { name: 'Herinnering' });
      const start = await within(summary).findByRole('button', { name: 'Herinner mij om de twee uur' });
      await settle();
      // No live line, and no timer armed: the notifier's first act on arming is to clear the badge.
      expect(within(summary).queryByText(/Volgende keer/)).not.toBeInTheDocument();
      expect(clearAppBadge).not.toHaveBeenCalled();

      await user.click(start);
      expect(await within(summary).findByText('Volgende keer om 11:00 — nog 2 uur')).toBeInTheDocument();
      await waitFor(() => expect(clearAppBadge).toHaveBeenCalled());
    } finally {
      Reflect.deleteProperty(navigator, 'clearAppBadge');
      Reflect.deleteProperty(navigator, 'setAppBadge');
    }
  });

  test('starting the reminder on /herinnering loads the notifier, and it stays after a stop', async () => {
    const user = userEvent.setup();
    const clearAppBadge = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clearAppBadge', { configurable: true, value: clearAppBadge });
    Object.defineProperty(navigator, 'setAppBadge', { configurable: true, value: vi.fn(async () => undefined) });
    try {
      await renderAppAt('/herinnering');
      const start = await screen.findByRole('button', { name: 'Herinner mij om de twee uur' });
      await waitFor(() => expect(start).toBeEnabled());
      await settle();
      expect(clearAppBadge).not.toHaveBeenCalled();
      await user.click(start);
      await waitFor(() => expect(clearAppBadge).toHaveBeenCalled());
      await user.click(await screen.findByRole('button', { name: 'Stoppen' }));
      expect(await screen.findByText('De herinnering staat uit.')).toBeInTheDocument();
      await settle();
      // Still mounted after the stop, so the badge and a round notification are cleared: coming
      // back to the app makes it look at the (now stopped) reminder again.
      clearAppBadge.mockClear();
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clearAppBadge).toHaveBeenCalled();
    } finally {
      Reflect.deleteProperty(navigator, 'clearAppBadge');
      Reflect.deleteProperty(navigator, 'setAppBadge');
    }
  });

  test('a reminder saved as on: the due screen comes when a round is due', async () => {
    await appStore().write(records.reminder, {
      ...records.reminder.fallback(),
      state: 'on',
      nextDueAt: '2026-11-30T08:30:00.000Z',
    });
    await renderAppAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' })).toBeInTheDocument();
  });

  test('a paused reminder loads none of it; resuming on the start page starts it from now', async () => {
    const user = userEvent.setup();
    await appStore().write(records.reminder, { ...records.reminder.fallback(), state: 'paused' });
    await renderAppAt('/');
    expect(await screen.findByText('De herinnering staat op pauze.')).toBeInTheDocument();
    await settle();
    expect(screen.queryByText(/Volgende keer/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zet de herinnering weer aan' }));
    expect(await screen.findByText('Volgende keer om 11:00 — nog 2 uur')).toBeInTheDocument();
    expect((await appStore().read(records.reminder)).state).toBe('on');
  });
});

describe('the storage banner', () => {
  test('is not rendered while saving works', async () => {
    await renderAppAt('/');
    await screen.findByRole('button', { name: 'Herinner mij om de twee uur' });
    await settle();
    expect(screen.queryByText(/Opslaan lukt nu niet/)).not.toBeInTheDocument();
  });

  test('appears as soon as saving turns out to be off', async () => {
    // jsdom has no IndexedDB: the store keeps everything in memory and says so at its first read.
    setAppStore(createRecordStore({ indexedDB: undefined, channelName: `test-${Math.random()}` }));
    await renderAppAt('/');
    expect(await screen.findByText(/Opslaan lukt nu niet op deze telefoon/)).toBeInTheDocument();
  });
});

describe('the install prompt on the start page', () => {
  test('is not rendered until the browser offers installation, then appears at once', async () => {
    listenForInstallPrompt(window);
    await renderAppAt('/');
    await screen.findByRole('button', { name: 'Herinner mij om de twee uur' });
    await settle();
    expect(screen.queryByRole('button', { name: 'Installeren' })).not.toBeInTheDocument();

    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => undefined,
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(await screen.findByRole('button', { name: 'Installeren' })).toBeInTheDocument();
  });
});

describe("the start page's strings", () => {
  test("the reminder and diary cards show with the browser app's i18next, without the reminder's or the diary's namespace", async () => {
    const user = userEvent.setup();
    await appStore().write(records.diary, [
      { id: 'a', at: '2026-11-30T08:00:00.000Z', pain: 6, location: 'bil', moment: 'any' },
    ]);
    const i18n = createAppI18n('nl');
    window.history.replaceState(null, '', '/');
    await act(async () => {
      render(
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>,
      );
    });
    const summary = await screen.findByRole('region', { name: 'Herinnering' });
    await within(summary).findByRole('button', { name: 'Herinner mij om de twee uur' });
    const diary = screen.getByRole('region', { name: 'Pijndagboek' });
    expect(await within(diary).findByText(/^Laatst genoteerd: pijn 6, bil \(/)).toBeInTheDocument();
    await settle();
    expect(i18n.hasLoadedNamespace('glance')).toBe(true);
    expect(i18n.hasLoadedNamespace('reminder')).toBe(false);
    expect(i18n.hasLoadedNamespace('diary')).toBe(false);
    // Starting the reminder shows the time left, from the same small namespace; the notifier that
    // now runs loads the reminder's strings only when it makes a notification.
    await user.click(within(summary).getByRole('button', { name: 'Herinner mij om de twee uur' }));
    expect(await within(summary).findByText('Volgende keer om 11:00 — nog 2 uur')).toBeInTheDocument();
    await settle();
    expect(i18n.hasLoadedNamespace('glance')).toBe(true);
    expect(i18n.hasLoadedNamespace('reminder')).toBe(false);
    expect(i18n.hasLoadedNamespace('diary')).toBe(false);
  });
});
