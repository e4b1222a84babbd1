import { describe, expect, test } from 'vitest';
import {
  hasChromium,
  pageHeading,
  passFirstStart,
  phone,
  recordRequests,
  useBrowserAndServer,
  waitForServiceWorker,
} from './browser';
import { appPages } from './pages';

describe.skipIf(!hasChromium)('offline after one visit (real Chromium, server stopped)', () => {
  const env = useBrowserAndServer();

  test('every page opens by its address with no server and no network, and nothing left the origin', async () => {
    const context = await env.browser.newContext(phone);
    const requests = recordRequests(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // The one online visit: the start page, which installs the service worker.
    await page.goto(env.server.url);
    await waitForServiceWorker(page);
    await passFirstStart(page, env.server.url);
    const origin = new URL(env.server.url).origin;

    // Online, every page shows its heading (and is visited, for the request log).
    for (const { path, heading } of appPages) {
      await page.goto(env.server.url + path);
      await expect.poll(() => pageHeading(page).textContent()).toBe(heading);
    }

    // Offline means offline: the server is gone and the browser has no network.
    await env.server.close();
    await context.setOffline(true);
    const offlineHeadings: Record<string, string | null> = {};
    const servedPages: Record<string, string | null> = {};
    for (const { path } of appPages) {
      await page.goto(env.server.url + path);
      await pageHeading(page).waitFor();
      offlineHeadings[path] = await pageHeading(page).textContent();
      // The service worker answered with this address's own prerendered page, not the start page.
      servedPages[path] = await page.locator('#root').getAttribute('data-prerendered');
    }
    expect(offlineHeadings).toEqual(Object.fromEntries(appPages.map((p) => [p.path, p.heading])));
    expect(servedPages).toEqual(Object.fromEntries(appPages.map((p) => [p.path, p.path])));

    // An address the app does not know gets the prerendered not-found page, offline too.
    await page.goto(`${env.server.url}/bestaat-niet`);
    await expect.poll(() => pageHeading(page).textContent()).toBe('Deze pagina bestaat niet');
    expect(await page.locator('#root').getAttribute('data-prerendered')).toBe('*');

    const elsewhere = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
