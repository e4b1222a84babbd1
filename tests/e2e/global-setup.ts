import { existsSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './browser';
import { engines } from './engines';

/**
 * Browser tests need Debian's Chromium, WebKitGTK's WebDriver with Xvfb, Firefox ESR and the built
 * app. Outside CI a missing engine skips its tests loudly; under CI=true it is an error, so a green
 * CI always means the browser tests ran in all three engines.
 */
export default function setup() {
  for (const [name, engine] of Object.entries(engines)) {
    if (engine.available) continue;
    const message = `${name} is not installed: '${engine.install}'.`;
    if (process.env.CI === 'true') throw new Error(`${message} Browser tests must run under CI.`);
    console.warn(`\n\n!!!!!!!!!!\n!!! ${name.toUpperCase()} BROWSER TESTS SKIPPED. ${message}\n!!!!!!!!!!\n`);
  }
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error("dist/ has no build: run 'npm run build' first ('npm test' does).");
  }
}
