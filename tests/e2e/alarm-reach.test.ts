import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasChromium, openStepReadyToStart, pageHeading, passFirstStart, phone, useBrowserAndServer } from './browser';
import { appPages } from './pages';

// 30 November 2026, 10:00 in Amsterdam.
const morning = new Date('2026-11-30T10:00:00+01:00');

const alarmTab = (page: Page) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Alarmsignalen' });

/**
 * Where the Alarmsignalen tab is on screen, and whether a finger on its centre really lands on it
 * (nothing drawn over it, no need to scroll first).
 */
async function tabOnScreen(page: Page) {
  const box = await alarmTab(page).boundingBox();
  if (!box) return { inView: false, onTop: false };
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const onTop = await page.evaluate(
    ([px, py]) => {
      const hit = document.elementFromPoint(px as number, py as number);
      return hit?.closest('a')?.getAttribute('href') === '/alarmsignalen';
    },
    [x, y],
  );
  return { inView: box.y >= 0 && box.y + box.height <= phone.viewport.height, onTop };
}

/** One tap on the tab, then the alarm page's heading. */
async function tapAlarm(page: Page) {
  await alarmTab(page).tap();
  await expect.poll(() => pageHeading(page).textContent()).toBe('Alarmsignalen');
}

/** The time left as the timer face shows it ("2:30"; the face also holds a hidden "Tijd over:" label). */
const timer = async (page: Page) => (await page.locator('.timer-value').textContent())?.match(/\d+:\d\d$/)?.[0];

describe.skipIf(!hasChromium)('the alarm signs one tap away, on every screen (real Chromium)', () => {
  const env = useBrowserAndServer();

  test('from every page, and from the first-start screen, one tap opens the alarm page', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();

    // A new user, before anything is stored: the first-start screen.
    await page.goto(env.server.url);
    await expect.poll(() => pageHeading(page).textContent()).toBe('Voordat u begint');
    expect(await tabOnScreen(page)).toEqual({ inView: true, onTop: true });
    await tapAlarm(page);

    await passFirstStart(page, env.server.url);
    const reached: Record<string, unknown> = {};
    for (const { path, heading } of appPages) {
      await page.goto(env.server.url + path);
      await expect.poll(() => pageHeading(page).textContent()).toBe(heading);
      // At the bottom of a long page too: the tab stays in place.
      // The page scrolls inside <main>, under a menu that stays outside it.
      await page.evaluate(() => document.getElementById('main')!.scrollTo(0, document.body.scrollHeight * 10));
      const where = await tabOnScreen(page);
      await tapAlarm(page);
      reached[path] = { ...where, url: new URL(page.url()).pathname };
    }
    expect(reached).toEqual(
      Object.fromEntries(appPages.map((p) => [p.path, { inView: true, onTop: true, url: '/alarmsignalen' }])),
    );
    await context.close();
  });

  test('during a hold: to the alarm page and back (link and browser back), the timer still running and right', async () => {
    const { context, page, start } = await openStepReadyToStart(env, 'stap-3-elleboogsteun', morning);
    // The page's clock stands still and moves only when the test sets it (timers keep running), so
    // every time shown below is exact however slow the machine is.
    const started = new Date(morning.getTime() + 10 * 60_000);
    const at = (seconds: number) => page.clock.setFixedTime(new Date(started.getTime() + seconds * 1000));
    await at(0);
    await start.click();
    await expect.poll(() => timer(page)).toBe('3:00');
    await at(30);
    await expect.poll(() => timer(page)).toBe('2:30');

    // In the middle of the exercise the tab is on screen and not covered by the player.
    expect(await tabOnScreen(page)).toEqual({ inView: true, onTop: true });
    await tapAlarm(page);
    await page.getByText('Uw oefening loopt nog (Stap 3: Elleboogsteun).').waitFor();
    await at(50);

    await page.getByRole('link', { name: 'Terug naar uw oefening' }).tap();
    await expect.poll(() => pageHeading(page).textContent()).toBe('Stap 3: Elleboogsteun');
    await expect.poll(() => timer(page)).toBe('2:10');
    expect(await page.getByRole('button', { name: 'Pauze' }).isVisible()).toBe(true);

    await tapAlarm(page);
    await at(60);
    await page.goBack();
    await expect.poll(() => pageHeading(page).textContent()).toBe('Stap 3: Elleboogsteun');
    await expect.poll(() => timer(page)).toBe('2:00');
    // Still counting down, not frozen at the moment of leaving.
    await at(65);
    await expect.poll(() => timer(page)).toBe('1:55');
    await context.close();
  });
});
