// Debian's Chromium, launched the one way this project uses everywhere (browser tests, icons,
// screenshots, picture sheets). The flags keep it off the network: this machine has none, and
// Chromium's background connections would otherwise fail many at a time. No browser is downloaded.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Debian Chromium with the project's flags. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** The phone the bench scripts measure on: a common mid-range Android phone, in Dutch (as tests/e2e/browser.ts's `phone`). */
export const benchPhone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'nl-NL',
};

/**
 * The first-start screen's button, read from the Dutch texts so that a change of wording there
 * cannot leave a bench script waiting for a button that no longer exists. A function, read when a
 * bench runs: the browser tests import this module too, in an environment with no file URL.
 */
export function firstStartContinueLabel() {
  const file = new URL('../src/i18n/locales/nl/safety.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')).firstStart.continue;
}
