import { describe, expect, test } from 'vitest';
import { hasChromium, newPhonePage, useBrowserAndServer } from './browser';

// 1 December 2026, 09:30 in Amsterdam.
const morning = new Date('2026-12-01T09:30:00+01:00');

describe.skipIf(!hasChromium)('a page that does not load, in real Chromium', () => {
  const env = useBrowserAndServer();

  test('the diary page’s code missing: the shell, the menu and the alarm link stay, the new version loads, the diary is intact, the error is kept', async () => {
    // No service worker: it would answer the chunk from its precache, past the test's interception.
    const { context, page, pageErrors } = await newPhonePage(env, {
      context: { serviceWorkers: 'block' },
      time: morning,
    });

    await page.goto(`${env.server.url}/dagboek/noteren`);
    await page.getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('radio', { name: 'Bil', exact: true }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.getByRole('main').getByRole('status').first().textContent())
      .toBe('Opgeslagen om 09:30: pijn 6, bil.');

    // As after an update: the server no longer has the diary page's chunk of the version in the tab.
    const missing = '**/assets/diary-page-*.js';
    await page.route(missing, (route) => route.abort());
    await page.goto(`${env.server.url}/meer`);
    await page.getByRole('main').getByRole('link', { name: 'Pijndagboek', exact: true }).click();

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Deze pagina kon niet worden geladen');
    expect(page.url()).toBe(`${env.server.url}/dagboek`);
    expect(await page.locator('.app-header .app-name').isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.isVisible()).toBe(true);
    const alarm = nav.getByRole('link', { name: 'Alarmsignalen' });
    expect(await alarm.isVisible()).toBe(true);
    expect(await alarm.getAttribute('href')).toBe('/alarmsignalen');
    expect(await page.getByText(/Uw gegevens zijn bewaard; er is niets gewist/).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Probeer opnieuw' }).isVisible()).toBe(true);
    const loadNew = page.getByRole('button', { name: 'Laad de nieuwe versie' });
    expect(await loadNew.isVisible()).toBe(true);

    // The new version is there: the page loads, with the entry saved before.
    await page.unroute(missing);
    await Promise.all([page.waitForEvent('load'), loadNew.click()]);
    const table = page.getByRole('table', { name: 'Alle waarden, oudste eerst' });
    await expect.poll(() => table.locator('tbody td').allTextContents()).toEqual(['6', 'Bil', 'tussendoor', '']);

    // Kept on the phone, under Over deze app.
    await page.goto(`${env.server.url}/over-deze-app`);
    const log = page.getByRole('region', { name: 'Fouten op deze telefoon' });
    await expect.poll(() => log.getByRole('listitem').count()).toBe(1);
    expect(await log.getByRole('listitem').textContent()).toContain('/dagboek · nieuwe versie nodig');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
