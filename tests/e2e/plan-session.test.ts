import { describe, expect, test } from 'vitest';
import { hasChromium, openStepReadyToStart, useBrowserAndServer } from './browser';

// 30 November 2026, 10:00 in Amsterdam: within waking hours.
const morning = new Date('2026-11-30T10:00:00+01:00');

describe.skipIf(!hasChromium)('a plan session in real Chromium with the browser clock', () => {
  const env = useBrowserAndServer();

  test('step 4: start, ten paced press-ups, done, next round due two hours later', async () => {
    const { context, page, start } = await openStepReadyToStart(env, 'stap-4-opduwen-in-buiklig', morning);
    await start.click();
    await expect.poll(() => page.locator('.timer-value').textContent()).toContain('0 van 10');

    await page.clock.runFor(45_000);
    await expect.poll(() => page.locator('.timer-value').textContent()).toContain('5 van 10');
    await page.clock.runFor(46_000);

    const done = page.getByRole('region', { name: 'Goed gedaan' });
    await done.waitFor();
    expect(await done.textContent()).toContain('Vastgelegd om 10:01.');
    expect(await done.textContent()).toContain('Volgende keer: 12:01');
    await context.close();
  });

  test('a reload in the middle of a hold keeps the remaining time right', async () => {
    const { context, page, start } = await openStepReadyToStart(env, 'stap-3-elleboogsteun', morning);
    // The page's clock stands still from here (timers keep running): a slow, busy machine between
    // the start and the reading after the reload must not change the time shown.
    const started = new Date(morning.getTime() + 10 * 60_000);
    await page.clock.setFixedTime(started);
    await start.click();
    await expect.poll(() => page.locator('.timer-value').textContent()).toContain('3:00');

    await page.clock.setFixedTime(new Date(started.getTime() + 100_000));
    await page.reload();
    await expect.poll(() => page.locator('.timer-value').textContent()).toContain('1:20');
    await context.close();
  });
});
