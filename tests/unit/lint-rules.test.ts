// @vitest-environment node
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The rule ids ESLint (with the project's config) reports for a snippet placed in src/. */
async function ruleIdsFor(code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, 'src/ui/snippet.tsx') });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('lint keeps markup injection and eval out of the code', () => {
  test.each([
    [
      'dangerouslySetInnerHTML',
      'export const A = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;',
      'No dangerouslySetInnerHTML',
    ],
    ['innerHTML', 'export function f(e: HTMLElement) { e.innerHTML = "x"; }', 'No innerHTML'],
    ['outerHTML', 'export function f(e: HTMLElement) { e.outerHTML = "x"; }', 'No innerHTML'],
    [
      'insertAdjacentHTML',
      'export function f(e: HTMLElement) { e.insertAdjacentHTML("beforeend", "x"); }',
      'No insertAdjacentHTML',
    ],
    ['document.write', 'export function f() { document.write("x"); }', 'No document.write'],
    ['eval', 'export function f(s: string) { return eval(s); }', 'no-eval'],
    ['new Function', 'export function f(s: string) { return new Function(s); }', 'no-new-func'],
    ['setTimeout with a string', 'export function f() { setTimeout("alert(1)", 1); }', 'no-implied-eval'],
  ])('%s is an error', async (_name, code, expected) => {
    const found = await ruleIdsFor(code);
    expect(
      found.some((message) => message.includes(expected)),
      found.join('\n'),
    ).toBe(true);
  });

  test('plain text through React is fine', async () => {
    expect(await ruleIdsFor('export const A = ({ text }: { text: string }) => <p>{text}</p>;')).toEqual([]);
  });
});
