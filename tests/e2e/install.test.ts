import { describe, expect, test } from 'vitest';
import {
  hasChromium,
  launchWithProfile,
  passFirstStart,
  phone,
  waitForServiceWorker,
  useBrowserAndServer,
} from './browser';

type Manifest = {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
  screenshots: { src: string; sizes: string; form_factor?: string }[];
};

describe.skipIf(!hasChromium)('installable on the home screen (real Chromium)', () => {
  const env = useBrowserAndServer();

  test("Chromium's own installability check reports no error", async () => {
    const context = await launchWithProfile();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(env.server.url);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    await context.close();
  });

  test('the manifest is complete, in Dutch, and every icon and screenshot loads at its stated size', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(env.server.url);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = (await (await page.request.get(new URL(href ?? '', env.server.url).href)).json()) as Manifest;
    expect(manifest).toMatchObject({
      id: '/',
      lang: 'nl',
      short_name: 'Rugplan',
      display: 'standalone',
      start_url: '/',
    });
    expect(manifest.name.length).toBeGreaterThan(5);
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual(
      ['192x192 any', '512x512 any', '512x512 maskable'].sort(),
    );
    expect(manifest.screenshots.some((s) => s.form_factor === 'narrow')).toBe(true);

    const images = [...manifest.icons, ...manifest.screenshots].map((i) => ({ src: i.src, sizes: i.sizes }));
    const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    images.push({ src: appleIcon ?? '', sizes: '180x180' });
    for (const { src, sizes } of images) {
      const size = await page.evaluate(async (url) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, new URL(src, env.server.url).href);
      expect({ src, size }).toEqual({ src, size: sizes });
    }
    await context.close();
  });

  test('iPhone meta tags are there', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await expect
      .poll(() => page.locator('meta[name="apple-mobile-web-app-capable"]').getAttribute('content'))
      .toBe('yes');
    expect(await page.locator('meta[name="apple-mobile-web-app-title"]').getAttribute('content')).toBe('Rugplan');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await context.close();
  });

  test('on an iPhone, the start page shows the two steps to add Rugplan to the home screen', async () => {
    const context = await env.browser.newContext({
      ...phone,
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    });
    const page = await context.newPage();
    await passFirstStart(page, env.server.url);
    await page.goto(env.server.url);
    const install = page.getByRole('region', { name: 'Op de iPhone in twee stappen' });
    await install.waitFor();
    expect(await install.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('deelknop'),
      expect.stringContaining('Zet op beginscherm'),
    ]);
    await context.close();
  });
});
