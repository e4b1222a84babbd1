import { describe, expect, test } from 'vitest';
import { hasChromium, passFirstStart, phone, savedSettings, useBrowserAndServer } from './browser';

// 30 November 2026, 10:00 in Amsterdam.
const morning = new Date('2026-11-30T10:00:00+01:00');

declare global {
  interface Window {
    cueLog: string[];
  }
}

describe.skipIf(!hasChromium)('exercise cues in real Chromium (Web Audio, vibration)', () => {
  const env = useBrowserAndServer();

  test('the tap on start makes the sound; tones and buzzes then follow the paced press-ups', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    // Record every tone the app starts (with the audio context's state) and every buzz.
    await page.addInitScript(() => {
      window.cueLog = [];
      const start = OscillatorNode.prototype.start;
      OscillatorNode.prototype.start = function (this: OscillatorNode, ...args: [number?]) {
        window.cueLog.push(`tone ${Math.round(this.frequency.value)} ${this.context.state}`);
        return start.apply(this, args);
      };
      const contexts = window.AudioContext;
      window.AudioContext = class extends contexts {
        constructor(options?: AudioContextOptions) {
          super(options);
          window.cueLog.push('audio context');
        }
      };
      navigator.vibrate = ((pattern: VibratePattern) => {
        window.cueLog.push(`buzz ${JSON.stringify(pattern)}`);
        return true;
      }) as Navigator['vibrate'];
    });
    await page.clock.install({ time: morning });
    await passFirstStart(page, env.server.url);
    await page.goto(`${env.server.url}/stappenplan/stap-4-opduwen-in-buiklig`);
    const start = page.getByRole('button', { name: 'Start de oefening' });
    await expect.poll(() => start.isEnabled()).toBe(true);
    const log = () => page.evaluate(() => window.cueLog);
    expect(await log()).toEqual([]); // nothing before the tap

    await start.click();
    await expect.poll(log).toEqual(['audio context', 'tone 523 running', 'tone 659 running', 'buzz [250]']);
    expect(await page.getByRole('status').textContent()).toBe('Oefening gestart: 10 keer.');

    await page.clock.runFor(9_500); // the first press-up is done
    await expect.poll(log).toContain('tone 587 running');
    expect(await log()).toContain('buzz [80]');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('1 van 10.');
    await context.close();
  });

  test('with sound and vibration switched off, an exercise makes no audio context and no buzz', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.cueLog = [];
      const contexts = window.AudioContext;
      window.AudioContext = class extends contexts {
        constructor(options?: AudioContextOptions) {
          super(options);
          window.cueLog.push('audio context');
        }
      };
      navigator.vibrate = (() => {
        window.cueLog.push('buzz');
        return true;
      }) as Navigator['vibrate'];
    });
    await passFirstStart(page, env.server.url);
    await page.goto(`${env.server.url}/instellingen`);
    await page.getByRole('switch', { name: 'Korte tonen' }).uncheck();
    await page.getByRole('switch', { name: 'Trillen' }).uncheck();
    // Saving is asynchronous: leave the page only once both choices are in IndexedDB, as a person
    // would (a page load in the same millisecond could cut the write short).
    await expect
      .poll(async () => {
        const saved = await savedSettings(page);
        return saved && { sound: saved.sound, vibration: saved.vibration };
      })
      .toEqual({ sound: false, vibration: false });
    await page.goto(`${env.server.url}/stappenplan/stap-3-elleboogsteun`);
    const start = page.getByRole('button', { name: 'Start de oefening' });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Oefening gestart. Nog 3 minuten.');
    expect(await page.evaluate(() => window.cueLog)).toEqual([]);
    await context.close();
  });
});
