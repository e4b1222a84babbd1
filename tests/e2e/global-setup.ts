import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, distDir, hasChromium } from './browser';

/**
 * Browser tests need Debian's Chromium and the built app. Outside CI a missing Chromium skips them
 * loudly; under CI=true it is an error, so a green CI always means the browser tests ran.
 */
export default function setup() {
  if (!hasChromium) {
    const message = `Chromium not found at ${chromiumPath}: install it with 'apt-get install -y chromium'.`;
    if (process.env.CI === 'true') throw new Error(`${message} Browser tests must run under CI.`);
    console.warn(`\n\n!!!!!!!!!!\n!!! BROWSER TESTS SKIPPED. ${message}\n!!!!!!!!!!\n`);
  }
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error("dist/ has no build: run 'npm run build' first ('npm test' does).");
  }
}
