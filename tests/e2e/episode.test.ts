import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { hasChromium, newPhonePage, pageHeading, root, useBrowserAndServer } from './browser';

const safety = JSON.parse(readFileSync(path.join(root, 'src/i18n/locales/nl/safety.json'), 'utf8')) as {
  firstStart: { title: string; continue: string };
};

// 1 December 2026, 09:30 in Amsterdam.
const morning = new Date('2026-12-01T09:30:00+01:00');

describe.skipIf(!hasChromium)('an episode ended and started again, in real Chromium', () => {
  const env = useBrowserAndServer();

  test('"Mijn rug is weer goed" → summary → "Weer rugpijn" → alarm list first → the old diary kept, by episode', async () => {
    // bypassCSP: the app's CSP refuses the injected axe script (the CSP is tested in prerender.test.ts).
    const { context, page, pageErrors } = await newPhonePage(env, {
      context: { bypassCSP: true },
      time: morning,
      passFirstStart: true,
    });

    const logPain = async (pain: string, place: string) => {
      await page.goto(`${env.server.url}/dagboek/noteren`);
      const save = page.getByRole('button', { name: 'Opslaan' });
      await expect.poll(() => save.isEnabled()).toBe(true);
      await page.getByRole('radio', { name: pain, exact: true }).check();
      await page.getByRole('radio', { name: place, exact: true }).check();
      await save.click();
      await page.getByText(/^Opgeslagen om /).waitFor();
    };
    await logPain('6', 'Bil');

    // From the plan overview, where a patient looks; the end is asked for twice.
    await page.goto(`${env.server.url}/stappenplan`);
    await page.getByRole('link', { name: 'Mijn rug is weer goed' }).click();
    await page.waitForURL((address) => address.pathname === '/dagboek/mijn-rug');
    await page.getByRole('button', { name: 'Mijn rug is weer goed …' }).click();
    await page.getByRole('button', { name: 'Ja, mijn rug is weer goed' }).click();
    const summary = page.getByRole('region', { name: 'Uw rug is weer goed' });
    await expect
      .poll(() => summary.getByRole('definition').allTextContents())
      .toEqual(['1 dag', '0', expect.stringMatching(/^pijn 6, bil \(/), expect.stringMatching(/^pijn 6, bil \(/)]);
    await page.getByRole('region', { name: 'Als uw rug weer goed is' }).waitFor();

    // Some months later, the pain is back.
    await page.clock.fastForward('24:00:00');
    await page.getByRole('button', { name: 'Weer rugpijn: opnieuw beginnen' }).click();
    await page.waitForURL((address) => address.pathname === '/stappenplan');
    await expect.poll(() => pageHeading(page).textContent()).toBe(safety.firstStart.title);
    // A reload shows the alarm list again, not the plan: the choice was saved and mirrored.
    await page.reload();
    await expect.poll(() => pageHeading(page).textContent()).toBe(safety.firstStart.title);
    const onward = page.getByRole('button', { name: safety.firstStart.continue });
    await expect.poll(() => onward.isEnabled()).toBe(true);
    await onward.click();
    await expect.poll(() => pageHeading(page).textContent()).toBe('Stappenplan');
    await expect.poll(() => page.locator('.step-current .step-label').textContent()).toBe('Stap 1');

    await logPain('3', 'Midden van de onderrug');

    await page.goto(`${env.server.url}/dagboek`);
    const now = page.getByRole('region', { name: 'Periode 2 (nu)' });
    const before = page.getByRole('region', { name: 'Periode 1' });
    const painCells = (region: typeof now) =>
      region
        .getByRole('table', { name: 'Alle waarden, oudste eerst' })
        .locator('tbody td:first-of-type')
        .allTextContents();
    await expect.poll(() => painCells(now)).toEqual(['3']);
    await expect.poll(() => painCells(before)).toEqual(['6']);

    // The grouped diary and the ended episode's page pass axe too.
    const violations = await axeViolations(page, '/dagboek');
    await page.goto(`${env.server.url}/dagboek/mijn-rug`);
    await page.getByRole('button', { name: 'Mijn rug is weer goed …' }).click();
    await page.getByRole('button', { name: 'Ja, mijn rug is weer goed' }).click();
    await page.getByRole('region', { name: 'Als uw rug weer goed is' }).waitFor();
    violations.push(...(await axeViolations(page, '/dagboek/mijn-rug')));
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
