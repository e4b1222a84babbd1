import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, contrastRules } from './axe';
import { hasChromium, pageHeading, passFirstStart, phone, savedSettings, useBrowserAndServer } from './browser';
import { countOutsideRing, layoutProblems } from './layout-checks';
import { paths } from '../../src/routing/paths';
import { appPages } from './pages';

/*
 * WCAG 2.2 AA on every page, checked by axe-core in real Chromium (injected from node_modules: no
 * network), in both themes, whether the theme comes from the system or from the settings; plus the
 * layout at 320 px wide with the text at 200 %, and the size and reach of every control.
 */
const label = { light: 'Licht', dark: 'Donker, rustig voor de nacht', large: 'Groot', extraLarge: 'Extra groot' };
/** An address that does not exist: the not-found page must be as accessible as the rest. */
const notFound = { path: '/bestaat-niet', heading: 'Deze pagina bestaat niet' };
/** "Start de oefening", or "Start: blijf zo liggen" for a posture. */
const startButton = (page: Page) => page.getByRole('button', { name: /^Start/ });

async function choose(page: Page, url: string, radioName: string) {
  await page.goto(`${url}/instellingen`);
  const before = JSON.stringify(await savedSettings(page));
  await page.getByRole('radio', { name: radioName, exact: true }).check();
  // Saved asynchronously: the next page load must not cut the write short.
  await expect.poll(async () => JSON.stringify(await savedSettings(page))).not.toBe(before);
}

/** Opens a page and waits for its heading and for the stored settings to be applied. */
async function open(page: Page, url: string, target: { path: string; heading: string }, theme: string) {
  await page.goto(url + target.path);
  await expect.poll(() => pageHeading(page).textContent()).toBe(target.heading);
  await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(theme);
}

const background = { light: 'rgb(246, 243, 238)', dark: 'rgb(15, 18, 22)' } as const;

/**
 * The four ways a theme can come about: from the phone's setting, or chosen in the app against it.
 * `theme` is what the app puts on <html data-theme> for that choice (useAppliedSettings).
 */
const themeModes = [
  { name: 'dark, from the system', colorScheme: 'dark', theme: 'system', bg: background.dark },
  { name: 'dark, chosen on a light phone', colorScheme: 'light', theme: 'dark', bg: background.dark },
  { name: 'light, chosen on a dark phone', colorScheme: 'dark', theme: 'light', bg: background.light },
] as const;

/**
 * Every rule on the page as loaded (light, from the system); then, on the same page, the contrast
 * rules in the three other theme set-ups: only colours change between them (the markup, names and
 * roles are the same), so the page is not loaded four times.
 */
async function violationsInEveryTheme(page: Page, where: string): Promise<string[]> {
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(background.light);
  const violations = await axeViolations(page, `${where} (light, from the system)`);
  for (const mode of themeModes) {
    await page.emulateMedia({ colorScheme: mode.colorScheme });
    await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), mode.theme);
    // The theme really is in effect (not only the attribute).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(mode.bg);
    violations.push(...(await axeViolations(page, `${where} (${mode.name})`, contrastRules)));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => (document.documentElement.dataset.theme = 'system'));
  return violations;
}

describe.skipIf(!hasChromium)('accessibility (axe-core in real Chromium)', () => {
  const env = useBrowserAndServer();

  test('every page has no axe violations, in four theme set-ups', async () => {
    // bypassCSP: the app's CSP (rightly) refuses the axe script the test injects; the CSP itself is
    // checked in prerender.test.ts.
    const context = await env.browser.newContext({ ...phone, colorScheme: 'light', bypassCSP: true });
    const page = await context.newPage();
    await passFirstStart(page, env.server.url);
    const violations: string[] = [];
    for (const target of [...appPages, notFound]) {
      await open(page, env.server.url, target, 'system');
      violations.push(...(await violationsInEveryTheme(page, target.path)));
    }
    // A running exercise, too: the timer, the controls and the live region.
    const step = appPages.find((p) => p.path.endsWith('stap-3-elleboogsteun'))!;
    await open(page, env.server.url, step, 'system');
    const start = startButton(page);
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();
    await page.getByRole('button', { name: 'Pauze' }).waitFor();
    violations.push(...(await violationsInEveryTheme(page, `${step.path} (running)`)));
    expect(violations).toEqual([]);
    await context.close();
  }, 240_000);

  test.each([
    { choice: label.dark, colorScheme: 'light', theme: 'dark', bg: background.dark },
    { choice: label.light, colorScheme: 'dark', theme: 'light', bg: background.light },
  ] as const)(
    'the theme $theme chosen against the phone ($colorScheme) is in effect on every kind of page',
    async ({ choice, colorScheme, theme, bg }) => {
      const context = await env.browser.newContext({ ...phone, colorScheme });
      const page = await context.newPage();
      await passFirstStart(page, env.server.url);
      await choose(page, env.server.url, choice);
      const kinds: string[] = [paths.start, paths.plan, paths.step('stap-3-elleboogsteun'), paths.diary, paths.more];
      const samples = appPages.filter((p) => kinds.includes(p.path));
      expect(samples).toHaveLength(kinds.length);
      for (const target of samples) {
        await open(page, env.server.url, target, theme);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(bg);
      }
      await context.close();
    },
  );
});

type Measure = { problems: string[] };

/** Sideways scrolling, and every visible button, link or choice smaller than 44 × 44 CSS px. */
function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const problems: string[] = [];
    // The page scrolls inside <main>: neither it nor the document may scroll sideways.
    for (const box of [doc, document.querySelector('main')!]) {
      if (box.scrollWidth > box.clientWidth) problems.push(`scrolls sideways: ${box.scrollWidth} > ${box.clientWidth}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('a[href], button, label:has(input)')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= 0) continue; // hidden, or the skip link off-screen
      // WCAG 2.5.8 exempts a link inside a sentence: its size is set by the line of text.
      const sentence = el.parentElement?.closest('p, li, dd');
      const inline =
        getComputedStyle(el).display === 'inline' &&
        sentence !== null &&
        sentence !== undefined &&
        sentence.textContent!.trim() !== el.textContent!.trim();
      if (inline) continue;
      if (box.width < 44 || box.height < 44) {
        problems.push(
          `${el.tagName.toLowerCase()} "${el.textContent!.trim().slice(0, 40)}" is ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return { problems };
  });
}

/**
 * Out of the top third of the screen (where a thumb does not reach; the middle is the easiest reach
 * for a phone held in one hand), fully in view above the bottom menu, without scrolling. Not "the
 * lower half": a step picture cropped to its drawing rightly brings Start up to the middle.
 */
async function inThumbReach(page: Page, control: Locator, what: string): Promise<string[]> {
  const box = await control.boundingBox();
  const navTop = await page.evaluate(() => document.querySelector('.bottom-nav')!.getBoundingClientRect().top);
  const ok = box && box.y + box.height / 2 >= phone.viewport.height * 0.35 && box.y + box.height <= navTop;
  return ok ? [] : [`${what} is in the top third, or not in view above the menu: ${JSON.stringify(box)}`];
}

describe.skipIf(!hasChromium)('layout for big text and one thumb (real Chromium)', () => {
  const env = useBrowserAndServer();

  test.each([
    { size: label.extraLarge, value: 'extra-large', px: '36px' }, // twice the normal 18 px
    { size: label.large, value: 'large', px: '24px' },
  ])(
    '320 px wide with the text $size ($px): no sideways scrolling, every target at least 44 × 44',
    async ({ size, value, px }) => {
      const options: BrowserContextOptions = { ...phone, viewport: { width: 320, height: 640 } };
      const context = await env.browser.newContext(options);
      const page = await context.newPage();
      await passFirstStart(page, env.server.url);
      await choose(page, env.server.url, size);
      const problems: string[] = [];
      for (const target of appPages) {
        await open(page, env.server.url, target, 'system');
        await expect.poll(() => page.locator('html').getAttribute('data-text-size')).toBe(value);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(px);
        problems.push(...(await measure(page)).problems.map((p) => `${target.path}: ${p}`));
        problems.push(...(await layoutProblems(page)).map((p) => `${target.path}: ${p}`));
      }
      // Running: a hold (step 3), then, moving on inside the app, the press-ups (step 4).
      await open(
        page,
        env.server.url,
        appPages.find((p) => p.path.endsWith('stap-3-elleboogsteun'))!,
        'system',
      );
      for (const step of ['Stap 3', 'Stap 4']) {
        const start = startButton(page);
        await expect.poll(() => start.isEnabled()).toBe(true);
        await start.click();
        await page.getByRole('button', { name: 'Pauze' }).waitFor();
        problems.push(...(await measure(page)).problems.map((p) => `${step} (running): ${p}`));
        problems.push(...(await countOutsideRing(page)).map((p) => `${step} (running): ${p}`));
        await page.getByRole('button', { name: 'Stoppen' }).click(); // one exercise at a time
        if (step === 'Stap 4') break;
        await page.getByRole('link', { name: 'Volgende: Stap 4' }).click();
        await expect.poll(() => pageHeading(page).textContent()).toMatch(/^Stap 4:/);
      }
      expect(problems).toEqual([]);
      await context.close();
    },
    240_000,
  );

  test('at the normal size every target is at least 44 × 44, and start, count and pause are out of the top third, in view above the menu', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await passFirstStart(page, env.server.url);
    const problems: string[] = [];
    for (const target of appPages) {
      await open(page, env.server.url, target, 'system');
      problems.push(...(await measure(page)).problems.map((p) => `${target.path}: ${p}`));
      if (!target.path.startsWith('/stappenplan/')) continue;
      problems.push(...(await inThumbReach(page, startButton(page), `${target.path}: start`)));
    }
    // While exercising: the press-ups' button to count yourself (the pacer counts first), and pause.
    const pressUps = appPages.find((p) => p.path.endsWith('stap-4-opduwen-in-buiklig'))!;
    await open(page, env.server.url, pressUps, 'system');
    await expect.poll(() => startButton(page).isEnabled()).toBe(true);
    await startButton(page).click();
    for (const name of ['Zelf tellen', 'Pauze']) {
      problems.push(...(await inThumbReach(page, page.getByRole('button', { name }), `${pressUps.path}: ${name}`)));
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});

describe.skipIf(!hasChromium)('keyboard focus (real Chromium)', () => {
  const env = useBrowserAndServer();

  test('every focused control shows a clear ring and is never hidden behind the bottom menu', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await passFirstStart(page, env.server.url);
    const problems: string[] = [];
    let focused = 0;
    for (const target of appPages.filter((p) => ['/instellingen', '/over-deze-app', '/stappenplan'].includes(p.path))) {
      await open(page, env.server.url, target, 'system');
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const navTop = document.querySelector('.bottom-nav')!.getBoundingClientRect().top;
          return {
            name: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`,
            ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            hidden: !el.closest('.bottom-nav') && box.right > 0 && box.top >= navTop, // WCAG 2.4.11
          };
        });
        if (!focus) continue;
        focused++;
        if (!focus.ring) problems.push(`${target.path}: ${focus.name} has no visible focus ring`);
        if (focus.hidden) problems.push(`${target.path}: ${focus.name} is hidden behind the menu`);
      }
    }
    expect(problems).toEqual([]);
    expect(focused).toBeGreaterThan(60); // the keyboard really went through the pages
    await context.close();
  }, 240_000);
});

describe.skipIf(!hasChromium)('reduced motion (real Chromium)', () => {
  const env = useBrowserAndServer();

  test('the breathing guide stops moving but still shows what to do', async () => {
    const context = await env.browser.newContext({ ...phone, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await passFirstStart(page, env.server.url);
    const step = appPages.find((p) => p.path.endsWith('stap-2b-ontspannen'))!;
    await open(page, env.server.url, step, 'system');
    const start = page.getByRole('button', { name: 'Start de oefening' });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();
    const breath = page.locator('.breath');
    await expect.poll(() => breath.textContent()).toBe('Adem rustig in, naar de onderbuik');
    const style = await breath.evaluate((el) => {
      const s = getComputedStyle(el);
      return { transform: s.transform, transition: parseFloat(s.transitionDuration) };
    });
    expect(style).toEqual({ transform: 'none', transition: expect.any(Number) });
    expect(style.transition).toBeLessThan(0.001);
    // No breathing animation runs at all (it is one CSS animation otherwise).
    expect(await breath.evaluate((el) => el.getAnimations().length)).toBe(0);
    const fill = await page
      .locator('.timer-fill')
      .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(fill).toBeLessThan(0.001);
    await context.close();
  });
});
