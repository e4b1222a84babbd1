import { describe, expect, test } from 'vitest';
import { hasChromium, openStepReadyToStart, passFirstStart, phone, useBrowserAndServer } from './browser';

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

  test('step 2b at 320 px: the breathing guide at its largest never widens the page', async () => {
    const context = await env.browser.newContext({ ...phone, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await passFirstStart(page, env.server.url);
    await page.goto(`${env.server.url}/stappenplan/stap-2b-ontspannen`);
    const start = page.getByRole('button', { name: 'Start de oefening' });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();
    const breath = page.locator('.breath');
    await breath.waitFor();
    // The breathing is one CSS animation: hold it at rest and at the top of the in-breath (4 s of 10,
    // × 1.12). The page is exactly as wide at the top as at rest, and the words stay on screen.
    const at = (ms: number) =>
      breath.evaluate((element, ms) => {
        const [animation] = element.getAnimations();
        if (!animation) return null;
        animation.pause();
        animation.currentTime = ms;
        const box = element.getBoundingClientRect();
        return {
          transform: getComputedStyle(element).transform,
          left: box.left,
          right: box.right,
          viewport: document.documentElement.clientWidth,
          pageWidth: document.scrollingElement!.scrollWidth,
        };
      }, ms);
    const rest = await at(0);
    const top = await at(4000);
    expect(top?.transform).toMatch(/^matrix\(1\.12/);
    expect(top!.pageWidth).toBe(rest!.pageWidth);
    expect(top!.left).toBeGreaterThanOrEqual(0);
    expect(top!.right).toBeLessThanOrEqual(top!.viewport);
    await context.close();
  });
});
