/**
 * What a page fetches: the code and strings of what it shows, not of what it might show. The parts
 * behind a state (a reminder that is on, storage that refuses, an offer to install) load only once
 * that state is there. Checked by the requests a real Chromium makes.
 */
import { describe, expect, test } from 'vitest';
import { hasChromium, newPhonePage, useBrowserAndServer } from './browser';

/** The app's chunks for the reminder's running parts, the storage banner and the install offer. */
const conditionalCode = /\/assets\/(reminder-core|storage-banner|install-prompt)-[\w-]+\.js$/;
/** The reminder's and the diary's own strings (the start page's cards use the small `glance` set). */
const featureStrings = /\/assets\/(reminder|diary)-[\w-]{8}\.js$/;

describe.skipIf(!hasChromium)('what a page fetches (real Chromium)', () => {
  const env = useBrowserAndServer();

  test('the start page with the reminder off fetches none of its running code; starting it does', async () => {
    const { context, page } = await newPhonePage(env, { passFirstStart: true });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));

    await page.goto(env.server.url);
    const start = page.getByRole('button', { name: 'Herinner mij om de twee uur' });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((file) => conditionalCode.test(file))).toEqual([]);
    expect(fetched.filter((file) => featureStrings.test(file))).toEqual([]);

    await start.click();
    await page.getByText(/Volgende keer om/).waitFor();
    expect(
      fetched.filter((file) => conditionalCode.test(file)).map((file) => file.replace(/-[\w-]{8}\.js$/, '')),
    ).toEqual(['/assets/reminder-core']);
    await context.close();
  });
});
