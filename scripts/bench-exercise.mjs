// What a running exercise costs the phone's battery, measured with Chromium's own counters
// (CDP Performance.getMetrics: TaskDuration, the main thread's busy time, and RecalcStyleCount) over
// a stretch of a running exercise (and ThreadTime, the main thread's CPU time, which a busy machine
// does not inflate) on the built app: a hold (step 3), the breathing guide (step 2b),
// the paced press-ups (step 4), the idle plan page, and a hold on a hidden page. The phone lies on
// the floor with its screen kept on for minutes at a time, so every millisecond a second counts.
//
// Part of `npm run bench`; alone: `npx vite build && node scripts/bench-exercise.mjs [--runs=N] [--seconds=S]`.
import { pathToFileURL } from 'node:url';
import { startServer } from './preview-server.mjs';
import { benchPhone, firstStartContinueLabel, launchChromium } from './chromium.mjs';
import { median } from './bench-lib.mjs';

// Step addresses (content/nl/plan.json ids; plain Node cannot import the TS paths module).
const scenarios = [
  { name: 'hold (step 3)', path: '/stappenplan/stap-3-elleboogsteun', start: true, budget: '≤ 10 ms, ≤ 5' },
  { name: 'breathing (step 2b)', path: '/stappenplan/stap-2b-ontspannen', start: true, budget: '≤ 10 ms, ≤ 5' },
  { name: 'press-ups (step 4)', path: '/stappenplan/stap-4-opduwen-in-buiklig', start: true, budget: '≤ 20 ms, ≤ 5' },
  { name: 'idle plan page', path: '/stappenplan', start: false, budget: '' },
  { name: 'hold, page hidden', path: '/stappenplan/stap-3-elleboogsteun', start: true, hide: true, budget: '0' },
];

/**
 * Hides the page as a locked phone or a switch to another app does, as far as the page can tell:
 * headless Chromium keeps every page "visible" (a minimised window or a background tab included), so
 * the Page Visibility API is set to hidden and its event fired. This measures the app's own part (its
 * timers stop); a really hidden page also gets no frames from the browser, which only lowers the cost.
 */
function hidePage(page) {
  return page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** One scenario: ms of main-thread work and style recalculations per second over `seconds`. */
async function measure(browser, url, scenario, seconds) {
  const context = await browser.newContext(benchPhone);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: firstStartContinueLabel() }).click();
    await page.waitForURL((address) => address.pathname === '/stappenplan');
    await page.goto(url + scenario.path);
    if (scenario.start) {
      const start = page.getByRole('button', { name: /^Start/ });
      await start.waitFor();
      for (let i = 0; i < 100 && !(await start.isEnabled()); i++) await page.waitForTimeout(50);
      await start.click();
      await page.locator('.timer-value').waitFor();
    } else {
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    if (scenario.hide) await hidePage(page);
    // Let the start settle (fonts, the service worker's precache, the first cues) before measuring.
    await page.waitForTimeout(2000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const before = await metrics(cdp);
    await page.waitForTimeout(seconds * 1000);
    const after = await metrics(cdp);
    const span = after.Timestamp - before.Timestamp;
    return {
      msPerSecond: ((after.TaskDuration - before.TaskDuration) * 1000) / span,
      // CPU time of the main thread: unlike TaskDuration it does not grow when other programs share the cores.
      cpuMsPerSecond: ((after.ThreadTime - before.ThreadTime) * 1000) / span,
      recalcsPerSecond: (after.RecalcStyleCount - before.RecalcStyleCount) / span,
    };
  } finally {
    await context.close();
  }
}

/**
 * Prints, per scenario, the median over `runs` of the main thread's busy time (ms per second) and
 * the style recalculations per second. Serves dist/ itself (build first).
 */
export async function benchExercise({ runs = 3, seconds = 15 } = {}) {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    console.log(
      `\n== A running exercise in Chromium (CDP TaskDuration and RecalcStyleCount over ${seconds} s, median of ${runs}) ==`,
    );
    for (const scenario of scenarios) {
      const results = [];
      for (let run = 0; run < runs; run++) results.push(await measure(browser, server.url, scenario, seconds));
      const ms = median(results.map((r) => r.msPerSecond));
      const cpu = median(results.map((r) => r.cpuMsPerSecond));
      const recalcs = median(results.map((r) => r.recalcsPerSecond));
      const runsText = results.map((r) => `${r.msPerSecond.toFixed(1)}/${r.recalcsPerSecond.toFixed(1)}`).join(', ');
      console.log(
        `${scenario.name.padEnd(20)} ${ms.toFixed(1).padStart(6)} ms/s main-thread tasks (${cpu.toFixed(1)} ms/s CPU), ` +
          `${recalcs.toFixed(1).padStart(5)} recalcs/s` +
          `${scenario.budget ? `   (budget ${scenario.budget})` : ''}   runs: ${runsText}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const option = (name, fallback) =>
    Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
  await benchExercise({ runs: option('runs', 3), seconds: option('seconds', 15) });
}
