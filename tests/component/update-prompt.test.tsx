import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { renderWithProviders } from '../render';

// The service worker registration, as vite-plugin-pwa's hook reports it; the test sets what it says.
const registration = vi.hoisted(() => ({
  needRefresh: false,
  offlineReady: false,
  updateServiceWorker: vi.fn(async () => undefined),
}));
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: useState(registration.needRefresh),
    offlineReady: useState(registration.offlineReady),
    updateServiceWorker: registration.updateServiceWorker,
  }),
}));
vi.mock('../../src/pwa/update-toast', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pwa/update-toast')>();
  return { UpdateToast: vi.fn(actual.UpdateToast) };
});
const { UpdateToast } = await import('../../src/pwa/update-toast');
const { OFFLINE_READY_MS, UpdatePrompt } = await import('../../src/pwa/update-prompt');

/** Lets every pending read, lazy import and render finish. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  registration.needRefresh = false;
  registration.offlineReady = false;
  registration.updateServiceWorker.mockClear();
  vi.mocked(UpdateToast).mockClear();
});

describe('the update prompt', () => {
  test('with nothing to say, the toast is not loaded at all', async () => {
    await renderWithProviders(<UpdatePrompt />);
    await settle();
    expect(UpdateToast).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  test('a new version: offered, loaded on the tap', async () => {
    const user = userEvent.setup();
    registration.needRefresh = true;
    await renderWithProviders(<UpdatePrompt />);
    expect(await screen.findByText('Er is een nieuwe versie van Rugplan.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nieuwe versie laden' }));
    expect(registration.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  test('ready for offline use: said once, and closed with a tap', async () => {
    const user = userEvent.setup();
    registration.offlineReady = true;
    await renderWithProviders(<UpdatePrompt />);
    expect(await screen.findByText('Rugplan werkt nu ook zonder internet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByText('Rugplan werkt nu ook zonder internet.')).not.toBeInTheDocument();
  });

  test('ready for offline use: goes away by itself, without a tap', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      registration.offlineReady = true;
      await renderWithProviders(<UpdatePrompt />);
      expect(await screen.findByText('Rugplan werkt nu ook zonder internet.')).toBeInTheDocument();
      await act(async () => vi.advanceTimersByTime(OFFLINE_READY_MS - 1_000));
      expect(screen.getByText('Rugplan werkt nu ook zonder internet.')).toBeInTheDocument();
      await act(async () => vi.advanceTimersByTime(1_000));
      expect(screen.queryByText('Rugplan werkt nu ook zonder internet.')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
