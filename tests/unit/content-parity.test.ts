// @vitest-environment node
// Node only: reads content/ from disk and writes broken English copies to a temp folder.
//
// validateAllContent (scripts/content-validate.ts) already compares en with nl, but only its skeleton:
// ids, references, pictures, numbers. This test adds the texts: every field, every list item and
// every paragraph of nl exists in en and the other way round, in the same order, none is empty,
// and every text is translated (differs from the Dutch) unless it is listed in SAME_AS_NL.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFiles, type ContentFileName } from '../../src/content/schema';
import { formatPath, validateAllContent, validateContentDir } from '../../scripts/content-validate';
import nonTextKeys from '../../scripts/content-non-text-keys.json';

const CONTENT = path.resolve('content');
const NL = path.join(CONTENT, 'nl');
const EN = path.join(CONTENT, 'en');

/** Parsed JSON that a test breaks on purpose: any shape goes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const fileNames = Object.keys(contentFiles) as ContentFileName[];

/** String fields that are ids, references, settings or dates: never translated, always equal to nl. */
const SAME_VALUE_KEYS = new Set<string>(nonTextKeys);

/**
 * The only texts that may be the same in both languages: proper names, short names of sources and
 * citations that are English already. `<file>: <path>` → the text. Anything else equal to the
 * Dutch is an untranslated copy.
 */
const SAME_AS_NL: Readonly<Record<string, string>> = {
  'sources.json: sources[1].short': 'NHG 2017',
  'sources.json: sources[2].short': 'NHG 2015',
  'sources.json: sources[3].short': 'KNGF 2021',
  'sources.json: sources[4].short': 'NHS',
  'sources.json: sources[5].short': 'NICE CKS',
  'sources.json: sources[6].title':
    'May S, Aina A. Centralization and directional preference: a systematic review. Manual Therapy 2012;17(6):497-506.',
  'sources.json: sources[7].title':
    'Almeida MO, Narciso Garcia A, Menezes Costa LC, van Tulder MW, Lin CWC, Machado LAC. The McKenzie method for (sub)acute non-specific low back pain. Cochrane Database of Systematic Reviews 2023, CD009711.',
  'sources.json: sources[7].short': 'Cochrane 2023',
  'sources.json: sources[8].short': 'McKenzie, Treat Your Own Back',
  'sources.json: sources[9].title':
    'Steffens D, Maher CG, Pereira LSM, et al. Prevention of low back pain: a systematic review and meta-analysis. JAMA Internal Medicine 2016;176(2):199-208.',
  'sources.json: sources[10].short': 'Rugplan',
};

/** How a file is named in errors: relative to the working directory when inside it. */
function fileLabel(filePath: string): string {
  const rel = path.relative(process.cwd(), filePath);
  const shown = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
  return shown.split(path.sep).join('/');
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Compare one translated file with its Dutch original, node by node. Errors are one line each,
 * `<file>: <path>: <what>`, like the validator's.
 */
function compareTrees(nl: unknown, other: unknown, file: ContentFileName, label: string): string[] {
  const errors: string[] = [];
  const at = (keys: PropertyKey[]) => `${label}: ${formatPath(keys)}`;

  const visit = (a: unknown, b: unknown, keys: PropertyKey[]): void => {
    if (kindOf(a) !== kindOf(b)) {
      errors.push(`${at(keys)}: is ${kindOf(b)}, nl has ${kindOf(a)}`);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) errors.push(`${at(keys)}: has ${b.length} items, nl has ${a.length}`);
      for (let i = 0; i < Math.min(a.length, b.length); i++) visit(a[i], b[i], [...keys, i]);
      return;
    }
    if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
      const ra = a as Record<string, unknown>;
      const rb = b as Record<string, unknown>;
      for (const k of Object.keys(ra)) if (!(k in rb)) errors.push(`${at([...keys, k])}: missing here, nl has it`);
      for (const k of Object.keys(rb)) if (!(k in ra)) errors.push(`${at([...keys, k])}: is not in nl`);
      const orderA = Object.keys(ra).filter((k) => k in rb);
      const orderB = Object.keys(rb).filter((k) => k in ra);
      if (orderA.join() !== orderB.join()) {
        errors.push(`${at(keys)}: fields in another order than nl (${orderB.join(', ')} ≠ ${orderA.join(', ')})`);
      }
      for (const k of orderA) visit(ra[k], rb[k], [...keys, k]);
      return;
    }
    const key = keys[keys.length - 1];
    if (typeof a === 'string' && typeof b === 'string' && !(typeof key === 'string' && SAME_VALUE_KEYS.has(key))) {
      if (a.trim() === '') errors.push(`${at(keys)}: the Dutch text is empty`);
      if (b.trim() === '') errors.push(`${at(keys)}: is empty`);
      else if (a === b && SAME_AS_NL[`${file}: ${formatPath(keys)}`] !== b) {
        errors.push(`${at(keys)}: is the same as nl, not translated: "${b.slice(0, 60)}"`);
      }
      return;
    }
    if (a !== b) errors.push(`${at(keys)}: is ${JSON.stringify(b)}, nl has ${JSON.stringify(a)}`);
  };

  visit(nl, other, []);
  return errors;
}

async function readJson(filePath: string): Promise<{ json?: unknown; error?: string }> {
  let raw: string;
  try {
    raw = await readFile(filePath, 'utf8');
  } catch {
    return { error: `${fileLabel(filePath)}: file is missing` };
  }
  try {
    return { json: JSON.parse(raw) };
  } catch (err) {
    return { error: `${fileLabel(filePath)}: not valid JSON: ${(err as Error).message}` };
  }
}

/** Every error where `otherDir` does not mirror `nlDir` text for text. */
async function translationParity(nlDir: string, otherDir: string): Promise<string[]> {
  const errors: string[] = [];
  for (const dir of [nlDir, otherDir]) {
    for (const entry of await readdir(dir)) {
      if (entry.endsWith('.json') && !(entry in contentFiles)) {
        errors.push(`${fileLabel(path.join(dir, entry))}: unknown content file`);
      }
    }
  }
  for (const file of fileNames) {
    const nl = await readJson(path.join(nlDir, file));
    const other = await readJson(path.join(otherDir, file));
    if (nl.error) errors.push(nl.error);
    if (other.error) errors.push(other.error);
    if (nl.error || other.error) continue;
    errors.push(...compareTrees(nl.json, other.json, file, fileLabel(path.join(otherDir, file))));
  }
  return errors;
}

/** Every text (not an id, reference, setting or date) with its `<file>: <path>`. */
function texts(json: unknown, file: ContentFileName): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (value: unknown, keys: PropertyKey[]): void => {
    const key = keys[keys.length - 1];
    if (typeof value === 'string') {
      if (!(typeof key === 'string' && SAME_VALUE_KEYS.has(key))) out.set(`${file}: ${formatPath(keys)}`, value);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...keys, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...keys, k]);
    }
  };
  visit(json, []);
  return out;
}

describe('the English content', () => {
  it('passes the whole content check: schema, references, and the validator’s nl/en parity', async () => {
    expect((await validateContentDir(EN)).errors).toEqual([]);
    expect(await validateAllContent(CONTENT)).toEqual([]);
  });

  it('mirrors nl field for field and item for item, with every text filled and translated', async () => {
    expect(await translationParity(NL, EN)).toEqual([]);
  });

  it('lists only exceptions that are still needed: each is a text both languages share', async () => {
    const shared = new Map<string, string>();
    for (const file of fileNames) {
      const nl = texts(JSON.parse(await readFile(path.join(NL, file), 'utf8')), file);
      const en = texts(JSON.parse(await readFile(path.join(EN, file), 'utf8')), file);
      for (const [k, v] of en) if (nl.get(k) === v) shared.set(k, v);
    }
    expect(Object.fromEntries(shared)).toEqual(SAME_AS_NL);
  });

  it('uses the agreed labels of the steps', async () => {
    const plan: Json = JSON.parse(await readFile(path.join(EN, 'plan.json'), 'utf8'));
    expect(plan.steps.map((s: Json) => s.label)).toEqual([
      'Step 1',
      'Step 2a',
      'Step 2b',
      'Step 3',
      'Step 4',
      'Alternative',
    ]);
  });
});

describe('the nl/en text check on broken copies', () => {
  let tmp: string;
  let copyNo = 0;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'rugplan-parity-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  /** A copy of content/ whose en/<file> is changed by `change`; returns the errors of the check. */
  async function brokenCopy(file: ContentFileName, change: (json: Json) => void) {
    const root = path.join(tmp, `copy-${++copyNo}`);
    await cp(CONTENT, root, { recursive: true });
    const target = path.join(root, 'en', file);
    const json: Json = JSON.parse(await readFile(target, 'utf8'));
    change(json);
    await writeFile(target, JSON.stringify(json, null, 2));
    return { errors: await translationParity(path.join(root, 'nl'), path.join(root, 'en')), label: fileLabel(target) };
  }

  it('fails when a field is dropped from en, naming the file and the path', async () => {
    const { errors, label } = await brokenCopy('syndromes.json', (j) => {
      delete j.syndromes[1].after;
    });
    expect(label).toMatch(/\/en\/syndromes\.json$/);
    expect(errors).toEqual([`${label}: syndromes[1].after: missing here, nl has it`]);
  });

  it('fails when a field exists in en only', async () => {
    const { errors, label } = await brokenCopy('plan.json', (j) => {
      j.steps[0].after = ['An extra paragraph.'];
    });
    expect(errors).toEqual([`${label}: steps[0].after: is not in nl`]);
  });

  it('fails when a list has another length', async () => {
    const { errors, label } = await brokenCopy('plan.json', (j) => {
      j.steps[4].instructions.pop();
    });
    expect(errors).toEqual([`${label}: steps[4].instructions: has 2 items, nl has 3`]);
  });

  it('fails when a text is empty', async () => {
    const { errors, label } = await brokenCopy('warnings.json', (j) => {
      j.alarm.groups[0].symptoms[1].text = ' ';
    });
    expect(errors).toEqual([`${label}: alarm.groups[0].symptoms[1].text: is empty`]);
  });

  it('fails when a Dutch text is copied in untranslated', async () => {
    const { errors, label } = await brokenCopy('exercises.json', (j) => {
      j.exercises[6].lines[1] = 'Vooroverbuigen.';
    });
    expect(errors).toEqual([`${label}: exercises[6].lines[1]: is the same as nl, not translated: "Vooroverbuigen."`]);
  });

  it('fails when an id or the content date differs', async () => {
    const { errors, label } = await brokenCopy('intro.json', (j) => {
      j.contentDate = '2020-01-01';
      j.intro.id = 'introduction';
    });
    expect(errors).toEqual([
      `${label}: contentDate: is "2020-01-01", nl has "2026-12-02"`,
      `${label}: intro.id: is "introduction", nl has "inleiding"`,
    ]);
  });

  it('fails when the fields are in another order', async () => {
    const { errors, label } = await brokenCopy('about.json', (j) => {
      const { id, source, ...rest } = j.privacy;
      j.privacy = { ...rest, id, source };
    });
    expect(errors).toEqual([
      `${label}: privacy: fields in another order than nl (title, paragraphs, id, source ≠ id, source, title, paragraphs)`,
    ]);
  });
});
