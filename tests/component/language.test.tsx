import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { appStore } from '../../src/storage/app-store';
import { records } from '../../src/storage/records';
import { renderAppAt } from '../render';

describe('language', () => {
  test('the switch on "Meer" changes every text at once and is remembered', async () => {
    const user = userEvent.setup();
    const first = await renderAppAt('/meer');
    await screen.findByRole('heading', { level: 1, name: 'Meer' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'More' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    await waitFor(async () => expect((await appStore().read(records.settings)).language).toBe('en'));
    first.unmount();

    // Opened again with a Dutch browser: the stored choice wins.
    await renderAppAt('/stappenplan/stap-1-liggen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Step 1: Lying down' })).toBeInTheDocument();
  });

  test('in English, the plan and the alarm signs come from the English content', async () => {
    await renderAppAt('/stappenplan', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Step-by-step plan' })).toBeInTheDocument();
    expect(screen.getByText('Alternative', { selector: '.step-label' })).toBeInTheDocument();
    expect(screen.getByText('Adapted press-up', { selector: '.step-title' })).toBeInTheDocument();
  });
});
