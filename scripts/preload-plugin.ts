import type { Plugin } from 'vite';

/**
 * `<link rel="modulepreload">` in the HTML for the entry's dynamic imports of `modules`: main.tsx
 * imports react-dom on its own, so that the browser evaluates it in a task of its own after the
 * app's code, and this has the browser fetch (and compile) it from the start, beside the entry,
 * instead of only once the entry asks for it.
 */
export function preloadDynamicImports(modules: RegExp): Plugin {
  return {
    name: 'rugplan-preload-dynamic-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk }) {
        if (!bundle || !chunk) return html;
        const files = chunk.dynamicImports.filter((file) => {
          const imported = bundle[file];
          return imported?.type === 'chunk' && modules.test(imported.facadeModuleId ?? '');
        });
        if (files.length === 0) throw new Error(`No dynamic import of the HTML's entry matches ${modules}`);
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
