import type { Page } from 'playwright-core';

/**
 * Opens the app once as a returning user: where the build shows a first-start screen (the alarm
 * symptoms before anything else, issue 6), its "none of these" answer is given, so the pages under
 * test show themselves. Where there is no such screen, this only opens the start page.
 */
export async function openAsReturningUser(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('h1').waitFor();
  const none = page.getByRole('button', { name: 'Geen van deze: naar het stappenplan' });
  if ((await none.count()) > 0) {
    await none.click();
    await page.waitForURL((address) => address.pathname === '/stappenplan');
  }
}
