#!/usr/bin/env node
/**
 * How far each language is translated: per language and per file, the number of text fields, how
 * many are filled (not empty) and how many are translated (differ from the Dutch), for the content
 * (content/<lang>/*.json) and the UI strings (src/i18n/locales/<lang>/*.json).
 *
 *   node scripts/content-coverage.mjs            the counts
 *   node scripts/content-coverage.mjs --list     also every text that is empty or the same as nl
 *
 * Plain JavaScript on purpose: Node 20 has no --experimental-strip-types and vite-node is not
 * installed. A report only: it always exits 0 unless a file cannot be read. The tests that fail on
 * gaps are tests/unit/content-parity.test.ts (content) and tests/unit/i18n.test.ts (UI strings).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nonTextKeys from './content-non-text-keys.json' with { type: 'json' };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_LANGUAGE = 'nl';
const LIST = process.argv.includes('--list');

/** Content string fields that are ids, references, settings or dates, not text (one list for the validator, the parity test and this script). */
const NON_TEXT_KEYS = new Set(nonTextKeys);

/** `steps[2].dose.summary` for a list of keys. */
function formatPath(keys) {
  let out = '';
  for (const key of keys) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** Every text of a parsed JSON file, path → string. */
function textsOf(json, skipKeys) {
  const out = new Map();
  const visit = (value, keys) => {
    const key = keys[keys.length - 1];
    if (typeof value === 'string') {
      if (!(typeof key === 'string' && skipKeys.has(key))) out.set(formatPath(keys), value);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...keys, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...keys, k]);
    }
  };
  visit(json, []);
  return out;
}

function readTexts(file, skipKeys) {
  if (!existsSync(file)) return undefined;
  try {
    return textsOf(JSON.parse(readFileSync(file, 'utf8')), skipKeys);
  } catch (err) {
    console.error(`${path.relative(ROOT, file)}: ${err.message}`);
    process.exitCode = 1;
    return undefined;
  }
}

const languagesIn = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => (a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a.localeCompare(b)));

const jsonFilesIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []);

/** One count per file: the Dutch text fields are the reference for every language. */
function count(sourceTexts, texts, isSource) {
  const total = sourceTexts?.size ?? texts?.size ?? 0;
  let filled = 0;
  let translated = 0;
  const gaps = [];
  for (const [key, nlText] of sourceTexts ?? texts ?? []) {
    const text = texts?.get(key);
    if (typeof text !== 'string' || text.trim() === '') {
      gaps.push(`${key}: ${text === undefined ? 'missing' : 'empty'}`);
      continue;
    }
    filled++;
    if (!isSource && text !== nlText) translated++;
    else if (!isSource) gaps.push(`${key}: same as ${SOURCE_LANGUAGE}: "${text.slice(0, 60)}"`);
  }
  const extra = sourceTexts && texts ? [...texts.keys()].filter((k) => !sourceTexts.has(k)).length : 0;
  return { total, filled, translated, extra, missing: texts === undefined, gaps };
}

function report(title, baseDir, skipKeys) {
  const langs = languagesIn(baseDir);
  const files = [...new Set(langs.flatMap((lang) => jsonFilesIn(path.join(baseDir, lang))))].sort();
  const width = Math.max(...files.map((f) => f.length), 'total'.length);
  const sums = {};
  console.log(`\n${title} (${path.relative(ROOT, baseDir)}/<lang>/)`);
  for (const lang of langs) {
    const sum = (sums[lang] = { total: 0, filled: 0, translated: 0 });
    const line = (name, c, isSource, notes = []) => {
      const cols = [lang.padEnd(4), name.padEnd(width + 2), `${c.filled}/${c.total} filled`.padEnd(18)];
      cols.push(isSource ? '(source language)' : `${c.translated}/${c.total} translated`);
      console.log([...cols, ...notes].join('').trimEnd());
    };
    for (const file of files) {
      const nl = readTexts(path.join(baseDir, SOURCE_LANGUAGE, file), skipKeys);
      const texts = readTexts(path.join(baseDir, lang, file), skipKeys);
      const isSource = lang === SOURCE_LANGUAGE;
      const c = count(nl, texts, isSource);
      const notes = [];
      if (c.missing) notes.push('  file missing');
      if (c.extra > 0) notes.push(`  ${c.extra} field(s) not in ${SOURCE_LANGUAGE}`);
      line(file, c, isSource, notes);
      if (LIST && !c.missing) for (const gap of c.gaps) console.log(`      ${gap}`);
      sum.total += c.total;
      sum.filled += c.filled;
      sum.translated += c.translated;
    }
    line('total', sum, lang === SOURCE_LANGUAGE);
  }
  return sums;
}

const content = report('Content', path.join(ROOT, 'content'), NON_TEXT_KEYS);
const ui = report('UI strings', path.join(ROOT, 'src', 'i18n', 'locales'), new Set());

console.log('\nAll texts (content + UI strings)');
for (const lang of [...new Set([...Object.keys(content), ...Object.keys(ui)])]) {
  const a = content[lang] ?? { total: 0, filled: 0, translated: 0 };
  const b = ui[lang] ?? { total: 0, filled: 0, translated: 0 };
  const total = a.total + b.total;
  const translated =
    lang === SOURCE_LANGUAGE ? '(source language)' : `${a.translated + b.translated}/${total} translated`;
  console.log(
    `${lang.padEnd(4)}${'total'.padEnd(7)}${`${a.filled + b.filled}/${total} filled`.padEnd(18)}${translated}`,
  );
}
