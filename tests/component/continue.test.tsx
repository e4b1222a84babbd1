import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { appStore } from '../../src/storage/app-store';
import { records, type RunningExercise } from '../../src/storage/records';
import { renderAppAt } from '../render';

// The tests run in UTC (the phone's zone is read from Intl), so 11:05Z shows as 11:05.
// Only Date is faked: the app computes from the clock; React and IndexedDB keep real timers.
const at = (time: string, day = '2026-11-30') => new Date(`${day}T${time}Z`);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('11:05:00'));
});
afterEach(() => vi.useRealTimers());

/** What the plan saves after a round of step 3 finished at 11:00:23 (next round 13:00:23). */
async function afterStep3Round(reminderState: 'on' | 'off' = 'off') {
  const store = appStore();
  await store.write(records.planProgress, { currentStepId: 'stap-3-elleboogsteun' });
  await store.write(records.sessions, [
    {
      id: 'session-1',
      stepId: 'stap-3-elleboogsteun',
      startedAt: at('10:57:23').toISOString(),
      finishedAt: at('11:00:23').toISOString(),
    },
  ]);
  await store.write(records.reminder, {
    ...records.reminder.fallback(),
    state: reminderState,
    nextDueAt: at('13:00:23').toISOString(),
  });
}

const hold: RunningExercise = {
  stepId: 'stap-3-elleboogsteun',
  kind: 'hold',
  startedAt: at('11:04:00').toISOString(),
  durationMs: 180_000,
  pausedTotalMs: 0,
};

describe('"Ga verder" on the start page', () => {
  test("a first visit has no such card: the way into the plan is the page's own button", async () => {
    await renderAppAt('/');
    await screen.findByRole('region', { name: 'Herinnering' });
    await screen.findByRole('button', { name: 'Herinner mij om de twee uur' });
    expect(screen.queryByRole('heading', { name: /^Ga verder/ })).not.toBeInTheDocument();
  });

  test('a returning user: where they are, the next round, and one button into that step, first on the page', async () => {
    await afterStep3Round('on');
    await renderAppAt('/');
    const card = await screen.findByRole('region', {
      name: 'Ga verder: Stap 3, Elleboogsteun — volgende ronde om 13:00',
    });
    expect(within(card).getByRole('link', { name: 'Naar Stap 3' })).toHaveAttribute(
      'href',
      '/stappenplan/stap-3-elleboogsteun',
    );
    // The first card of the page, above the reminder (which names the same minute).
    const cards = screen.getByRole('article').querySelectorAll('section.card');
    expect(cards[0]).toBe(card);
    expect(await screen.findByText('Volgende keer om 13:00 — nog 1 uur 56 min')).toBeInTheDocument();
  });

  test('in English', async () => {
    await afterStep3Round();
    await renderAppAt('/', { language: 'en' });
    // The time as the app's time format gives it (formatTimeOfDay: 12-hour in English today, the same
    // on every screen; issue 14 may make it 24-hour).
    const card = await screen.findByRole('region', {
      name: /^Continue: Step 3, Propped up on your elbows — next round at (13:00|01:00 PM)$/,
    });
    expect(within(card).getByRole('link', { name: 'To Step 3' })).toBeInTheDocument();
  });

  test('a round due now (deadline passed): says so', async () => {
    await afterStep3Round();
    vi.setSystemTime(at('13:30:00'));
    await renderAppAt('/');
    expect(
      await screen.findByRole('region', { name: 'Ga verder: Stap 3, Elleboogsteun — u kunt nu een ronde doen' }),
    ).toBeInTheDocument();
  });

  test('late in the evening: tomorrow at wake-up', async () => {
    await afterStep3Round();
    await appStore().write(records.reminder, {
      ...records.reminder.fallback(),
      // A round finished at 21:30: two hours later is night, so the next is at wake-up.
      nextDueAt: at('08:00:00', '2026-12-01').toISOString(),
    });
    vi.setSystemTime(at('21:45:00'));
    await renderAppAt('/');
    expect(
      await screen.findByRole('region', { name: 'Ga verder: Stap 3, Elleboogsteun — volgende ronde morgen om 08:00' }),
    ).toBeInTheDocument();
  });

  test('an exercise running: the card leads back to it', async () => {
    await afterStep3Round();
    await appStore().write(records.activeExercise, hold);
    await renderAppAt('/');
    const card = await screen.findByRole('region', { name: 'Oefening loopt: Stap 3, Elleboogsteun' });
    expect(within(card).getByRole('link', { name: 'Terug naar de oefening' })).toHaveAttribute(
      'href',
      '/stappenplan/stap-3-elleboogsteun',
    );
  });

  test('the button opens the step with its start button: the second tap starts the exercise', async () => {
    const user = userEvent.setup();
    await afterStep3Round();
    await renderAppAt('/');
    await user.click(await screen.findByRole('link', { name: 'Naar Stap 3' }));
    // The step page is a chunk of its own, loaded on this tap: on a busy machine that takes a while.
    await screen.findByRole('heading', { level: 1, name: 'Stap 3: Elleboogsteun' }, { timeout: 10_000 });
    const start = await screen.findByRole('button', { name: 'Start de oefening' });
    await waitFor(() => expect(start).toBeEnabled());
    await user.click(start);
    await waitFor(async () =>
      expect(await appStore().read(records.activeExercise)).toMatchObject({ stepId: 'stap-3-elleboogsteun' }),
    );
  });
});

describe('"Oefening loopt — terug" on every other page', () => {
  test.each(['/', '/dagboek', '/alarmsignalen', '/meer', '/stappenplan'])(
    '%s shows the bar back to the step',
    async (path) => {
      await appStore().write(records.activeExercise, hold);
      await renderAppAt(path);
      const bar = await screen.findByRole('link', { name: 'Oefening loopt — terug' });
      expect(bar).toHaveAttribute('href', '/stappenplan/stap-3-elleboogsteun');
    },
  );

  test('not on the running step itself, and not without an exercise', async () => {
    await appStore().write(records.activeExercise, hold);
    await renderAppAt('/stappenplan/stap-3-elleboogsteun');
    await screen.findByRole('heading', { level: 1, name: 'Stap 3: Elleboogsteun' });
    await screen.findByRole('button', { name: 'Pauze' });
    expect(screen.queryByRole('link', { name: /^Oefening (loopt|gepauzeerd)/ })).not.toBeInTheDocument();
  });

  test('a paused exercise says so; in English too', async () => {
    await appStore().write(records.activeExercise, { ...hold, pausedAt: at('11:05:00').toISOString() });
    await renderAppAt('/dagboek', { language: 'en' });
    expect(await screen.findByRole('link', { name: 'Exercise paused — back' })).toHaveAttribute(
      'href',
      '/stappenplan/stap-3-elleboogsteun',
    );
  });

  test('stopping the exercise takes the bar away', async () => {
    await appStore().write(records.activeExercise, hold);
    await renderAppAt('/dagboek');
    await screen.findByRole('link', { name: 'Oefening loopt — terug' });
    await appStore().write(records.activeExercise, null);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Oefening loopt — terug' })).not.toBeInTheDocument());
  });
});

describe('the plan overview', () => {
  test('brings the current step on screen once the saved step is read', async () => {
    await afterStep3Round();
    await renderAppAt('/stappenplan');
    const current = await screen.findByRole('link', { current: 'step' });
    await waitFor(() =>
      expect((globalThis as { lastScrolledIntoView?: Element }).lastScrolledIntoView).toBe(current.closest('li')),
    );
    expect(current).toHaveAttribute('href', '/stappenplan/stap-3-elleboogsteun');
  });
});
