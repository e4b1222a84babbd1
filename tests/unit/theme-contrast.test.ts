// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/*
 * The colours of both themes, read from the stylesheet itself, checked against WCAG: body text at
 * least 7:1 (AAA, people read it in pain), controls and focus rings at least 3:1, and a night theme
 * that is really dim.
 */
const css = readFileSync(path.resolve(import.meta.dirname, '../../src/app/styles.css'), 'utf8');

/** The custom properties declared in the first block that opens with `selector {`. */
function variables(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block ${selector} in styles.css`);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** The WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const light = variables(':root');
const darkBySystem = variables(":root:not([data-theme='light'])");
const darkByChoice = variables(":root[data-theme='dark']");

describe('theme colours', () => {
  test('the stylesheet declares both palettes, and the two dark blocks are the same', () => {
    expect(Object.keys(light).length).toBeGreaterThanOrEqual(14);
    expect(darkByChoice).toEqual(darkBySystem);
    expect(Object.keys(darkBySystem).sort()).toEqual(Object.keys(light).sort());
  });

  for (const [name, theme] of [
    ['light', light],
    ['dark', darkByChoice],
  ] as const) {
    describe(name, () => {
      const ratio = (fg: string, bg: string) => contrast(theme[fg]!, theme[bg]!);
      const backgrounds = ['--bg', '--surface', '--notice-bg'];

      test.each(['--text', '--text-muted', '--link', '--danger'])('%s on every background is at least 7:1', (fg) => {
        for (const bg of backgrounds) expect({ fg, bg, ok: ratio(fg, bg) >= 7 }).toEqual({ fg, bg, ok: true });
      });

      test('text on primary and danger buttons is at least 7:1', () => {
        expect(ratio('--primary-text', '--primary')).toBeGreaterThanOrEqual(7);
        expect(ratio('--danger-text', '--danger')).toBeGreaterThanOrEqual(7);
      });

      test('button borders and the focus ring stand out at least 3:1 (WCAG 1.4.11)', () => {
        for (const bg of ['--bg', '--surface']) {
          expect(ratio('--primary', bg)).toBeGreaterThanOrEqual(3);
          expect(ratio('--focus', bg)).toBeGreaterThanOrEqual(3);
          expect(ratio('--danger', bg)).toBeGreaterThanOrEqual(3);
        }
      });
    });
  }

  test('the night theme is dim: a near-black background and soft, not white, text', () => {
    expect(luminance(darkByChoice['--bg']!)).toBeLessThan(0.01);
    expect(luminance(darkByChoice['--surface']!)).toBeLessThan(0.015);
    expect(luminance(darkByChoice['--text']!)).toBeLessThan(0.65); // pure white is 1
    expect(luminance(darkByChoice['--primary']!)).toBeLessThan(0.4); // the big buttons do not glare
  });
});
