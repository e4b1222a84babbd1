// `npm run bench`: how heavy and how fast Rugplan is, measured on the built app. It prints figures and
// never fails on a slow machine (the budgets are shown beside the figures, not enforced here).
//
//   sizes       every JS/CSS chunk (raw and gzip), the start page's first load (what its HTML loads,
//               modulepreloads and static imports included), the whole build, the precache
//   Lighthouse  12.2.3, mobile preset (Moto G Power screen, slow 4G and 4x CPU, simulated), Debian's
//               Chromium, against `vite preview`: the start page and the plan, as a Dutch phone, an
//               English phone and Chromium with no language set (performance, LCP, TBT)
//   hello world a React + vite-plugin-pwa hello world (scripts/bench-hello.mjs), built from the same
//               node_modules and measured in the same run: the ratios of fetched bytes, LCP and TBT
//   offline     the median over five runs of the first (contentful) paint of a start served by the
//               service worker with the server stopped and the browser offline
//
// Options: --build (always rebuild first), --runs=N (Lighthouse runs per page, median; default 3),
// --skip-lighthouse, --skip-offline. Without --build it builds only when dist/ is older than the source.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from './preview-server.mjs';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as lighthouseConstants from 'lighthouse/core/config/constants.js';
import { benchPhone, chromiumArgs, firstStartContinueLabel, chromiumPath, launchChromium } from './chromium.mjs';
import { firstLoadFiles, kib, median, precacheUrls } from './bench-lib.mjs';
import { benchExercise } from './bench-exercise.mjs';
import { buildHelloWorld } from './bench-hello.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const lighthouseRuns = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
// The plan's address (src/routing/paths.ts `paths.plan`; this script is plain Node and cannot import TS).
const pages = [
  { name: 'start', path: '/' },
  { name: 'plan', path: '/stappenplan' },
];

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)));
}

function newestChange(entries) {
  let newest = 0;
  for (const entry of entries) {
    const full = path.join(root, entry);
    if (!existsSync(full)) continue;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const file of readdirSync(full, { recursive: true }))
        newest = Math.max(newest, statSync(path.join(full, file)).mtimeMs);
    } else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const built = existsSync(path.join(dist, 'sw.js')) ? statSync(path.join(dist, 'sw.js')).mtimeMs : 0;
  const source = newestChange(['src', 'content', 'public', 'scripts', 'index.html', 'vite.config.ts', 'package.json']);
  if (args.includes('--build') || built < source) {
    console.log('Building (npm run build)…');
    execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

const sizeIn = (from, file) => {
  const bytes = readFileSync(path.join(from, file));
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
};
// One argument only: it is passed to Array.map.
const sizeOf = (file) => sizeIn(dist, file);
const pad = (text, width) => String(text).padEnd(width);
const padLeft = (text, width) => String(text).padStart(width);

function printSizes() {
  const startHtml = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const firstLoad = firstLoadFiles(startHtml, (file) => readFileSync(path.join(dist, file), 'utf8'));
  const chunks = filesUnder(dist)
    .filter((file) => /\.(js|css)$/.test(file) && file.startsWith('assets'))
    .map((file) => ({ file, ...sizeOf(file) }))
    .sort((a, b) => b.gzip - a.gzip);

  console.log('\n== Chunks (raw / gzip; * = loaded by the start page) ==');
  for (const chunk of chunks) {
    const mark = firstLoad.includes(chunk.file) ? '*' : ' ';
    console.log(`${mark} ${pad(chunk.file, 52)} ${padLeft(kib(chunk.raw), 11)} ${padLeft(kib(chunk.gzip), 11)}`);
  }

  const first = firstLoad
    .map(sizeOf)
    .reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
  const all = filesUnder(dist).map(sizeOf);
  const allRaw = all.reduce((sum, s) => sum + s.raw, 0);
  const allGzip = all.reduce((sum, s) => sum + s.gzip, 0);
  const swCode = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const precached = precacheUrls(swCode);
  const entries = [...swCode.matchAll(/"url":"/g)].length;
  const precacheRaw = precached.reduce((sum, url) => sum + sizeOf(url).raw, 0);
  const htmlPages = filesUnder(dist).filter((file) => file.endsWith('.html'));

  console.log('\n== Totals ==');
  console.log(
    `start page first load (JS+CSS, ${firstLoad.length} files): ${kib(first.gzip)} gzip, ${kib(first.raw)} raw   (budget ≤ 100 KiB gzip)`,
  );
  console.log(`  ${firstLoad.join(', ')}`);
  console.log(`start page HTML: ${kib(sizeOf('index.html').gzip)} gzip, ${kib(sizeOf('index.html').raw)} raw`);
  console.log(`whole build (dist/, ${all.length} files): ${kib(allRaw)} raw, ${kib(allGzip)} gzip   (budget ≤ 1 MiB)`);
  console.log(
    `JS+CSS chunks: ${chunks.length}, ${kib(chunks.reduce((s, c) => s + c.raw, 0))} raw, ${kib(chunks.reduce((s, c) => s + c.gzip, 0))} gzip`,
  );
  console.log(`HTML pages: ${htmlPages.length}`);
  console.log(
    `precache (dist/sw.js manifest): ${entries} entries, ${precached.length} distinct files, ${kib(precacheRaw)} raw`,
  );
}

const mobilePreset = {
  extends: 'lighthouse:default',
  settings: {
    formFactor: 'mobile',
    screenEmulation: lighthouseConstants.screenEmulationMetrics.mobile,
    emulatedUserAgent: lighthouseConstants.userAgents.mobile,
    throttling: lighthouseConstants.throttling.mobileSlow4G,
    throttlingMethod: 'simulate',
  },
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

// The browser's language decides the app's (src/i18n/languages.ts). Every page is prerendered in
// Dutch and in English, and index.html shows each phone its own before the first paint: the two load
// different strings. Headless Chromium says en-US unless told otherwise, so all three are measured,
// each named.
const browserLanguages = [
  { name: 'Dutch phone', lang: 'nl-NL' },
  { name: 'English phone', lang: 'en-US' },
  { name: 'Chromium, no language set', lang: undefined },
];

/** Lighthouse for every page in every browser language; returns the median runs by language and page. */
async function runLighthouse(server, pagesToRun = pages) {
  console.log(`\n== Lighthouse 12.2.3, mobile preset, median of ${lighthouseRuns} run(s) by performance ==`);
  const results = {};
  for (const { name, lang } of browserLanguages) {
    console.log(`-- ${name} (${lang ? `Chromium --lang=${lang}` : 'Chromium without --lang'}), a first visit`);
    results[name] = await runLighthouseIn(server, lang, pagesToRun);
  }
  return results;
}

async function runLighthouseIn(server, lang, pagesToRun) {
  const languageFlags = lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : [];
  const chrome = await launchChrome({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumArgs, '--headless=new', ...languageFlags],
  });
  const results = {};
  try {
    for (const page of pagesToRun) {
      const runs = [];
      for (let i = 0; i < lighthouseRuns; i++) {
        const result = await lighthouse(
          server.url + page.path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
          mobilePreset,
        );
        const { categories: c, audits } = result.lhr;
        runs.push({
          scores: categories.map((id) => Math.round((c[id]?.score ?? 0) * 100)),
          fcp: audits['first-contentful-paint'].numericValue,
          lcp: audits['largest-contentful-paint'].numericValue,
          tbt: audits['total-blocking-time'].numericValue,
          cls: audits['cumulative-layout-shift'].numericValue,
          failing: Object.values(audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id),
        });
      }
      runs.sort((a, b) => a.scores[0] - b.scores[0]);
      const mid = runs[Math.floor(runs.length / 2)];
      const [performance, accessibility, bestPractices, seo] = mid.scores;
      console.log(
        `${pad(page.name + ' (' + page.path + ')', 22)} performance ${performance}, accessibility ${accessibility}, ` +
          `best practices ${bestPractices}, SEO ${seo} | FCP ${(mid.fcp / 1000).toFixed(2)} s, LCP ${(mid.lcp / 1000).toFixed(2)} s, ` +
          `TBT ${Math.round(mid.tbt)} ms, CLS ${mid.cls.toFixed(3)}`,
      );
      console.log(`${pad('', 22)} performance per run: ${runs.map((r) => r.scores[0]).join(', ')}`);
      if (mid.failing.length > 0) console.log(`${pad('', 22)} failing audits: ${mid.failing.join(', ')}`);
      results[page.name] = mid;
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/**
 * What the start page really fetches (JS and CSS, lazy chunks included), once React has the page and
 * the network is idle: for a new user (the first-start screen), a returning one, and a returning one
 * with the two-hour reminder running (its live line, the notifier and the due watch load then).
 */
async function startPageFetches() {
  const server = await startServer();
  const browser = await launchChromium();
  const origin = new URL(server.url).origin;
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: 'nl-NL',
    });
    /** Opens the start page, waits for `ready` (React has the page) and for quiet, and lists what it fetched. */
    const visit = async (ready) => {
      const page = await context.newPage();
      const files = new Set();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === origin && /\.(js|css)$/.test(url.pathname) && url.pathname !== '/sw.js')
          files.add(url.pathname.slice(1));
      });
      await page.goto(server.url, { waitUntil: 'networkidle' });
      await ready(page);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await page.waitForLoadState('networkidle');
      return { page, files: [...files].sort() };
    };
    const fetched = {};
    const report = (name, files) => {
      const gzip = files.reduce((sum, file) => sum + sizeOf(file).gzip, 0);
      fetched[name] = gzip;
      console.log(
        `${pad(name, 34)} ${padLeft(files.length, 3)} files, ${padLeft(kib(gzip), 10)} gzip   (budget ≤ 100 KiB gzip)`,
      );
      console.log(`  ${files.join(', ')}`);
    };
    console.log(
      '\n== What the start page fetched in Chromium (JS and CSS, lazy chunks included), React ready, network idle ==',
    );

    const continueButton = (page) => page.getByRole('button', { name: firstStartContinueLabel() });
    const newUser = await visit((page) => untilEnabled(continueButton(page)));
    report('new user (first-start screen)', newUser.files);
    await continueButton(newUser.page).click();
    await newUser.page.waitForURL((url) => url.pathname === '/stappenplan');
    await newUser.page.close();

    const startReminder = (page) => page.getByRole('button', { name: 'Herinner mij om de twee uur' });
    const returning = await visit((page) => untilEnabled(startReminder(page)));
    report('returning user', returning.files);
    await startReminder(returning.page).click();
    await returning.page.getByText(/Volgende keer/).waitFor();
    await returning.page.close();

    const withReminder = await visit((page) => page.locator('.reminder-line', { hasText: 'Volgende keer' }).waitFor());
    report('returning user, reminder running', withReminder.files);
    await withReminder.page.close();
    await context.close();
    return fetched;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Waits until the locator's element is there and enabled (React has hydrated it). */
async function untilEnabled(locator) {
  await locator.waitFor();
  for (let i = 0; i < 100 && !(await locator.isEnabled()); i++) await new Promise((r) => setTimeout(r, 50));
}

async function offlineFirstPaint() {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(benchPhone);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('no service worker');
    await server.close();
    await context.setOffline(true);
    const paints = [];
    const contentfulPaints = [];
    for (let run = 0; run < 5; run++) {
      const fresh = await context.newPage();
      await fresh.goto(server.url);
      await fresh.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      const entries = await fresh.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])),
      );
      paints.push(entries['first-paint']);
      contentfulPaints.push(entries['first-contentful-paint']);
      await fresh.close();
    }
    console.log('\n== Offline start from the service worker (server stopped, browser offline, 5 runs) ==');
    console.log(
      `first contentful paint: median ${median(contentfulPaints).toFixed(0)} ms  (runs: ${contentfulPaints.map((v) => v.toFixed(0)).join(', ')})`,
    );
    console.log(
      `first paint:            median ${median(paints).toFixed(0)} ms  (runs: ${paints.map((v) => v.toFixed(0)).join(', ')})`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What the hello world fetches (JS and CSS) until the network is idle, gzip bytes. */
async function helloFetches(helloDist) {
  const server = await startServer(helloDist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const files = new Set();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/\.(js|css)$/.test(url.pathname) && !/^\/(sw|workbox-[^/]*)\.js$/.test(url.pathname))
        files.add(url.pathname.slice(1));
    });
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
    const gzip = [...files].reduce((sum, file) => sum + sizeIn(helloDist, file).gzip, 0);
    console.log(`\n== The hello world (React + vite-plugin-pwa) fetched ${files.size} files, ${kib(gzip)} gzip ==`);
    return gzip;
  } finally {
    await browser.close();
    await server.close();
  }
}

const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

function printRatios(fetched, helloBytes, lighthouseResults, helloResults) {
  console.log('\n== Rugplan ÷ hello world, same run ==');
  for (const [name, bytes] of Object.entries(fetched))
    console.log(`fetched bytes, ${pad(name, 34)} ${ratio(bytes, helloBytes)}`);
  if (!lighthouseResults || !helloResults) return;
  for (const language of Object.keys(lighthouseResults)) {
    const hello = helloResults[language]?.hello;
    for (const [pageName, mid] of Object.entries(lighthouseResults[language])) {
      if (!hello) continue;
      console.log(
        `${pad(`${language}, ${pageName}`, 40)} LCP ${ratio(mid.lcp, hello.lcp)} (${Math.round(mid.lcp)} / ${Math.round(hello.lcp)} ms), ` +
          `TBT ${Math.round(mid.tbt)} ms vs ${Math.round(hello.tbt)} ms`,
      );
    }
  }
}

buildIfNeeded();
console.log(`Rugplan bench, ${new Date().toISOString()}, Node ${process.version}, ${chromiumPath}`);
printSizes();
const fetched = await startPageFetches();
console.log('\nBuilding the hello world (React + vite-plugin-pwa) in a temporary folder…');
const helloDist = await buildHelloWorld(root);
const helloBytes = await helloFetches(helloDist);
let lighthouseResults;
let helloResults;
if (!args.includes('--skip-lighthouse')) {
  const server = await startServer();
  try {
    lighthouseResults = await runLighthouse(server);
  } finally {
    await server.close();
  }
  const helloServer = await startServer(helloDist);
  try {
    console.log('\n(the hello world)');
    helloResults = await runLighthouse(helloServer, [{ name: 'hello', path: '/' }]);
  } finally {
    await helloServer.close();
  }
}
printRatios(fetched, helloBytes, lighthouseResults, helloResults);
if (!args.includes('--skip-offline')) await offlineFirstPaint();
await benchExercise();
