import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, geometryRules } from './axe';
import { hasChromium, pageHeading, passFirstStart, phone, useBrowserAndServer } from './browser';
import { layoutProblems, scaleFontLikeAndroid } from './layout-checks';
import { appPages } from './pages';

/*
 * Every page on the smallest phone at normal text, and on a common phone with Android's font scale
 * at 200 %: no sideways scrolling, the four tabs whole on screen, no word cut in two, a one-line
 * header, and axe clean in the rules a screen size or text size can change (target-size among them:
 * nothing fixed covers a control; accessibility.test.ts runs every rule on every page). One page
 * load per route per setup, in one context, to keep the suite fast.
 */
async function open(page: Page, url: string, target: { path: string; heading: string }) {
  await page.goto(url + target.path);
  await expect.poll(() => pageHeading(page).textContent()).toBe(target.heading);
}

/** The gaps between the labels of neighbouring tabs on one row, in CSS px. */
function labelGaps(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.bottom-nav .tab')].map((tab) => {
      const range = document.createRange();
      range.selectNodeContents(tab);
      return range.getBoundingClientRect();
    });
    return boxes.slice(1).map((box, i) => Math.round(box.left - boxes[i]!.right));
  });
}

/** On a step page's first screen, Start lies out of the top third, whole, above the bottom menu. */
async function startInThumbReach(page: Page): Promise<string[]> {
  const start = page.getByRole('button', { name: /^Start/ });
  // Not waiting for it to be enabled: on the adapted press-up it waits for the side of the pain.
  await start.waitFor();
  const box = (await start.boundingBox())!;
  const navTop = await page.evaluate(() => document.querySelector('.bottom-nav')!.getBoundingClientRect().top);
  const height = page.viewportSize()!.height;
  const ok = box.y + box.height / 2 >= height * 0.35 && box.y + box.height <= navTop;
  return ok
    ? []
    : [`start is in the top third, or not whole above the menu: ${JSON.stringify(box)}, menu at ${navTop}`];
}

/**
 * The two set-ups on one small phone: normal text, and the phone's font at 200 %. The font scale is
 * a browser setting that applies to the page as it is, so each page is loaded once and checked in both.
 */
const setups = [
  { name: 'normal text', fontScale: 100, rootPx: '18px', thumb: true },
  { name: 'phone font at 200 %', fontScale: 200, rootPx: '36px', thumb: false },
] as const;

describe.skipIf(!hasChromium)('layout on a small screen and with the phone font scaled (real Chromium)', () => {
  const env = useBrowserAndServer();

  test('320 × 568, at normal text and with the phone font at 200 %: every page fits, keeps its four tabs in view and passes axe', async () => {
    // bypassCSP: the app's CSP (rightly) refuses the injected axe script; prerender.test.ts checks the CSP.
    const context = await env.browser.newContext({ ...phone, viewport: { width: 320, height: 568 }, bypassCSP: true });
    const page = await context.newPage();
    await passFirstStart(page, env.server.url);
    const problems: string[] = [];
    for (const target of appPages) {
      await open(page, env.server.url, target);
      for (const setup of setups) {
        await scaleFontLikeAndroid(context, page, setup.fontScale);
        await expect
          .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
          .toBe(setup.rootPx);
        const where = `${target.path} (${setup.name})`;
        problems.push(...(await layoutProblems(page)).map((p) => `${where}: ${p}`));
        problems.push(...(await axeViolations(page, where, geometryRules)));
        if (setup.thumb && target.path.startsWith('/stappenplan/')) {
          problems.push(...(await startInThumbReach(page)).map((p) => `${where}: ${p}`));
        }
      }
      await scaleFontLikeAndroid(context, page, 100);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  test('at 412 px and normal text the four tabs share one row and their labels never touch, in Dutch and English', async () => {
    const context = await env.browser.newContext({ ...phone, viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    await passFirstStart(page, env.server.url);
    await page.goto(`${env.server.url}/meer`);
    const tabs = page.locator('.bottom-nav .tab');
    const rows = () =>
      tabs.evaluateAll((all) => new Set(all.map((t) => Math.round(t.getBoundingClientRect().top))).size);
    expect(await rows()).toBe(1);
    expect(Math.min(...(await labelGaps(page)))).toBeGreaterThanOrEqual(12);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => tabs.first().textContent()).toBe('Start');
    await expect.poll(() => tabs.nth(2).textContent()).toBe('Warning signs');
    expect(await rows()).toBe(1);
    expect(Math.min(...(await labelGaps(page)))).toBeGreaterThanOrEqual(12);
    await context.close();
  });
});
