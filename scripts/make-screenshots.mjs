// Takes the manifest's narrow screenshots (the install dialog shows them) from the built app in
// Debian's Chromium. Run after `npm run build`: `node scripts/make-screenshots.mjs`. With Debian's
// pngquant installed, each is then reduced to a 256-colour palette (121 -> 40 KiB for the two, no
// visible change to flat UI and text), which keeps the whole build under its 1 MiB budget.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { preview } from 'vite';

const shots = [
  { path: '/', file: 'public/screenshots/start-narrow.png' },
  { path: '/stappenplan', file: 'public/screenshots/plan-narrow.png' },
];

const server = await preview({ configFile: false, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 } });
const { port } = server.httpServer.address();
const browser = await launchChromium();
try {
  await mkdir('public/screenshots', { recursive: true });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', colorScheme: 'light' });
  for (const shot of shots) {
    await page.goto(`http://localhost:${port}${shot.path}`);
    await page.locator('h1').waitFor();
    await page.screenshot({ path: shot.file });
    try {
      execFileSync('pngquant', ['--quality=80-95', '--speed', '1', '--force', '--ext', '.png', shot.file]);
    } catch (error) {
      console.warn(`${shot.file}: not reduced (pngquant: ${error.message})`);
    }
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
