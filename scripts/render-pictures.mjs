// Renders every posture picture to PNG contact sheets in /tmp/pictures, to look at them.
// Run: node scripts/render-pictures.mjs  (Node 20 cannot strip types, so this is plain JS and
// loads the TSX pictures through Vite's SSR loader; the browser is Debian's Chromium.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { launchChromium } from './chromium.mjs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.env.PICTURES_OUT ?? '/tmp/pictures';
mkdirSync(out, { recursive: true });

// The app's own colours (src/app/styles.css), so the sheets show what a phone in each theme shows.
const themes = {
  light: {
    background: '#ffffff',
    color: '#1b1b1b',
    vars: '--picture-accent: #c2410c; --picture-muted: #57534e; --danger: #a11d1d;',
  },
  dark: {
    background: '#161a20',
    color: '#cdc8bf',
    vars: '--picture-accent: #fb923c; --picture-muted: #a8a29e; --danger: #e8998c;',
  },
};
const widths = [120, 360];

const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  // Only the pictures are loaded: no dependency scan of the whole app.
  optimizeDeps: { noDiscovery: true, include: [] },
  plugins: [react()],
});

let browser;
try {
  const { Picture } = await vite.ssrLoadModule('/src/ui/pictures/picture.tsx');
  const { pictureIds } = await vite.ssrLoadModule('/src/content/schema.ts');

  /** Every picture, plus each variant of the ones with props. */
  const cells = pictureIds.flatMap((id) => {
    if (id === 'prone-pillows')
      return [3, 2, 1, 0].map((pillows) => ({ id, label: `${id} ×${pillows}`, props: { pillows } }));
    if (id === 'prone-press-up-shifted')
      return ['left', 'right'].map((side) => ({ id, label: `${id} (pain ${side})`, props: { side } }));
    return [{ id, label: id, props: {} }];
  });
  const svg = (cell) => renderToStaticMarkup(createElement(Picture, { id: cell.id, title: cell.label, ...cell.props }));

  const page = (theme, width) => `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 16px; background: ${theme.background}; color: ${theme.color}; ${theme.vars}
      font: 12px system-ui, sans-serif; display: grid; gap: 16px 24px;
      grid-template-columns: repeat(${width > 200 ? 3 : 5}, ${width}px); width: max-content; }
    figure { margin: 0; } svg { display: block; width: ${width}px; height: auto; }
    figcaption { opacity: 0.7; margin-top: 4px; }
  </style></head><body>${cells.map((c) => `<figure>${svg(c)}<figcaption>${c.label}</figcaption></figure>`).join('')}</body></html>`;

  browser = await launchChromium();
  const tab = await browser.newPage({ viewport: { width: 800, height: 600 } });
  // One large PNG per picture too, to look at the details.
  for (const cell of cells) {
    await tab.setContent(
      page(themes.light, 480).replace(/<body>.*<\/body>/s, `<body><figure>${svg(cell)}</figure></body>`),
    );
    await tab.locator('svg').screenshot({ path: `${out}/${cell.label.replace(/[^a-z0-9-]+/g, '_')}.png` });
  }
  for (const [name, theme] of Object.entries(themes)) {
    for (const width of widths) {
      const html = page(theme, width);
      writeFileSync(`${out}/sheet-${name}-${width}.html`, html);
      await tab.setContent(html);
      const file = `${out}/sheet-${name}-${width}.png`;
      await tab.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
} finally {
  await browser?.close();
  await vite.close();
}
