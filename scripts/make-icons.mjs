// Renders public/icon.svg (the one source drawing) to the PNG icons of the manifest and iOS.
// Run: node scripts/make-icons.mjs   (uses Debian's Chromium through playwright-core; no download)
//
// - icon-192.png, icon-512.png: the icon as drawn (rounded square, transparent corners).
// - icon-maskable-512.png: full-bleed background, the drawing scaled to fit inside the maskable
//   safe zone (the central circle with a radius of 40 % of the size).
// - apple-touch-icon.png: 180×180, full-bleed and opaque (iOS rounds the corners itself and shows
//   transparency as black).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const source = readFileSync(`${publicDir}icon.svg`, 'utf8');
const background = /id="background"[^>]*fill="(#[0-9a-fA-F]{3,8})"/.exec(source)?.[1];
if (!background) throw new Error('public/icon.svg needs <rect id="background" … fill="#…">');

const icons = [
  { file: 'icon-192.png', size: 192, fullBleed: false, safeZone: false },
  { file: 'icon-512.png', size: 512, fullBleed: false, safeZone: false },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true, safeZone: true },
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true, safeZone: false },
];

mkdirSync(`${publicDir}icons`, { recursive: true });
const browser = await launchChromium();
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:${icon.fullBleed ? background : 'transparent'}">${source}</body></html>`,
    );
    const fit = await page.evaluate(({ size, fullBleed, safeZone }) => {
      const svg = document.querySelector('svg');
      svg.setAttribute('width', String(size));
      svg.setAttribute('height', String(size));
      svg.style.display = 'block';
      // Full bleed: square corners on the background and on the clip of the drawing.
      if (fullBleed) for (const rect of svg.querySelectorAll('rect[rx]')) rect.setAttribute('rx', '0');
      const unit = 512 / size;
      const drawing = document.getElementById('drawing');
      const figure = document.getElementById('figure');
      const scale = Math.hypot(drawing.getCTM().a, drawing.getCTM().b) / (size / 512);
      const widest = Math.max(
        ...[figure, ...figure.querySelectorAll('[stroke-width]')].map((el) => Number(el.getAttribute('stroke-width'))),
      );
      // The figure's box in viewBox units, strokes included (getBoundingClientRect leaves them out).
      const measure = () => {
        const r = figure.getBoundingClientRect();
        const pad = (widest * scale) / 2;
        return { x: r.x * unit - pad, y: r.y * unit - pad, w: r.width * unit + 2 * pad, h: r.height * unit + 2 * pad };
      };
      // Farthest corner of the figure's box from the centre, as a share of the half-size.
      const reach = (b) =>
        Math.max(...[b.x, b.x + b.w].flatMap((x) => [b.y, b.y + b.h].map((y) => Math.hypot(x - 256, y - 256)))) / 256;
      if (safeZone) {
        // Centre the figure and scale it down until it fits inside 95 % of the safe circle.
        const box = measure();
        const k = Math.min(1, (0.8 * 0.95) / (Math.hypot(box.w, box.h) / 2 / 256));
        const wrapper = document.createElementNS('http://www.w3.org/2000/svg', 'g');
        drawing.replaceWith(wrapper);
        wrapper.append(drawing);
        const cx = box.x + box.w / 2;
        const cy = box.y + box.h / 2;
        wrapper.setAttribute('transform', `translate(256 256) scale(${k}) translate(${-cx} ${-cy})`);
      }
      return reach(measure());
    }, icon);
    if (fit > 0.8)
      console.warn(`${icon.file}: the figure reaches ${Math.round(fit * 100)} % out, past the 80 % safe zone`);
    const file = `${publicDir}icons/${icon.file}`;
    const png = await page.screenshot({ omitBackground: !icon.fullBleed, type: 'png' });
    // PNG header: width and height at bytes 16 and 20.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    if (width !== icon.size || height !== icon.size) throw new Error(`${icon.file} is ${width}×${height}`);
    writeFileSync(file, png);
    console.log(`public/icons/${icon.file} (${width}×${height})`);
    await page.close();
  }
} finally {
  await browser.close();
}
