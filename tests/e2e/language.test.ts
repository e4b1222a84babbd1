import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium, phone, startAppServer, waitForServiceWorker, type AppServer } from './browser';

describe.skipIf(!hasChromium)('English beside Dutch (real Chromium)', () => {
  let browser: Browser;
  let server: AppServer;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startAppServer();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close().catch(() => undefined);
  });

  test('an English browser sees the start page and the plan in English', async () => {
    const context = await browser.newContext({ ...phone, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Go to the step plan' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Step plan');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.step-label').allTextContents()).toContain('Adapted press-up');
    await context.close();
  });

  test('a Dutch user switches to English, and it stays English after an offline reload', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}/meer`);
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('More');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await server.close();
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('More');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});
