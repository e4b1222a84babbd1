import { describe, expect, test } from 'vitest';
import { assetsInHtml, firstLoadFiles, median, precacheUrls, staticImports } from '../../scripts/bench-lib.mjs';

describe('npm run bench: what the start page loads first', () => {
  const html = `<head>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-b.js">
    <link rel="stylesheet" crossorigin href="/assets/index-c.css">
    <link rel="icon" href="/icon.svg">
    <link rel="manifest" href="/manifest.webmanifest">
    <script src="https://elsewhere.example/x.js"></script>
  </head>`;

  test('module scripts, modulepreloads and stylesheets of our origin; not icons, manifests or other origins', () => {
    expect(assetsInHtml(html)).toEqual(['assets/index-a.js', 'assets/react-b.js', 'assets/index-c.css']);
  });

  test('static imports of a chunk count, dynamic imports do not', () => {
    const code = 'import{a as b}from"./react-b.js";import"./side-d.js";const p=()=>import("./lazy-e.js");';
    expect(staticImports(code, 'assets/index-a.js')).toEqual(['assets/react-b.js', 'assets/side-d.js']);
  });

  test('first load follows static imports through every chunk, each file once', () => {
    const chunks: Record<string, string> = {
      'assets/index-a.js': 'import"./react-b.js";import"./side-d.js";import("./lazy-e.js")',
      'assets/react-b.js': '',
      'assets/side-d.js': 'import"./react-b.js";import"./deep-f.js"',
      'assets/deep-f.js': '',
    };
    expect(firstLoadFiles(html, (file) => chunks[file] ?? '')).toEqual([
      'assets/deep-f.js',
      'assets/index-a.js',
      'assets/index-c.css',
      'assets/react-b.js',
      'assets/side-d.js',
    ]);
  });

  test('the precache manifest in sw.js, each URL once', () => {
    const sw =
      'e([{"revision":"1","url":"index.html"},{"revision":null,"url":"assets/a.js"},{"revision":"2","url":"index.html"}])';
    expect(precacheUrls(sw)).toEqual(['index.html', 'assets/a.js']);
  });

  test('median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
