import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { pageHtml, withContentSecurityPolicy, withoutComments } from './prerender-html.ts';

type PrerenderEntry = {
  pagesToPrerender: () => Promise<string[]>;
  renderPage: (pathname: string, language: 'nl' | 'en') => Promise<{ html: string; title: string }>;
  htmlFileFor: (pathname: string) => string;
  prerenderMark: (pathname: string) => string;
  pathsWithEnglishHtml: readonly string[];
};

/**
 * Issue 9: every route as static HTML, so the first paint never waits for JavaScript. After the
 * client build is written, this builds `src/app/prerender.tsx` for Node (a Vite SSR build, React
 * stays external), renders every address of the route table with it and writes one HTML file per
 * address into dist/ (plus 404.html). It runs in `writeBundle`, before vite-plugin-pwa's
 * `closeBundle`, so the service worker precaches the pages. Every page gets the CSP <meta>.
 */
export function prerenderPages(entry = 'src/app/prerender.tsx'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'rugplan-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // The CSP goes in at build time only: the dev server injects inline scripts of its own. The
    // comments of index.html are for its readers, not for every page of the build.
    transformIndexHtml: { order: 'post', handler: (html) => withContentSecurityPolicy(withoutComments(html)) },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        if (config.build.ssr) return;
        const outDir = path.resolve(config.root, config.build.outDir);
        const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
        // Inside the project, so Node finds React and i18next (kept external) in node_modules.
        const ssrDir = path.join(config.root, 'node_modules', '.rugplan-prerender');
        try {
          await build({
            configFile: false,
            root: config.root,
            logLevel: 'warn',
            define: config.define,
            publicDir: false,
            build: { ssr: entry, outDir: ssrDir, emptyOutDir: true, minify: false, target: 'node20' },
          });
          const built = path.join(ssrDir, `${path.basename(entry).replace(/\.tsx?$/, '')}.js`);
          const app = (await import(pathToFileURL(built).href)) as PrerenderEntry;
          const written: string[] = [];
          for (const pathname of await app.pagesToPrerender()) {
            const dutch = await app.renderPage(pathname, 'nl');
            const english = app.pathsWithEnglishHtml.includes(pathname)
              ? await app.renderPage(pathname, 'en')
              : undefined;
            const file = app.htmlFileFor(pathname);
            mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
            writeFileSync(
              path.join(outDir, file),
              pageHtml(template, {
                appHtml: dutch.html,
                title: dutch.title,
                mark: app.prerenderMark(pathname),
                english: english && { appHtml: english.html, title: english.title },
              }),
            );
            written.push(file);
          }
          config.logger.info(`prerendered ${written.length} pages: ${written.join(', ')}`);
        } finally {
          // RUGPLAN_KEEP_PRERENDER=1 keeps the Node build, to debug a page that fails to render.
          if (!process.env.RUGPLAN_KEEP_PRERENDER) rmSync(ssrDir, { recursive: true, force: true });
        }
      },
    },
  };
}
