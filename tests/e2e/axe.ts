import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { root } from './browser';

const axePath = path.join(root, 'node_modules/axe-core/axe.min.js');

/** The rules whose outcome depends on the colours in effect: all a second theme can change. */
export const contrastRules = ['color-contrast', 'color-contrast-enhanced'];
/**
 * The rules whose outcome depends on where things land on screen: all a narrower screen or a larger
 * text can change (the page's markup stays the same, and every other rule has run on it already).
 */
export const geometryRules = [...contrastRules, 'target-size', 'scrollable-region-focusable'];

/**
 * axe-core's WCAG 2.x A/AA (2.2 included) and best-practice rules, plus AAA contrast (7:1); or only
 * the rules in `only`, for a page whose other rules were checked in another setup.
 */
export async function axeViolations(page: Page, where: string, only?: readonly string[]): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const { violations, contrastChecked } = await page.evaluate(async (only) => {
    type AxeResult = { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] };
    type Axe = {
      run: (
        context: Document,
        options: object,
      ) => Promise<{ violations: AxeResult[]; passes: AxeResult[]; incomplete: AxeResult[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(
      document,
      only
        ? { runOnly: { type: 'rule', values: only } }
        : {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
            },
            rules: { 'color-contrast-enhanced': { enabled: true } },
          },
    );
    return {
      violations: result.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary}`),
      ),
      contrastChecked: [...result.passes, ...result.violations].some((r) => r.id === 'color-contrast-enhanced'),
    };
  }, only ?? null);
  expect(contrastChecked).toBe(true);
  return violations.map((v) => `${where}: ${v}`);
}
