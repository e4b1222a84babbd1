import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Plan } from '../../src/content/schema';
import { hasChromium, passFirstStart, phone, root, useBrowserAndServer } from './browser';

// 30 November 2026, 10:00 in Amsterdam: within waking hours, so the first round is at 12:00.
const morning = new Date('2026-11-30T10:00:00+01:00');
const plan = JSON.parse(readFileSync(path.join(root, 'content/nl/plan.json'), 'utf8')) as Plan;
const firstStep = plan.steps[0]!;

/** The notifications the service worker registration is showing now, as the phone's tray would. */
function shownNotifications(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const list = await registration.getNotifications();
    return list.map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data as unknown }));
  });
}

describe.skipIf(!hasChromium)('the two-hour reminder in real Chromium with the browser clock', () => {
  const env = useBrowserAndServer();

  test('start a reminder, reload, two hours on: the due screen and one notification', async () => {
    const context = await env.browser.newContext(phone);
    await context.grantPermissions(['notifications'], { origin: env.server.url });
    const page = await context.newPage();
    await page.clock.install({ time: morning });
    await passFirstStart(page, `${env.server.url}/`);

    await page.goto(`${env.server.url}/herinnering`);
    const notifications = page.getByRole('region', { name: 'Meldingen' });
    await expect.poll(() => notifications.textContent()).toContain('Meldingen staan aan.');
    const start = page.getByRole('button', { name: 'Herinner mij om de twee uur' });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();
    await expect.poll(() => page.locator('.reminder-line').textContent()).toBe('Volgende keer om 12:00 — nog 2 uur');

    // The deadline is stored, not counted: a reload (or a closed app) keeps it.
    await page.goto(`${env.server.url}/`);
    await page.reload();
    await expect
      .poll(() => page.getByRole('region', { name: 'Herinnering' }).locator('.reminder-line').textContent())
      .toBe('Volgende keer om 12:00 — nog 2 uur');
    // The notification needs an active service worker; wait for it before time moves.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    expect(await shownNotifications(page)).toEqual([]);

    await page.clock.fastForward('02:00:01');

    await page.getByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' }).waitFor();
    expect(
      await page.getByRole('link', { name: `Naar ${firstStep.label}: ${firstStep.title}` }).getAttribute('href'),
    ).toBe(`/stappenplan/${firstStep.id}`);
    await expect
      .poll(() => shownNotifications(page))
      .toEqual([
        {
          title: 'Tijd voor uw oefenronde',
          body: `${firstStep.label}: ${firstStep.title}. Tik om te beginnen.`,
          tag: 'rugplan-round',
          data: { url: `/stappenplan/${firstStep.id}` },
        },
      ]);

    // Tapping it: no browser API taps a notification, so the service worker gets the same
    // notificationclick event from inside (Playwright can evaluate in Chromium's workers). The
    // open window is told where to go and shows the step; the notification leaves the tray.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(async () => {
      const sw = globalThis as unknown as {
        registration: ServiceWorkerRegistration;
        NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
        dispatchEvent: (event: Event) => boolean;
      };
      const [notification] = await sw.registration.getNotifications({ tag: 'rugplan-round' });
      if (!notification) throw new Error('no notification to tap');
      try {
        sw.dispatchEvent(new sw.NotificationEvent('notificationclick', { notification }));
      } catch {
        // waitUntil() refuses an event the browser did not send; the handler's work still runs.
      }
    });
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/stappenplan/${firstStep.id}`);
    await page.getByRole('heading', { level: 1, name: `${firstStep.label}: ${firstStep.title}` }).waitFor();
    await expect.poll(() => shownNotifications(page)).toEqual([]);
    await context.close();
  });

  test('"Zet in mijn agenda" downloads an .ics file made on the phone', async () => {
    const context = await env.browser.newContext({ ...phone, acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.install({ time: new Date(morning.getTime() - 5 * 60_000) });
    await passFirstStart(page, `${env.server.url}/`);
    await page.goto(`${env.server.url}/herinnering`);
    const form = page.getByRole('form', { name: 'Zet in mijn agenda' });
    // The form's fields open once React has taken the page over (HydratedForm).
    await expect.poll(() => form.getByLabel('Aantal dagen').isEnabled()).toBe(true);
    // Time stands still at 10:00, so the file's first round is exactly two hours later.
    await page.clock.pauseAt(morning);
    await form.getByLabel('Aantal dagen').fill('3');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Download het agendabestand' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rugplan-oefenschema-2026-11-30.ics');
    const file = readFileSync(await download.path(), 'utf8');
    expect(file.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // At 10:00 with nothing done a round can be done now; the file starts with the round after it,
    // as the due screen and the alarm list say (src/schedule/next-round.ts): 12, 14, … 22 today,
    // then 08 … 22 on two more days.
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(6 + 8 + 8);
    expect(file).toContain('DTSTART:20261130T110000Z');
    expect(file).not.toContain('DTSTART:20261130T090000Z');
    await context.close();
  });

  test('without notification permission the due screen still comes, and nothing breaks', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.clock.install({ time: morning });
    await passFirstStart(page, `${env.server.url}/`);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${env.server.url}/`);
    const start = page.getByRole('button', { name: 'Herinner mij om de twee uur' });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();
    await expect.poll(() => page.locator('.reminder-line').textContent()).toBe('Volgende keer om 12:00 — nog 2 uur');
    await page.clock.fastForward('02:00:01');
    await page.getByRole('heading', { level: 1, name: 'Tijd voor een oefenronde' }).waitFor();
    expect(await shownNotifications(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
