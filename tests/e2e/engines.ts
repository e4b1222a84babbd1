/**
 * The three engines a patient's phone may run, behind one small page interface, so that the core
 * path is written once: Chromium (playwright-core), WebKit (WebKitGTK's WebDriver, see webdriver.ts)
 * and Gecko (Firefox ESR through puppeteer-core over WebDriver BiDi). Only what all three can do
 * is offered: navigate, reload, run a function in the page, go offline where the engine allows,
 * and the page errors seen so far.
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { hasChromium, launchChromium, phone } from './browser';
import { hasWebKit, startWebKitDriver, WebDriverSession } from './webdriver';

export type EngineName = 'chromium' | 'webkit' | 'gecko';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const hasGecko = existsSync(firefoxPath);

/** Which engines this machine has, and how to install the missing one (Debian packages, nothing downloaded). */
export const engines: Record<EngineName, { available: boolean; install: string }> = {
  chromium: { available: hasChromium, install: 'apt-get install -y chromium' },
  webkit: { available: hasWebKit, install: 'apt-get install -y webkit2gtk-driver xvfb' },
  gecko: { available: hasGecko, install: 'apt-get install -y firefox-esr' },
};

/** One browser tab, whatever the engine. */
export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(...args)` in the page (it is sent as source text: no closures) and returns its result. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Cuts the browser off the network; false where the engine's driver cannot (the server is stopped anyway). */
  setOffline(offline: boolean): Promise<boolean>;
  /** Uncaught errors and unhandled rejections of every page loaded so far. */
  pageErrors(): Promise<string[]>;
  screenshot(): Promise<Buffer>;
}

/** A running browser with one phone-sized tab; `close` ends it and everything it started. */
export interface EngineSession {
  page: EnginePage;
  close(): Promise<void>;
}

/** The zone and language of the patient the walk plays. */
const timeZone = phone.timezoneId;

/** Starts `engine` with a fresh profile and one phone-sized tab in Dutch, in Amsterdam's time zone. */
export function openEngine(engine: EngineName): Promise<EngineSession> {
  if (engine === 'chromium') return openChromium();
  if (engine === 'webkit') return openWebKit();
  return openGecko();
}

async function openChromium(): Promise<EngineSession> {
  const browser = await launchChromium();
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    page: {
      engine: 'chromium',
      goto: async (url) => void (await page.goto(url)),
      reload: async () => void (await page.reload()),
      evaluate: (fn, ...args) => page.evaluate(`(${fn.toString()}).apply(null, ${JSON.stringify(args)})`),
      setOffline: async (offline) => {
        await context.setOffline(offline);
        return true;
      },
      pageErrors: async () => [...errors],
      screenshot: () => page.screenshot(),
    },
    close: () => browser.close(),
  };
}

// WebKit's classic WebDriver has no page-error events, and Gecko's BiDi log also reports what a page
// that is being left does (Firefox rejects the lazy imports still loading when the user navigates
// away, which nobody sees). So both count what a person could meet: uncaught errors and unhandled
// rejections of a page while it is shown, caught by these listeners in the page itself.
function installErrorListeners(): void {
  const w = window as unknown as { __engineErrors?: string[] };
  if (w.__engineErrors) return;
  const seen: string[] = (w.__engineErrors = []);
  let leaving = false;
  addEventListener('pagehide', () => (leaving = true));
  addEventListener('pageshow', () => (leaving = false));
  addEventListener('error', (event) => {
    if (!leaving) seen.push(`${event.message} (${event.filename}:${event.lineno})`);
  });
  addEventListener('unhandledrejection', (event) => {
    if (!leaving) seen.push(`unhandled rejection: ${String(event.reason)}`);
  });
}

function readErrorListeners(): string[] {
  return (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? [];
}

async function openWebKit(): Promise<EngineSession> {
  const driver = await startWebKitDriver({ timeZone, languages: 'nl_NL:nl' });
  let session: WebDriverSession;
  try {
    session = await WebDriverSession.create(driver.url);
    await session.setWindowRect(phone.viewport.width, phone.viewport.height);
  } catch (error) {
    await driver.close();
    throw error;
  }
  const errors: string[] = [];
  const collect = async () => {
    errors.push(...(await session.evaluate(readErrorListeners).catch(() => [] as string[])));
  };
  const afterLoad = () => session.evaluate(installErrorListeners);
  return {
    page: {
      engine: 'webkit',
      goto: async (url) => {
        await collect();
        await session.goto(url);
        await afterLoad();
      },
      reload: async () => {
        await collect();
        await session.refresh();
        await afterLoad();
      },
      evaluate: (fn, ...args) => session.evaluate(fn, ...args),
      // WebKitGTK's WebDriver has no network emulation; the stopped server is the offline test here.
      setOffline: async () => false,
      pageErrors: async () => [...errors, ...(await session.evaluate(readErrorListeners))],
      screenshot: () => session.screenshot(),
    },
    close: async () => {
      await session.close().catch(() => undefined);
      await driver.close();
    },
  };
}

async function openGecko(): Promise<EngineSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    env: { ...process.env, TZ: timeZone },
    extraPrefsFirefox: {
      'intl.accept_languages': 'nl-NL, nl',
      // Service workers and IndexedDB as on a phone: no private-browsing defaults for automation.
      'dom.serviceWorkers.enabled': true,
      'dom.serviceWorkers.testing.enabled': true,
    },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: phone.viewport.width, height: phone.viewport.height });
  // Before any script of each page: the listeners see the page's whole life.
  await page.evaluateOnNewDocument(`(${installErrorListeners.toString()})()`);
  const errors: string[] = [];
  const collect = async () => {
    errors.push(...(await page.evaluate(readErrorListeners).catch(() => [] as string[])));
  };
  return {
    page: {
      engine: 'gecko',
      goto: async (url) => {
        await collect();
        await page.goto(url);
      },
      reload: async () => {
        await collect();
        await page.reload();
      },
      // The source-text form returns unknown; the function's own type says what comes back.
      evaluate: (fn, ...args) =>
        page.evaluate(`(${fn.toString()}).apply(null, ${JSON.stringify(args)})`) as Promise<never>,
      setOffline: async (offline) => {
        try {
          await page.setOfflineMode(offline);
          return true;
        } catch {
          return false;
        }
      },
      pageErrors: async () => [...errors, ...(await page.evaluate(readErrorListeners))],
      screenshot: async () => Buffer.from(await page.screenshot()),
    },
    close: () => browser.close(),
  };
}
