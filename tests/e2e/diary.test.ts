import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { hasChromium, newPhonePage, pageHeading, useBrowserAndServer } from './browser';

// 1 December 2026, 09:30 in Amsterdam.
const morning = new Date('2026-12-01T09:30:00+01:00');

describe.skipIf(!hasChromium)('the pain diary in real Chromium', () => {
  const env = useBrowserAndServer();

  test('log → reload → export (CSV and JSON) → delete everything → import the backup → the entry is back', async () => {
    const { context, page, pageErrors } = await newPhonePage(env, {
      context: { acceptDownloads: true },
      time: morning,
    });

    await page.goto(`${env.server.url}/dagboek/noteren`);
    await page.getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('radio', { name: 'Bil', exact: true }).check();
    await page.getByLabel('Notitie (mag leeg blijven)').fill('=1+1, "na het zitten"');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // In the page: the "works offline now" toast of a first visit is a status too.
    await expect
      .poll(() => page.getByRole('main').getByRole('status').first().textContent())
      .toBe('Opgeslagen om 09:30: pijn 6, bil.');

    await page.goto(`${env.server.url}/dagboek`);
    await page.reload();
    const table = page.getByRole('table', { name: 'Alle waarden, oudste eerst' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody td').allTextContents()).toEqual([
      '6',
      'Bil',
      'tussendoor',
      '=1+1, "na het zitten"',
    ]);

    await page.goto(`${env.server.url}/dagboek/gegevens`);
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Dagboek als CSV (spreadsheet)' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe('rugplan-dagboek-2026-12-01.csv');
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n')[1]).toMatch(
      /^1,2026-12-01T08:30:\d\d\.\d{3}Z,.*,6,Bil,tussendoor,"'=1\+1, ""na het zitten"""$/,
    );

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Reservekopie van alles (JSON)' }).click();
    const json = await jsonDownload;
    const backupPath = (await json.path())!;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as {
      format: string;
      records: { diary: { data: { pain: number; location: string }[] } };
    };
    expect(backup.format).toBe('rugplan-backup');
    expect(backup.records.diary.data).toMatchObject([{ pain: 6, location: 'bil' }]);

    await page.getByRole('button', { name: 'Alles wissen …' }).click();
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    await page.getByText('Alles is gewist.').waitFor();
    await page.goto(`${env.server.url}/dagboek`);
    await page.getByText('U heeft nog niets genoteerd.').waitFor();

    await page.goto(`${env.server.url}/dagboek/gegevens`);
    const backupInput = page.getByLabel('Kies een reservekopie (.json)');
    await expect.poll(() => backupInput.isEnabled()).toBe(true); // React has the page
    await backupInput.setInputFiles(backupPath);
    await page.getByText('1 waarde toegevoegd aan uw dagboek.').waitFor();
    // The same file again: nothing is added twice.
    await page.getByLabel('Kies een reservekopie (.json)').setInputFiles(backupPath);
    await page.getByText('Alles uit deze reservekopie stond al in uw dagboek. Er is niets dubbel gezet.').waitFor();

    await page.goto(`${env.server.url}/dagboek`);
    await expect
      .poll(() => table.locator('tbody td').allTextContents())
      .toEqual(['6', 'Bil', 'tussendoor', '=1+1, "na het zitten"']);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('the app starts over corrupt stored data without an error and says what was set aside', async () => {
    const { context, page, pageErrors } = await newPhonePage(env);

    // A file of the same origin that does not run the app, to write junk into its database first.
    await page.goto(`${env.server.url}/manifest.webmanifest`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('rugplan');
          request.onupgradeneeded = () => request.result.createObjectStore('records');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction('records', 'readwrite');
            const store = tx.objectStore('records');
            const good = { id: 'good', at: '2026-11-30T09:00:00.000Z', pain: 4, location: 'midden', moment: 'any' };
            store.put({ version: 1, savedAt: 'x', data: [good, { ...good, id: 'bad', pain: 'veel' }, 42] }, 'diary');
            store.put('{not a record', 'settings');
            store.put({ version: 1, data: [{ id: 7 }] }, 'sessions');
            store.put({ version: 99, data: {} }, 'plan-progress');
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onabort = () => reject(tx.error);
          };
        }),
    );

    await page.goto(`${env.server.url}/dagboek`);
    const banner = page.locator('.storage-banner');
    await expect.poll(() => banner.textContent()).toContain('waarden in uw gegevens konden niet worden gelezen');
    expect(await banner.textContent()).toContain('Een deel van uw opgeslagen gegevens kon niet worden gelezen.');
    const table = page.getByRole('table', { name: 'Alle waarden, oudste eerst' });
    await expect
      .poll(() => table.locator('tbody td').allTextContents())
      .toEqual(['4', 'Midden van de onderrug', 'tussendoor', '']);

    // The start page opens too. The settings were unreadable, so the app treats this as a first start
    // and shows the alarm list before the start page, as for any new user.
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Voordat u begint' }).waitFor();
    // On to the plan, which reads the sessions (a record is set aside when it is first read; the start
    // page loads the diary card that reads them only once the first start is done).
    await page.getByRole('button', { name: 'Ik heb de lijst gelezen: naar het stappenplan' }).click();
    await page.waitForURL((address) => address.pathname === '/stappenplan');
    // The set-aside copies (diary items, settings, sessions) are still in the database: kept, not deleted.
    const setAsideKeys = () =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const request = indexedDB.open('rugplan');
            request.onsuccess = () => {
              const all = request.result.transaction('records').objectStore('records').getAllKeys();
              all.onsuccess = () => resolve(all.result.map(String));
            };
          }),
      );
    await expect
      .poll(async () => (await setAsideKeys()).filter((k) => k.startsWith('set-aside:')).length)
      .toBeGreaterThanOrEqual(3);

    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('axe finds no accessibility violations on the diary pages, with an entry logged', async () => {
    // bypassCSP: the app's CSP refuses the injected axe script (the CSP is tested in prerender.test.ts).
    const { context, page } = await newPhonePage(env, { context: { bypassCSP: true }, passFirstStart: true });
    await page.goto(`${env.server.url}/dagboek/noteren`);
    await page.getByRole('radio', { name: '3', exact: true }).check();
    await page.getByRole('radio', { name: 'Bil', exact: true }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(/Opgeslagen om/).waitFor();

    const violations: string[] = [];
    for (const path of [
      '/dagboek/noteren',
      '/dagboek',
      '/dagboek/gegevens',
      '/dagboek/overzicht',
      '/dagboek/twee-dagen',
      '/',
    ]) {
      await page.goto(env.server.url + path);
      await pageHeading(page).waitFor();
      await page
        .getByText(/Pijndagboek|Pijn noteren|Uw gegevens|Overzicht|Twee dagen/)
        .first()
        .waitFor();
      violations.push(...(await axeViolations(page, path)));
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});
