// Pure helpers of `npm run bench` (scripts/bench.mjs): what the start page loads first, what the
// service worker precaches, and the median. No file system here, so the unit tests feed them text.
import path from 'node:path/posix';

/** Local JS and CSS files an HTML page loads at once: module scripts, modulepreloads, stylesheets. */
export function assetsInHtml(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue; // no attribute, or another origin / data:
    if (isScript || rel === 'modulepreload' || rel === 'stylesheet') found.push(url.replace(/^\//, ''));
  }
  return found;
}

/** The files a JS chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
export function staticImports(code, fromFile) {
  const found = [];
  for (const match of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    const specifier = match[1];
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
    found.push(specifier.startsWith('/') ? specifier.slice(1) : path.join(path.dirname(fromFile), specifier));
  }
  return found;
}

/**
 * Everything the page at `html` loads before it is interactive: the HTML's own assets and, for JS,
 * every chunk they import statically (a chunk Vite forgot to modulepreload still counts).
 * `readText(file)` returns a dist file's text. The result is sorted, each file once.
 */
export function firstLoadFiles(html, readText) {
  const seen = new Set();
  const queue = assetsInHtml(html);
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(readText(file), file));
  }
  return [...seen].sort();
}

/** The URLs in the precache manifest that vite-plugin-pwa injected into dist/sw.js, each once. */
export function precacheUrls(swCode) {
  return [...new Set([...swCode.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]))];
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Bytes as KiB with one decimal, the unit of the budgets. */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
