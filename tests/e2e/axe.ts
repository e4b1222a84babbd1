import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { root } from './browser';

const axePath = path.join(root, 'node_modules/axe-core/axe.min.js');

/** axe-core's WCAG 2.x A/AA (2.2 included) and best-practice rules, plus AAA contrast (7:1). */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const { violations, contrastChecked } = await page.evaluate(async () => {
    type AxeResult = { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] };
    type Axe = {
      run: (
        context: Document,
        options: object,
      ) => Promise<{ violations: AxeResult[]; passes: AxeResult[]; incomplete: AxeResult[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'color-contrast-enhanced': { enabled: true } },
    });
    return {
      violations: result.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary}`),
      ),
      contrastChecked: [...result.passes, ...result.violations].some((r) => r.id === 'color-contrast-enhanced'),
    };
  });
  expect(contrastChecked).toBe(true);
  return violations.map((v) => `${where}: ${v}`);
}
