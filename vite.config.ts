import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentCheck } from './scripts/content-check-plugin.ts';
import { preloadDynamicImports } from './scripts/preload-plugin.ts';
import { prerenderPages } from './scripts/prerender-plugin.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const themeColor = '#f6f3ee';

/** A module id under src/ whose path (without extension) matches one of `paths`. */
const inSrc = (...paths: string[]) =>
  new RegExp(`[\\\\/]src[\\\\/](${paths.map((p) => p.replaceAll('/', '[\\\\/]')).join('|')})\\.tsx?$`);

const chunkGroups = [
  // Everything the HTML loads at once, in one file: React, i18next and the shell.
  { name: 'app', tags: ['$initial' as const], priority: 20 },
  // The features' stylesheets are all in the one style.css (cssCodeSplit off); what stays of their
  // imports is an empty module, which must not tie a lazy chunk to the group it landed in.
  { name: 'app', test: /\.css$/, priority: 20 },
  // The page frame, content cards and formatting nearly every page uses.
  {
    name: 'ui',
    test: inSrc(
      'ui/page',
      'ui/section-card',
      'ui/source-note',
      'ui/text-blocks',
      'ui/format-time',
      'content/use-content',
    ),
    priority: 10,
  },
  // The start page and the cards other features show on it, each with what it always needs.
  {
    name: 'start',
    test: inSrc('features/start/start-page', 'pwa/install-prompt-slot', 'features/reminder/reminder-summary'),
    priority: 10,
  },
  // The waking hours and the phone's clock: the reminder's and the plan's (taken first, so the plan
  // does not load the reminder with them).
  { name: 'schedule', test: inSrc('schedule/schedule', 'schedule/clock-time', 'schedule/next-round'), priority: 15 },
  // What runs a reminder: the start page's live line, the due watch and the notifier, all loaded
  // together once a reminder is on (or the tap that starts one), and the reminder page.
  {
    name: 'reminder-core',
    test: inSrc(
      'features/reminder/reminder-running',
      'features/reminder/due-watch',
      'features/reminder/due-screen',
      'features/reminder/reminder-notifier',
      'features/reminder/notifications',
      'features/reminder/reminder-status',
      'features/reminder/use-reminder',
      'features/reminder/reminder-logic',
      'features/reminder/start-reminder',
    ),
    priority: 10,
  },
  // The alarm signs with the saved phone numbers: the first-start screen (every new user's first
  // page) and the alarm page show them, always together.
  {
    name: 'alarm',
    test: inSrc(
      'features/safety/first-start-screen',
      'features/safety/alarm-list',
      'features/safety/use-contacts',
      'features/safety/phone-number',
    ),
    priority: 10,
  },
  {
    name: 'diary-glance',
    test: inSrc(
      'features/diary/diary-start',
      'features/diary/first-and-latest',
      'features/diary/use-review',
      'features/diary/review-timing',
      'features/diary/use-value-format',
    ),
    priority: 10,
  },
];

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(new URL('./src/vendor/use-sync-external-store-shim.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    // One stylesheet for every page: a prerendered page must be styled at its first paint, before
    // the script of a lazy page (and any stylesheet split off with it) has arrived. All of it is
    // about 5 KiB gzip.
    cssCodeSplit: false,
    // Browsers without <link rel=modulepreload> still load every module, one after another; the
    // polyfill only speeds that up, and is not worth its weight on every first load.
    modulePreload: { polyfill: false },
    // Fewer, larger chunks for what always loads together (issue 9: what the start page fetches).
    // Each chunk is compressed on its own and costs a request, and rolldown left a dozen of 0.2-1 KiB.
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
  plugins: [
    contentCheck(),
    react(),
    preloadDynamicImports(/[\\/]react-dom[\\/]client\.js$/),
    prerenderPages(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // A new version waits for the user's "nieuwe versie laden" tap: never a reload mid-exercise.
      registerType: 'prompt',
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The store screenshots are for the install dialog only; no need to keep them offline.
        globIgnores: ['screenshots/**'],
      },
      manifest: {
        id: '/',
        name: 'Rugplan: zelfhulp bij acute rugklachten',
        short_name: 'Rugplan',
        description:
          'Stap voor stap door een periode van acute lage rugpijn, met het stappenplan (McKenzie) van de folder. Werkt zonder internet; uw gegevens blijven op uw telefoon.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: themeColor,
        background_color: themeColor,
        categories: ['health', 'medical'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        screenshots: [
          {
            src: '/screenshots/start-narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'De startpagina van Rugplan',
          },
          {
            src: '/screenshots/plan-narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Het stappenplan met de zes oefeningen',
          },
        ],
      },
    }),
  ],
});
