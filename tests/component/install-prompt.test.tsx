import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { InstallPrompt } from '../../src/pwa/install-prompt';
import { listenForInstallPrompt } from '../../src/pwa/install-state';
import { renderWithProviders } from '../render';

describe('install prompt', () => {
  test('appears when the browser offers installation, opens its dialog on a tap, and then goes away', async () => {
    const user = userEvent.setup();
    listenForInstallPrompt(window);
    await renderWithProviders(<InstallPrompt />);
    expect(screen.queryByRole('button', { name: 'Installeren' })).not.toBeInTheDocument();

    // Chromium's event, as it arrives: prompt() opens the browser's own dialog.
    let dialogsOpened = 0;
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {
        dialogsOpened++;
      },
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    await user.click(await screen.findByRole('button', { name: 'Installeren' }));
    expect(dialogsOpened).toBe(1);
    expect(screen.queryByRole('button', { name: 'Installeren' })).not.toBeInTheDocument();

    act(() => {
      window.dispatchEvent(new Event('appinstalled'));
    });
    expect(screen.getByText('Rugplan staat op uw beginscherm.')).toBeInTheDocument();
  });
});
