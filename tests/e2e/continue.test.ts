import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasChromium, openStepReadyToStart, pageHeading, useBrowserAndServer } from './browser';

// 30 November 2026, 10:00 in Amsterdam: within waking hours.
const morning = new Date('2026-11-30T10:00:00+01:00');

/** True when the element is wholly inside the scrolling page area (above the bottom menu). */
function fullyInViewOfMain(element: Element): boolean {
  const main = element.closest('main')!.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return box.top >= main.top && box.bottom <= main.bottom;
}

describe.skipIf(!hasChromium)('a returning user in real Chromium', () => {
  const env = useBrowserAndServer();

  test('from opening the app to a running exercise in two taps; the bar leads back from another page', async () => {
    // Yesterday's user, as the app saw them: one round of step 3 done (three minutes held).
    const { context, page, start } = await openStepReadyToStart(env, 'stap-3-elleboogsteun', morning);
    // The card and the bar come after hydration: neither may cost a hydration error on the way.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await start.click();
    await page.clock.runFor(181_000);
    const done = page.getByRole('region', { name: 'Goed gedaan' });
    await done.waitFor();
    expect(await done.textContent()).toContain('Volgende keer: 12:03');

    // The overview brings the current step on screen: step 3 sits below the fold of a phone.
    await page.goto(`${env.server.url}/stappenplan`);
    const current = page.locator('main [aria-current="step"]');
    await expect.poll(() => current.textContent()).toContain('Elleboogsteun');
    await expect.poll(() => current.evaluate(fullyInViewOfMain)).toBe(true);

    // Opening the app again: the start page, with "Ga verder" as its first card.
    await page.clock.runFor(20 * 60_000);
    await page.goto(`${env.server.url}/`);
    let taps = 0;
    const tap = async (target: Locator) => {
      taps += 1;
      await target.click();
    };
    const card = page.getByRole('region', { name: 'Ga verder: Stap 3, Elleboogsteun — volgende ronde om 12:03' });
    await card.waitFor();
    const firstCard = await page.locator('main article section.card').first().getAttribute('class');
    expect(firstCard).toContain('continue-card');

    await tap(card.getByRole('link', { name: 'Naar Stap 3' }));
    await expect.poll(() => pageHeading(page).textContent()).toBe('Stap 3: Elleboogsteun');
    const startAgain = page.getByRole('button', { name: 'Start de oefening' });
    await expect.poll(() => startAgain.isEnabled()).toBe(true);
    await tap(startAgain);
    await expect.poll(() => page.locator('.timer-value').textContent()).toContain('3:00');
    expect(taps).toBe(2);

    // Mid-hold, a look at the alarm signs: the bar there leads back to the running hold.
    await expect.poll(() => page.getByRole('link', { name: 'Oefening loopt — terug' }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Alarmsignalen' }).click();
    await page.waitForURL((address) => address.pathname === '/alarmsignalen');
    const bar = page.getByRole('link', { name: 'Oefening loopt — terug' });
    await bar.click();
    await page.waitForURL((address) => address.pathname === '/stappenplan/stap-3-elleboogsteun');
    await expect.poll(() => page.getByRole('button', { name: 'Pauze' }).isVisible()).toBe(true);
    // Opening the app mid-hold: the card leads back to it, and the prerendered page hydrates cleanly.
    await page.goto(`${env.server.url}/`);
    await page.getByRole('region', { name: 'Oefening loopt: Stap 3, Elleboogsteun' }).waitFor();
    await page.getByRole('link', { name: 'Oefening loopt — terug' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
    // A whole round, then the way back in, then a second page and a reload: more than one page's worth.
  }, 120_000);
});
