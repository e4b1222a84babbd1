import { describe, expect, test } from 'vitest';
import { hasChromium, phone, useBrowserAndServer } from './browser';

// 30 November 2026, 10:00 in Amsterdam: within waking hours.
const morning = new Date('2026-11-30T10:00:00+01:00');

describe.skipIf(!hasChromium)('a plan session in real Chromium with the browser clock', () => {
  const env = useBrowserAndServer();

  test('step 4: start, ten paced press-ups, done, next round due two hours later', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.clock.install({ time: morning });
    await page.goto(`${env.server.url}/stappenplan/stap-4-opduwen-in-buiklig`);
    const start = page.getByRole('button', { name: 'Start de oefening' });
    await expect.poll(() => start.isEnabled()).toBe(true);
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
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.clock.install({ time: morning });
    await page.goto(`${env.server.url}/stappenplan/stap-3-elleboogsteun`);
    const start = page.getByRole('button', { name: 'Start de oefening' });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();
    await expect.poll(() => page.locator('.timer-value').textContent()).toContain('3:00');

    await page.clock.runFor(100_000);
    // Time stands still from here on: the check is about the stored deadline, not about how fast a
    // busy machine reloads and hydrates the page (a second of that turned 1:20 into 1:19).
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1));
    await page.reload();
    await expect.poll(() => page.locator('.timer-value').textContent()).toContain('1:20');
    await context.close();
  });
});
