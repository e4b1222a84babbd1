import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/app/routes';
import {
  anyUnknownPath,
  canHydrate,
  htmlFileFor,
  notFoundProbe,
  prerenderMark,
  prerenderPaths,
} from '../../src/app/prerender-paths';
import { paths } from '../../src/routing/paths';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  pageHtml,
  withoutComments,
  withContentSecurityPolicy,
} from '../../scripts/prerender-html';
import { appPages } from '../e2e/pages';
import plan from '../../content/nl/plan.json';

describe('which addresses are prerendered', () => {
  test('every address of the route table, the six step pages from the content included, each once', async () => {
    const found = await prerenderPaths(routes);
    // The browser tests visit one "before a round" diary page; the build prerenders it for every step.
    const beforeEveryStep = plan.steps.map((step) => paths.diaryBefore(step.id));
    expect(new Set(found)).toEqual(new Set([...appPages.map((page) => page.path), ...beforeEveryStep]));
    expect(found.filter((p) => p.startsWith(`${paths.plan}/`))).toHaveLength(6);
    expect(found).toHaveLength(new Set(found).size);
  });

  test('a route with parameters and no list of addresses stops the build', async () => {
    await expect(prerenderPaths([{ pattern: '/dagboek/:day' }])).rejects.toThrow(/\/dagboek\/:day.*prerender/);
  });

  test('the not-found page is rendered at an address no route matches', async () => {
    await expect(prerenderPaths([{ pattern: '/:anything' }])).rejects.toThrow(/list its addresses/);
    await expect(prerenderPaths([{ pattern: '/:anything', prerender: async () => ['/x'] }])).rejects.toThrow(
      notFoundProbe,
    );
  });

  test('each address has its own file', () => {
    expect(htmlFileFor('/')).toBe('index.html');
    expect(htmlFileFor('/stappenplan')).toBe('stappenplan.html');
    expect(htmlFileFor('/stappenplan/stap-1-liggen')).toBe('stappenplan/stap-1-liggen.html');
    expect(htmlFileFor(notFoundProbe)).toBe('404.html');
    expect(prerenderMark(notFoundProbe)).toBe(anyUnknownPath);
    expect(prerenderMark('/meer')).toBe('/meer');
  });
});

describe('when the browser may hydrate', () => {
  test('only HTML rendered for the same address (a trailing slash aside)', () => {
    expect(canHydrate('/stappenplan', '/stappenplan', routes)).toBe(true);
    expect(canHydrate('/stappenplan', '/stappenplan/', routes)).toBe(true);
    expect(canHydrate('/', '/stappenplan', routes)).toBe(false); // a host that answers everything with index.html
    expect(canHydrate(undefined, '/', routes)).toBe(false); // HTML without a prerendered page
  });

  test('the not-found HTML fits any address no route matches, not a step that does not exist', () => {
    expect(canHydrate(anyUnknownPath, '/bestaat-niet', routes)).toBe(true);
    expect(canHydrate(anyUnknownPath, '/stappenplan/stap-99', routes)).toBe(false);
    expect(canHydrate(anyUnknownPath, '/', routes)).toBe(false);
  });
});

describe('the HTML of a page', () => {
  const template = `<!doctype html><html lang="nl"><head><meta charset="utf-8" /><title>Rugplan</title>
<script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>`;

  const english = { appHtml: '<h1>Step-by-step plan</h1>', title: 'Step-by-step plan · Rugplan' };

  test('gets the Dutch title, the Dutch app inside #root marked with its address, and the English one beside it', () => {
    const html = pageHtml(template, {
      appHtml: '<h1>Stappenplan</h1>',
      title: 'Stappenplan · Rugplan',
      mark: '/stappenplan',
      english,
    });
    expect(html).toContain('<title>Stappenplan · Rugplan</title>');
    expect(html).toContain(
      '<div id="root" data-prerendered="/stappenplan"><h1>Stappenplan</h1></div>\n    ' +
        '<template id="root-en" data-title="Step-by-step plan · Rugplan"><h1>Step-by-step plan</h1></template>',
    );
  });

  test('a page with no English rendering has no template', () => {
    const html = pageHtml(template, { appHtml: '<h1>Meer</h1>', title: 'Meer · Rugplan', mark: '/meer' });
    expect(html).toContain('<div id="root" data-prerendered="/meer"><h1>Meer</h1></div></body>');
    expect(html).not.toContain('<template');
  });

  test("index.html's comments stay out of the pages; what is not a comment stays", () => {
    const page = '<head>\n    <!-- why the script -->\n    <script>x()</script>\n  </head>';
    expect(withoutComments(page)).toBe('<head>\n    <script>x()</script>\n  </head>');
  });

  test('a page that needs an inline script (React streaming a part out of order) fails the build', () => {
    const streamed =
      '<!--$?--><template id="B:0"></template><!--/$--><div hidden id="S:0"><p>x</p></div><script>$RC("B:0","S:0")</script>';
    expect(() =>
      pageHtml(template, { appHtml: streamed, title: 'Stappenplan', mark: '/stappenplan', english }),
    ).toThrow('The prerendered page /stappenplan contains a <script>');
    expect(() =>
      pageHtml(template, {
        appHtml: '<h1>Stappenplan</h1>',
        title: 'S',
        mark: '/stappenplan',
        english: { ...english, appHtml: streamed },
      }),
    ).toThrow('The prerendered page /stappenplan contains a <script>');
  });

  test('"$&" in a page is text, not a replacement pattern', () => {
    const html = pageHtml(template, { appHtml: '<p>$& $1</p>', title: 'a $& b', mark: '/', english });
    expect(html).toContain('<p>$& $1</p>');
    expect(html).toContain('<title>a $& b</title>');
  });

  test('the policy: only our own scripts, no eval, no inline script unless hashed', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });

  test('the README tells a host to send the same policy as a header (plus frame-ancestors), hash included', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const indexHtml = readFileSync(path.resolve(import.meta.dirname, '../../index.html'), 'utf8');
    // A header without the inline scripts' hashes would block them, whatever the <meta> allows.
    const policy = contentSecurityPolicy(inlineScriptHashes(indexHtml));
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(readme).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
  });

  test('an inline script gets its sha256 into script-src; scripts with src do not', () => {
    const code = 'console.log(1)';
    const expected = `sha256-${createHash('sha256').update(code).digest('base64')}`;
    const html = `<head><meta charset="utf-8"><script src="/a.js"></script><script>${code}</script></head>`;
    expect(inlineScriptHashes(html)).toEqual([expected]);
    const withPolicy = withContentSecurityPolicy(html);
    expect(withPolicy).toContain(`script-src 'self' '${expected}'`);
    // Right after <meta charset>, before every script it governs.
    expect(withPolicy.indexOf('Content-Security-Policy')).toBeLessThan(withPolicy.indexOf('<script'));
  });
});
