import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { appStore } from '../../src/storage/app-store';
import { records } from '../../src/storage/records';
import { renderAppAt } from '../render';

// Only Date is faked: the clock the timers compute from. IndexedDB and React keep real timers.
const start = new Date('2026-11-30T09:00:00.000Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});
afterEach(() => {
  vi.useRealTimers();
});
const later = (seconds: number) => vi.setSystemTime(new Date(start.getTime() + seconds * 1000));

/** The start button, once the saved state has loaded (until then it is disabled, so a tap cannot
 * overwrite an exercise that is still running from before a reload). */
async function startButton(name = 'Start de oefening') {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

describe('exercise player', () => {
  test('a hold counts down from the clock, and "too much pain" goes back to lying on the belly', async () => {
    const user = userEvent.setup();
    await renderAppAt('/stappenplan/stap-3-elleboogsteun');
    await user.click(await startButton());
    expect(await screen.findByText('3:00')).toBeInTheDocument();

    later(61); // a minute passes without the page doing anything (phone locked)
    // The display refreshes on the next whole second, at most a second later.
    expect(await screen.findByText('1:59', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(await appStore().read(records.activeExercise)).toMatchObject({ stepId: 'stap-3-elleboogsteun' });

    await user.click(screen.getByRole('button', { name: /Te veel klachten\? Terug naar Stap 2a: Op de buik liggen/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Stap 2a: Op de buik liggen' })).toBeInTheDocument();
    expect(await appStore().read(records.activeExercise)).toBeNull();
    expect((await appStore().read(records.planProgress)).currentStepId).toBe('stap-2a-op-de-buik-liggen');
  });

  test('a reload in the middle of a hold resumes with the right time left', async () => {
    const user = userEvent.setup();
    const first = await renderAppAt('/stappenplan/stap-3-elleboogsteun');
    await user.click(await startButton());
    await screen.findByText('3:00');
    first.unmount();

    later(100);
    await renderAppAt('/stappenplan/stap-3-elleboogsteun');
    expect(await screen.findByText('1:20')).toBeInTheDocument();
  });

  test('a hold that ran out while the app was closed is recorded at the moment it ended', async () => {
    const user = userEvent.setup();
    const first = await renderAppAt('/stappenplan/stap-3-elleboogsteun');
    await user.click(await startButton());
    await screen.findByText('3:00');
    first.unmount();

    later(3600);
    await renderAppAt('/stappenplan/stap-3-elleboogsteun');
    expect(await screen.findByRole('heading', { name: 'Goed gedaan' })).toBeInTheDocument();
    const [session] = await appStore().read(records.sessions);
    expect(session).toMatchObject({ stepId: 'stap-3-elleboogsteun', finishedAt: '2026-11-30T09:03:00.000Z' });
  });

  test('ten counted press-ups finish the round, record it and show when the next one is due', async () => {
    const user = userEvent.setup();
    await renderAppAt('/stappenplan/stap-4-opduwen-in-buiklig');
    await user.click(await startButton());
    // One way of counting at a time: while the pacer counts there is nothing to tap but "count myself".
    expect(screen.queryByRole('button', { name: 'Tel er één bij' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Zelf tellen' }));
    const count = await screen.findByRole('button', { name: 'Tel er één bij' });
    expect(screen.getByText('0 van 10')).toBeInTheDocument();
    for (let i = 1; i <= 9; i++) {
      later(i * 8);
      await user.click(count);
    }
    expect(screen.getByText('9 van 10')).toBeInTheDocument();
    later(80);
    await user.click(count);

    const done = await screen.findByRole('region', { name: 'Goed gedaan' });
    expect(within(done).getByText(/^Volgende keer: 11:01$/)).toBeInTheDocument();
    expect(await appStore().read(records.sessions)).toEqual([
      expect.objectContaining({
        stepId: 'stap-4-opduwen-in-buiklig',
        repetitions: 10,
        finishedAt: '2026-11-30T09:01:20.000Z',
      }),
    ]);
    expect((await appStore().read(records.reminder)).nextDueAt).toBe('2026-11-30T11:01:20.000Z');
    // Step 4 is the end of the progression: no "next step" is offered; the user stays.
    expect(within(done).queryByRole('button', { name: /volgende stap/ })).not.toBeInTheDocument();
  });

  test('after a round that went well the user, not the app, moves on to the next step', async () => {
    const user = userEvent.setup();
    await renderAppAt('/stappenplan/stap-1-liggen');
    await user.click(await startButton('Start: blijf zo liggen'));
    await screen.findByText('3:00');
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    await user.click(await screen.findByRole('button', { name: 'Dit gaat goed: volgende stap (Stap 2a)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Stap 2a: Op de buik liggen' })).toBeInTheDocument();
    expect((await appStore().read(records.planProgress)).currentStepId).toBe('stap-2a-op-de-buik-liggen');
  });

  test('the hold time can be changed, and is remembered', async () => {
    const user = userEvent.setup();
    await renderAppAt('/stappenplan/stap-2b-ontspannen');
    await user.click(await screen.findByRole('button', { name: '30 seconden langer' }));
    expect(await screen.findByText('3 min 30 s')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start de oefening' }));
    expect(await screen.findByText('3:30')).toBeInTheDocument();
    expect(screen.getByText('Adem rustig in, naar de onderbuik')).toBeInTheDocument();
    expect((await appStore().read(records.settings)).holdSeconds).toBe(210);
  });

  test('step 2a: pillows are removed one by one, and the picture follows', async () => {
    const user = userEvent.setup();
    await renderAppAt('/stappenplan/stap-2a-op-de-buik-liggen');
    expect(await screen.findByText('2 kussens')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Haal er één weg' }));
    expect(await screen.findByText('1 kussen')).toBeInTheDocument();
    expect((await appStore().read(records.planProgress)).pillows).toBe(1);
    // The pillows above start, their hint and the hold time under it: start stays on a small first screen.
    const start = screen.getByRole('button', { name: 'Start: blijf zo liggen' });
    const pillows = screen.getByRole('group', { name: 'Kussens onder de buik' });
    const holdTime = screen.getByRole('group', { name: 'Hoe lang' });
    expect(pillows.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeGreaterThan(0);
    expect(start.compareDocumentPosition(holdTime) & Node.DOCUMENT_POSITION_FOLLOWING).toBeGreaterThan(0);
    expect(start).toHaveAccessibleDescription(/Haal dan de kussens één voor één weg/);
  });

  test('the adapted press-up asks which side hurts before it starts', async () => {
    const user = userEvent.setup();
    await renderAppAt('/stappenplan/opduwen-aangepast');
    const startButton = await screen.findByRole('button', { name: 'Start de oefening' });
    expect(startButton).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Rechts' }));
    expect(await screen.findByText(/Pijn rechts: schuif het bekken naar links/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rechts' })).toHaveAttribute('aria-pressed', 'true');
    expect(startButton).toBeEnabled();
    // Said under start, not between the choice and start: start is described by it.
    expect(startButton).toHaveAccessibleDescription('Pijn rechts: schuif het bekken naar links, van de pijn af.');
    expect((await appStore().read(records.planProgress)).painSide).toBe('right');
  });
});

describe('plan overview after a round', () => {
  test('marks where the user is and what they did today', async () => {
    const user = userEvent.setup();
    const page = await renderAppAt('/stappenplan/stap-1-liggen');
    await user.click(await startButton('Start: blijf zo liggen'));
    await screen.findByText('3:00');
    later(180); // the whole three minutes
    await screen.findByRole('region', { name: 'Goed gedaan' }, { timeout: 3000 });
    page.unmount();

    await renderAppAt('/stappenplan');
    await screen.findByRole('heading', { level: 1, name: 'Stappenplan' });
    const current = await screen.findByText('U bent hier');
    const item = current.closest('li')!;
    expect(within(item).getByText('Stap 1')).toBeInTheDocument();
    expect(await within(item).findByText('Vandaag 1 keer gedaan')).toBeInTheDocument();
    expect(screen.getAllByText('Vandaag nog niet gedaan')).toHaveLength(5);
  });

  test('a round finished early is recorded and shown as the shorter round it was', async () => {
    const user = userEvent.setup();
    const page = await renderAppAt('/stappenplan/stap-4-opduwen-in-buiklig');
    await user.click(await startButton());
    await screen.findByText('0 van 10');
    later(20); // the pacer counted two
    await screen.findByText('2 van 10', {}, { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    const done = await screen.findByRole('region', { name: 'Goed gedaan' });
    expect(within(done).getByText('Korter dan gepland: 2 van 10.')).toBeInTheDocument();
    expect(await appStore().read(records.sessions)).toEqual([
      expect.objectContaining({ stepId: 'stap-4-opduwen-in-buiklig', repetitions: 2, planned: 10 }),
    ]);
    page.unmount();

    await renderAppAt('/stappenplan');
    const item = (await screen.findByText('Stap 4')).closest('li')!;
    expect(await within(item).findByText('Vandaag 1 keer korter gedaan')).toBeInTheDocument();
    expect(within(item).queryByText('Vandaag 1 keer gedaan')).not.toBeInTheDocument();
  });

  test('after "Stoppen" the screen reader hears that the exercise stopped, not the time left', async () => {
    const user = userEvent.setup();
    await renderAppAt('/stappenplan/stap-3-elleboogsteun');
    await user.click(await startButton());
    await screen.findByText('3:00');
    await user.click(screen.getByRole('button', { name: 'Stoppen' }));
    await screen.findByRole('button', { name: 'Start de oefening' });
    expect(screen.getByText('De oefening is gestopt.')).toHaveAttribute('role', 'status');
    for (const status of screen.getAllByRole('status')) expect(status).not.toHaveTextContent(/Nog \d/);
    expect(await appStore().read(records.sessions)).toEqual([]);
  });
});

describe('the print page for the physiotherapist', () => {
  test('lists shorter rounds as what they were, beside the full ones', async () => {
    const round = (stepId: string, minute: number, extra: object) => ({
      id: `session-${minute}`,
      stepId,
      startedAt: new Date(start.getTime() + minute * 60_000).toISOString(),
      finishedAt: new Date(start.getTime() + (minute + 3) * 60_000).toISOString(),
      ...extra,
    });
    await appStore().update(records.sessions, () => [
      round('stap-4-opduwen-in-buiklig', 0, { repetitions: 10, planned: 10 }),
      round('stap-4-opduwen-in-buiklig', 120, { repetitions: 2, planned: 10 }),
      round('stap-3-elleboogsteun', 240, { holdSeconds: 80, planned: 180 }), // only a shorter round
    ]);
    await renderAppAt('/dagboek/overzicht');
    const table = await screen.findByRole('table');
    const pressUps = within(table).getByRole('rowheader', { name: 'Stap 4: Opduwen in buiklig' }).closest('tr')!;
    expect(within(pressUps).getByText('1 (korter: 2 van 10)')).toBeInTheDocument();
    const hold = within(table)
      .getByRole('rowheader', { name: /^Stap 3:/ })
      .closest('tr')!;
    expect(within(hold).getByText('0 (korter: 1:20 van 3:00)')).toBeInTheDocument();
  });
});
