import { afterAll, beforeAll, expect } from 'vitest';
/**
 * Shared parts of the browser tests: Debian's Chromium driven by playwright-core, and the built app
 * served by Vite's preview server (the same server `npm start` uses), which a test can stop.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { chromiumArgs, chromiumPath, launchChromium } from '../../scripts/chromium.mjs';

export { chromiumPath, launchChromium };

export const hasChromium = existsSync(chromiumPath);
export const root = path.resolve(import.meta.dirname, '../..');
export const distDir = path.join(root, 'dist');

/** A phone in the hand: the viewport of a common mid-range Android phone. */
export const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
} as const;

/**
 * A browser with a real profile on disk: Chromium refuses installation in the throw-away
 * (incognito-like) contexts of `launchChromium`, so the installability check needs this one.
 */
export async function launchWithProfile(): Promise<BrowserContext> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'rugplan-profile-'));
  return chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, ...phone });
}

export type AppServer = { url: string; close: () => Promise<void> };

/** Serves dist/ on a free loopback port, as `npm start` does. */
export async function startAppServer(): Promise<AppServer> {
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const url = `http://localhost:${address.port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.httpServer.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would hold the port open: the "stopped" server must really be gone.
        if ('closeAllConnections' in server.httpServer) server.httpServer.closeAllConnections();
      }),
  };
}

/**
 * Waits until the service worker has installed (so everything is precached) and controls the page.
 * On a first visit the page that registered the worker is not controlled (the worker does not claim
 * open pages, so an update never swaps code under a running exercise); the next load is.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller?.state ?? null);
  if (controlled !== 'activated') throw new Error(`service worker does not control the page (${controlled})`);
}

/** Every request a context makes, to check that nothing leaves the origin. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/**
 * One Chromium and one app server for the tests of a describe block, closed after them. Tests read
 * `env.browser` and `env.server` once the hooks have run. Closing tolerates a server a test stopped.
 */
export function useBrowserAndServer(): { browser: Browser; server: AppServer } {
  const env = {} as { browser: Browser; server: AppServer };
  beforeAll(async () => {
    env.browser = await launchChromium();
    env.server = await startAppServer();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close().catch(() => undefined);
  });
  return env;
}

/**
 * The page's heading as a user meets it: the visible <h1>. The prerendered start page and plan also
 * hold the first-start screen's heading (or the page's, for a new user), hidden until React removes it.
 */
export function pageHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/**
 * Passes the first-start screen as a new user does: it shows the alarm symptoms once before the
 * start page and the plan, until "Ik heb de lijst gelezen: naar het stappenplan" (stored in this
 * context).
 * Ends on the plan overview.
 */
export async function passFirstStart(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .getByRole('button', {
      name: /^(Ik heb de lijst gelezen: naar het stappenplan|I have read the list: to the step-by-step plan)$/,
    })
    .click();
  await page.waitForURL((address) => address.pathname === '/stappenplan');
}

export type PhonePageOptions = {
  /** Context options on top of `phone`: bypassCSP for an injected axe, acceptDownloads, serviceWorkers. */
  context?: BrowserContextOptions;
  /** The browser clock, installed before the first load. */
  time?: Date;
  /** Pass the first-start screen first (then the page ends on the plan overview). */
  passFirstStart?: boolean;
};

export type PhonePage = {
  context: BrowserContext;
  page: Page;
  /** Every uncaught error of the page, to assert none happened. */
  pageErrors: string[];
};

/** A new phone (its own context, so its own storage) with one page; close `context` at the end. */
export async function newPhonePage(
  env: { browser: Browser; server: AppServer },
  options: PhonePageOptions = {},
): Promise<PhonePage> {
  const context = await env.browser.newContext({ ...phone, ...options.context });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  if (options.time) await page.clock.install({ time: options.time });
  if (options.passFirstStart) await passFirstStart(page, env.server.url);
  return { context, page, pageErrors };
}

/**
 * A new user, past the first-start screen, on a step page with the browser clock installed at
 * `time`, the start button ready (it is enabled once the saved state has been read).
 */
export async function openStepReadyToStart(
  env: { browser: Browser; server: AppServer },
  stepId: string,
  time: Date,
): Promise<{ context: BrowserContext; page: Page; start: Locator }> {
  const { context, page } = await newPhonePage(env, { time, passFirstStart: true });
  await page.goto(`${env.server.url}/stappenplan/${stepId}`);
  const start = page.getByRole('button', { name: 'Start de oefening' });
  await expect.poll(() => start.isEnabled()).toBe(true);
  return { context, page, start };
}

/**
 * The settings record as saved in the app's IndexedDB (null when none). Saving is asynchronous:
 * a test that leaves a page right after a tap waits for this first, as a person would.
 */
export function savedSettings(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown> | null>((resolve) => {
        const request = indexedDB.open('rugplan');
        request.onsuccess = () => {
          const read = request.result.transaction('records').objectStore('records').get('settings');
          read.onsuccess = () => {
            request.result.close();
            resolve((read.result as { data?: Record<string, unknown> } | undefined)?.data ?? null);
          };
          read.onerror = () => resolve(null);
        };
        request.onerror = () => resolve(null);
      }),
  );
}
