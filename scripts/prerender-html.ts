/**
 * Pure HTML steps of the prerender (scripts/prerender-plugin.ts): put a page into the built
 * index.html, and the Content-Security-Policy every page carries. Tested in tests/unit.
 */
import { createHash } from 'node:crypto';

/**
 * The policy of every page. Scripts only from the app's origin (no eval, no inline script but the
 * hashed ones); no plugins, no <base>, no form posts. `style-src-attr 'unsafe-inline'` lets the SVG
 * pictures keep their `style` colours (CSS variables cannot be SVG attributes); it allows style
 * attributes only, never a <style> element or a stylesheet from elsewhere. `frame-ancestors` only
 * works as a header (README), so it is not in the <meta>.
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[] = []): string {
  const scripts = ["'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `sha256-…` of every inline <script> (one without src) in the page, for the policy. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .filter((match) => (match[1] ?? '').length > 0)
    .map(
      (match) =>
        `sha256-${createHash('sha256')
          .update(match[1] ?? '')
          .digest('base64')}`,
    );
}

/** Adds the CSP <meta> right after <meta charset>, so it governs everything after it. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html))}" />`;
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('The page has a CSP already');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset>');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/** The page without its HTML comments (before the app's HTML goes in: React's own markers stay). */
export function withoutComments(html: string): string {
  return html.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, '');
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One language's rendering of a page: the inside of #root, and the page's title (HTML text already: React escaped it). */
export type RenderedPage = { appHtml: string; title: string };

/**
 * One page's HTML: the built index.html with the page's Dutch title and its prerendered app inside
 * #root, marked with the address it was rendered for (main.tsx hydrates only on that address), and,
 * where given, the English rendering beside it in an inert <template>. index.html's script after
 * #root moves the English one in before the first paint on an English phone, so that phone never
 * sees the Dutch page and React hydrates English HTML (no second render in another language).
 */
export function pageHtml(template: string, page: RenderedPage & { mark: string; english?: RenderedPage }): string {
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error(`index.html has no ${root}`);
  // React's streaming scripts (out-of-order parts) are inline and unhashed: the CSP would block them
  // and the page would keep a hole until React takes over.
  for (const html of [page.appHtml, page.english?.appHtml ?? ''])
    if (/<script\b/i.test(html)) throw new Error(`The prerendered page ${page.mark} contains a <script>`);
  if (/<\/template>/i.test(page.english?.appHtml ?? ''))
    throw new Error(`The English page ${page.mark} contains a </template>`);
  if (!/<title>[\s\S]*?<\/title>/.test(template)) throw new Error('index.html has no <title>');
  const english = page.english
    ? `\n    <template id="root-en" data-title="${page.english.title}">${page.english.appHtml}</template>`
    : '';
  return template
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${page.title}</title>`)
    .replace(
      root,
      () => `<div id="root" data-prerendered="${escapeAttribute(page.mark)}">${page.appHtml}</div>${english}`,
    );
}
