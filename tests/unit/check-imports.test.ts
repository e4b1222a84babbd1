// @vitest-environment node
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkImports, importsOf, readTree } from '../../scripts/check-imports.mjs';

const tree = (files: Record<string, string>) => new Map(Object.entries(files));

describe('the import check (npm run lint)', () => {
  test('the app itself passes', () => {
    expect(checkImports(readTree(path.resolve(import.meta.dirname, '../../src')))).toEqual([]);
  });

  test('sees static, type-only, re-exported and dynamic imports, not packages', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "const d = () => import('./d');",
      "import React from 'react';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '../b', './c', './d']);
  });

  test('a lower layer importing a higher one is named with file and import', () => {
    const problems = checkImports(
      tree({
        'content/content.ts': "import { trackLoad } from '../ui/pending-loads';",
        'ui/pending-loads.ts': 'export const trackLoad = 1;',
      }),
    );
    expect(problems).toEqual([
      "src/content/content.ts: imports '../ui/pending-loads' (ui), a higher layer than content",
    ]);
  });

  test('a cycle between modules of one layer is named round the loop', () => {
    const problems = checkImports(
      tree({
        'storage/a.ts': "import { b } from './b';",
        'storage/b.ts': "import { c } from './c';",
        'storage/c.ts': "import type { A } from './a';",
      }),
    );
    expect(problems).toEqual([
      'import cycle: src/storage/a.ts → src/storage/b.ts → src/storage/c.ts → src/storage/a.ts',
    ]);
  });

  test('two layers of the same rank importing each other (through different files) form a layer cycle', () => {
    const problems = checkImports(
      tree({
        'content/content.ts': "import { load } from '../i18n/loads';",
        'i18n/loads.ts': 'export const load = 1;',
        'i18n/texts.ts': "import type { Plan } from '../content/schema';",
        'content/schema.ts': 'export type Plan = string;',
      }),
    );
    expect(problems).toEqual([
      "layer cycle: content → i18n → content (src/content/content.ts imports '../i18n/loads'; src/i18n/texts.ts imports '../content/schema')",
    ]);
  });

  test('an import of a missing file, or from an unknown folder, fails', () => {
    expect(checkImports(tree({ 'ui/a.ts': "import './gone';" }))).toEqual([
      "src/ui/a.ts: imports './gone', which is no file under src/",
    ]);
    expect(() => checkImports(tree({ 'helpers/a.ts': '' }))).toThrow('src/helpers is not a known layer');
  });
});
