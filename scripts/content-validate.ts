/**
 * Node-side check of the content files: schema, cross-references, plain text, nl/en parity.
 *
 * Used by the tests and by the build (a Vite plugin at buildStart); never imported by the app,
 * so neither zod nor node:fs reaches the browser bundle. Every error is one line that names the
 * file and the field: `content/nl/plan.json: steps[2].dose.kind: Invalid option: …`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { contentFiles, type ContentFileName } from '../src/content/schema.ts';
import nonTextKeys from './content-non-text-keys.json' with { type: 'json' };

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

export interface ContentDirResult {
  errors: string[];
  /** Parsed data per file: the schema output when valid, the raw JSON when not, undefined when unreadable. */
  files: Record<ContentFileName, unknown>;
}

/** The language all others mirror (same ids, same structure). */
export const SOURCE_LANGUAGE = 'nl';

const fileNames = Object.keys(contentFiles) as ContentFileName[];

/** `steps[2].dose.kind`; `(root)` for the file itself. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** One zod issue as one line: `<file>: <field path>: <message>`. */
export function formatIssue(file: string, issue: Issue): string {
  let keys: PathKey[] = [...issue.path];
  let message = issue.message;
  if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) {
    // Point at the unknown field itself rather than at the object holding it.
    keys = [...keys, issue.keys[0]!];
    message = `${message} (not in the schema)`;
  } else if (issue.code === 'invalid_type' && /received undefined$/.test(message)) {
    message = `missing field (expected ${issue.expected})`;
  }
  return `${file}: ${formatPath(keys)}: ${message}`;
}

/** How a file is named in errors: relative to the working directory when inside it. */
function fileLabel(filePath: string): string {
  const rel = path.relative(process.cwd(), filePath);
  const shown = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
  return shown.split(path.sep).join('/');
}

interface Found {
  file: ContentFileName;
  keys: PathKey[];
  value: string;
}

/** Every string under one of `names`, with where it sits. */
function findKeyed(files: Record<ContentFileName, unknown>, names: ReadonlySet<string>) {
  const out: Record<string, Found[]> = {};
  const visit = (file: ContentFileName, value: unknown, keys: PathKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(file, v, [...keys, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (names.has(k) && typeof v === 'string') {
          (out[k] ??= []).push({ file, keys: [...keys, k], value: v });
        }
        visit(file, v, [...keys, k]);
      }
    }
  };
  for (const name of fileNames) visit(name, files[name], []);
  return out;
}

/** Every string value anywhere, with where it sits. */
function findStrings(files: Record<ContentFileName, unknown>): Found[] {
  const out: Found[] = [];
  const visit = (file: ContentFileName, value: unknown, keys: PathKey[]) => {
    if (typeof value === 'string') out.push({ file, keys, value });
    else if (Array.isArray(value)) value.forEach((v, i) => visit(file, v, [...keys, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(file, v, [...keys, k]);
    }
  };
  for (const name of fileNames) visit(name, files[name], []);
  return out;
}

function idsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((x: unknown) =>
    x !== null && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string'
      ? [(x as { id: string }).id]
      : [],
  );
}

/** Values that are ids, references or settings, not text: they never carry prose. */
// Shared with the parity test and the coverage script, so all three agree on what is text.
const NON_TEXT_KEYS = new Set<string>(nonTextKeys);

/** Markup that must not be in content strings: the app renders them as plain text. */
const MARKUP: readonly [RegExp, string][] = [
  [/<\/?[a-z][^>]*>/i, 'contains HTML'],
  [/&[a-z]+;|&#\d+;/i, 'contains an HTML entity'],
  [/\*\*|__|`/, 'contains Markdown emphasis or code'],
  [/\[[^\]]*\]\([^)]*\)/, 'contains a Markdown link'],
  [/^(#{1,6} |[-*+] |\d+\. )/, 'starts like a Markdown heading or list item'],
  [/\n/, 'contains a line break (use separate paragraphs or items)'],
];

/** Spacing the typo-fix policy removes; content must not bring it back. */
const TYPOGRAPHY: readonly [RegExp, string][] = [
  [/^\s|\s$/, 'has leading or trailing whitespace'],
  [/ {2,}/, 'has a double space'],
  [/ [.,:;!?)]/, 'has a space before punctuation'],
  [/\( /, 'has a space after an opening bracket'],
  [/,(?=\p{L})/u, 'misses a space after a comma'],
  [/\p{Ll}\.(?=\p{Lu})/u, 'misses a space after a full stop'],
];

/**
 * Checks across the files of one language: unique ids, `source` in sources.json (and every source
 * used), `backTo`/`step` pointing at a plan step, plain text without markup or stray spacing.
 */
export function crossCheck(
  files: Record<ContentFileName, unknown>,
  label: (file: ContentFileName) => string,
): string[] {
  const errors: string[] = [];
  const at = (f: Found) => `${label(f.file)}: ${formatPath(f.keys)}`;
  const keyed = findKeyed(files, new Set(['id', 'source', 'backTo', 'step', 'variantOf']));

  const seen = new Map<string, Found>();
  for (const f of keyed.id ?? []) {
    const first = seen.get(f.value);
    if (first) errors.push(`${at(f)}: duplicate id "${f.value}" (first used at ${at(first)})`);
    else seen.set(f.value, f);
  }

  const sourcesData = files['sources.json'] as { sources?: unknown } | undefined;
  const sourceIds = new Set(idsOf(sourcesData?.sources));
  if (sourcesData !== undefined) {
    for (const f of keyed.source ?? []) {
      if (!sourceIds.has(f.value)) {
        errors.push(`${at(f)}: unknown source "${f.value}" (not an id in sources.json)`);
      }
    }
    const used = new Set((keyed.source ?? []).map((f) => f.value));
    for (const id of sourceIds) {
      if (!used.has(id)) errors.push(`${label('sources.json')}: sources: source "${id}" is never used`);
    }
  }

  const planData = files['plan.json'] as { steps?: unknown } | undefined;
  if (planData !== undefined) {
    const stepIds = new Set(idsOf(planData.steps));
    for (const f of [...(keyed.backTo ?? []), ...(keyed.step ?? []), ...(keyed.variantOf ?? [])]) {
      if (!stepIds.has(f.value)) {
        errors.push(`${at(f)}: unknown plan step "${f.value}" (not a step id in plan.json)`);
      }
    }
  }

  for (const f of findStrings(files)) {
    const key = f.keys[f.keys.length - 1];
    if (typeof key === 'string' && NON_TEXT_KEYS.has(key)) continue;
    for (const [re, what] of [...MARKUP, ...TYPOGRAPHY]) {
      if (re.test(f.value)) errors.push(`${at(f)}: ${what}: "${f.value.slice(0, 60)}"`);
    }
  }
  return errors;
}

/** Read, parse and check every content file of one language folder (e.g. `content/nl`). */
export async function validateContentDir(dir: string): Promise<ContentDirResult> {
  const errors: string[] = [];
  const files = {} as Record<ContentFileName, unknown>;
  const labelOf = (name: string) => fileLabel(path.join(dir, name));

  for (const name of fileNames) {
    const label = labelOf(name);
    let raw: string;
    try {
      raw = await readFile(path.join(dir, name), 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push(code === 'ENOENT' ? `${label}: file is missing` : `${label}: cannot be read (${code})`);
      files[name] = undefined;
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      errors.push(`${label}: not valid JSON: ${(err as Error).message}`);
      files[name] = undefined;
      continue;
    }
    const result = contentFiles[name].safeParse(json);
    if (result.success) {
      files[name] = result.data;
    } else {
      files[name] = json;
      errors.push(...result.error.issues.map((issue) => formatIssue(label, issue)));
    }
  }

  try {
    for (const entry of await readdir(dir)) {
      if (entry.endsWith('.json') && !(entry in contentFiles)) {
        errors.push(`${labelOf(entry)}: unknown content file (not in contentFiles of schema.ts)`);
      }
    }
  } catch {
    // The folder itself is missing: every file has already been reported as missing.
  }

  errors.push(...crossCheck(files, labelOf));
  return { errors, files };
}

/** The ids and non-text values of a language, by file and field path, for the parity check. */
function skeleton(files: Record<ContentFileName, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (file: ContentFileName, value: unknown, keys: PathKey[]) => {
    const key = keys[keys.length - 1];
    if (typeof value === 'number' || typeof value === 'boolean') {
      out.set(`${file}: ${formatPath(keys)}`, String(value));
    } else if (typeof value === 'string') {
      if (typeof key === 'string' && NON_TEXT_KEYS.has(key)) out.set(`${file}: ${formatPath(keys)}`, value);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(file, v, [...keys, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(file, v, [...keys, k]);
    }
  };
  for (const name of fileNames) visit(name, files[name], []);
  return out;
}

/** Errors where a translation differs from the source language in ids, references or settings. */
export function parityCheck(
  source: Record<ContentFileName, unknown>,
  other: Record<ContentFileName, unknown>,
  otherDir: string,
  sourceLang = SOURCE_LANGUAGE,
): string[] {
  const errors: string[] = [];
  const a = skeleton(source);
  const b = skeleton(other);
  const label = (k: string) =>
    `${fileLabel(path.join(otherDir, k.slice(0, k.indexOf(':'))))}${k.slice(k.indexOf(':'))}`;
  for (const [k, v] of a) {
    if (!b.has(k)) errors.push(`${label(k)}: missing here, ${sourceLang} has "${v}"`);
    else if (b.get(k) !== v) errors.push(`${label(k)}: is "${b.get(k)}", ${sourceLang} has "${v}"`);
  }
  for (const [k, v] of b) {
    if (!a.has(k)) errors.push(`${label(k)}: "${v}" is not in ${sourceLang}`);
  }
  return errors;
}

/**
 * Validate every language folder in the content root (the folder holding `nl/`, `en/`, …; the
 * leaflet in `source/` is not a language) and return all errors, one line each. Languages other
 * than nl must mirror nl item for item: same ids, references, pictures and figures.
 */
export async function validateAllContent(rootDir: string): Promise<string[]> {
  let langs: string[];
  try {
    const entries = await readdir(rootDir, { withFileTypes: true });
    langs = entries
      .filter((e) => e.isDirectory() && /^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [`${fileLabel(rootDir)}: content folder is missing`];
  }
  const errors: string[] = [];
  if (!langs.includes(SOURCE_LANGUAGE)) {
    errors.push(`${fileLabel(path.join(rootDir, SOURCE_LANGUAGE))}: the source language folder is missing`);
  }
  const languages: Record<string, Record<ContentFileName, unknown>> = {};
  for (const lang of langs) {
    const result = await validateContentDir(path.join(rootDir, lang));
    errors.push(...result.errors);
    languages[lang] = result.files;
  }
  const sourceFiles = languages[SOURCE_LANGUAGE];
  if (sourceFiles) {
    for (const lang of langs) {
      if (lang === SOURCE_LANGUAGE) continue;
      errors.push(...parityCheck(sourceFiles, languages[lang]!, path.join(rootDir, lang)));
    }
  }
  return errors;
}
