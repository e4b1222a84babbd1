import { describe, expect, test } from 'vitest';
import { hasChromium, pageHeading, passFirstStart, phone, useBrowserAndServer, waitForServiceWorker } from './browser';

describe.skipIf(!hasChromium)('English beside Dutch (real Chromium)', () => {
  const env = useBrowserAndServer();

  test('an English browser sees the start page and the plan in English', async () => {
    const context = await env.browser.newContext({ ...phone, locale: 'en-GB' });
    const page = await context.newPage();
    // The first-start screen is English too; past it, the start page leads to the plan.
    await passFirstStart(page, env.server.url);
    await page.goto(env.server.url);
    await page.getByRole('link', { name: 'Go to the step-by-step plan' }).click();
    await expect.poll(() => pageHeading(page).textContent()).toBe('Step-by-step plan');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.step-label').allTextContents()).toContain('Alternative');
    await context.close();
  });

  test('an English browser switches to Dutch: in place, then Dutch from the first paint of every load', async () => {
    const context = await env.browser.newContext({ ...phone, locale: 'en-GB' });
    const page = await context.newPage();
    await passFirstStart(page, env.server.url);
    await page.goto(`${env.server.url}/meer`);
    await expect.poll(() => pageHeading(page).textContent()).toBe('More');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => pageHeading(page).textContent()).toBe('Meer');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    // The next load: Dutch before any script of the app has run (the choice is mirrored for index.html).
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(`${env.server.url}/stappenplan`);
    expect(await pageHeading(page).textContent()).toBe('Stappenplan');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await context.close();
  });

  test('a Dutch user switches to English, and it stays English after an offline reload', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/meer`);
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => pageHeading(page).textContent()).toBe('More');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await env.server.close();
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => pageHeading(page).textContent()).toBe('More');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});
