/**
 * Fidelity of the content to the leaflet: cut the leaflet (content/source/*.txt, text extracted from
 * the PDF) into sentences, headings and list items, and find each one back in the content files.
 *
 * Pure functions on strings, no file access, so the test and any script can use them.
 * The leaflet is the reference: it is never edited. What the content may change is listed here,
 * explicitly: the typo fixes (TYPO_FIXES) and the layout artifacts of the PDF table (LAYOUT_ARTIFACTS).
 */

/** A fix applied to the leaflet text before comparing; the content carries the fixed wording. */
export interface TypoFix {
  find: RegExp;
  replace: string;
  /** Why this is an obvious typo (shown when the fix no longer matches the leaflet). */
  why: string;
}

/**
 * The typo-fix policy as a table. Obvious typos, PDF spacing, the spellings of the Woordenlijst
 * (the leaflet's "Derangement syndroom", "McKenzie concept", "a-specifieke", "Nieuw Zeeland",
 * "zover mogelijk" are written as Dutch spells them), and "onderstaand(e)", which points to
 * nothing in an app. Everything else (wording, word order, grammar) stays as the leaflet has it.
 * content/source keeps the leaflet as it is; the content carries the corrected text.
 * Every entry must match the leaflet at least once (a test checks this).
 */
export const TYPO_FIXES: readonly TypoFix[] = [
  { find: /\bOpdruken\b/g, replace: 'Opdrukken', why: 'spelling: "Opdruken" misses a k' },
  { find: /\bVermijdt\b/g, replace: 'Vermijd', why: 'imperative has no -t' },
  { find: /\bteveel\b/g, replace: 'te veel', why: '"te veel" is two words' },
  // PDF spacing: the text extraction puts spaces before punctuation and inside brackets.
  { find: /\( +/g, replace: '(', why: 'space after an opening bracket' },
  { find: / +([.,:;!?])/g, replace: '$1', why: 'space before punctuation ("buiklig .", "Stap 3 :")' },
  { find: /\(=(?=\S)/g, replace: '(= ', why: '"(=proximaal)" reads "(= proximaal)"' },
  // Missing spaces after a comma or a full stop ("Buiklig,hoofd", "af.Zie"). Abbreviations such as
  // "m.n." and "c.q." are untouched: they are followed by a lower-case letter or a space.
  { find: /,(?=\p{L})/gu, replace: ', ', why: 'missing space after a comma' },
  { find: /(\p{Ll})\.(?=\p{Lu})/gu, replace: '$1. ', why: 'missing space after a full stop' },
  // Spelling (Woordenlijst Nederlandse Taal): compounds with a name take a hyphen, compounds of
  // two nouns are one word, "zo ver" is two words here, and "Nieuw-Zeeland" takes a hyphen.
  { find: /\bDerangement[ -][Ss]yndroom\b/g, replace: 'Derangementsyndroom', why: 'one word: derangementsyndroom' },
  { find: /\bMcKenzie (concept|oefeningen)\b/g, replace: 'McKenzie-$1', why: 'a name in a compound takes a hyphen' },
  { find: /\ba-specifieke\b/g, replace: 'aspecifieke', why: 'spelled without a hyphen' },
  { find: /\bNieuw Zeeland\b/g, replace: 'Nieuw-Zeeland', why: 'spelled with a hyphen' },
  { find: /\bzover mogelijk\b/g, replace: 'zo ver mogelijk', why: '"zo ver mogelijk" is two words' },
  // In an app nothing is "below": the steps are those of the stappenplan, wherever it is shown.
  {
    find: /\bonderstaande stappen\b/g,
    replace: 'de stappen van het stappenplan',
    why: '"onderstaande" points to nothing in an app',
  },
  {
    find: /\bhet onderstaand stappenplan\b/g,
    replace: 'het stappenplan in deze app',
    why: '"onderstaand" points to nothing in an app',
  },
];

/** How a layout artifact is accounted for in the content, instead of as text. */
export type ArtifactCheck = 'picture-column' | 'missing-picture' | 'table-header' | 'exercise-heading';

export interface LayoutArtifact {
  /** Matches the artifact in the raw leaflet text (global flag). */
  pattern: RegExp;
  /** How often it occurs in the leaflet; a test checks this, so the list cannot swallow real text. */
  count: number;
  check: ArtifactCheck;
  why: string;
}

/**
 * The PDF table around the stappenplan leaves text that is layout, not content. Each one is removed
 * before the sentences are cut, and checked structurally against the content instead.
 */
export const LAYOUT_ARTIFACTS: readonly LayoutArtifact[] = [
  {
    // The column headings of the table ("Sel." = selection). Checked as: every step has a picture.
    pattern: /^.*Sel\. Oefeningen: Afbeelding.*$/gm,
    count: 1,
    check: 'picture-column',
    why: 'table column headings',
  },
  {
    // The empty picture cell of one row. The app draws a picture for every step anyway.
    pattern: /^ *Geen afbeelding *$/gm,
    count: 1,
    check: 'missing-picture',
    why: 'empty picture cell',
  },
  {
    // Row headers "Oefening: 3 Kenmerk: \nBuiklig ontspannen": always one header line plus one line.
    // Checked as: a plan step with exerciseNumber 3 and kenmerk "Buiklig ontspannen".
    pattern: /^ *Oefening: (\d+) Kenmerk:([^\n]*)\n([^\n]*)$/gm,
    count: 6,
    check: 'table-header',
    why: 'table row headers (number and "Kenmerk" column)',
  },
  {
    // Headings of the McKenzie exercise list ("Oefening 3:"). Checked as: an exercise with number 3.
    pattern: /^ *Oefening (\d+): *$/gm,
    count: 7,
    check: 'exercise-heading',
    why: 'numbered exercise headings',
  },
];

/**
 * Leaflet headings that the content holds as structure, not as text: the syndromes' list headings
 * "Kenmerken:" and "Therapie:" are the fields `kenmerken` and `therapie` of each syndrome (the app
 * shows its own label above each list). The test checks the count against syndromes.json.
 */
export const STRUCTURAL_UNITS: readonly { text: string; count: number; field: 'kenmerken' | 'therapie' }[] = [
  { text: 'Kenmerken', count: 3, field: 'kenmerken' },
  { text: 'Therapie', count: 3, field: 'therapie' },
];

/** A table row header of the stappenplan: "Oefening: 3 Kenmerk: Buiklig ontspannen". */
export interface TableHeader {
  exerciseNumber: number;
  kenmerk: string;
}

/** Collapse all whitespace (including no-break spaces) to single spaces and trim. */
export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Apply the typo-fix table to a piece of text. */
export function applyTypoFixes(text: string): string {
  return TYPO_FIXES.reduce((t, fix) => t.replace(fix.find, fix.replace), text);
}

/** The form in which leaflet units and content text are compared. */
export function normalise(text: string): string {
  return applyTypoFixes(foldWhitespace(text));
}

/** The table row headers of the stappenplan, as they appear in the leaflet. */
export function tableHeaders(leaflet: string): TableHeader[] {
  const artifact = LAYOUT_ARTIFACTS.find((a) => a.check === 'table-header')!;
  return [...leaflet.replace(/\r\n?/g, '\n').matchAll(artifact.pattern)].map((m) => ({
    exerciseNumber: Number(m[1]),
    kenmerk: foldWhitespace(`${m[2] ?? ''} ${m[3] ?? ''}`),
  }));
}

/** The numbers of the McKenzie exercise headings ("Oefening 3:"). */
export function exerciseHeadings(leaflet: string): number[] {
  const artifact = LAYOUT_ARTIFACTS.find((a) => a.check === 'exercise-heading')!;
  return [...leaflet.matchAll(artifact.pattern)].map((m) => Number(m[1]));
}

/** The leaflet without its layout artifacts; each is replaced by a blank line (a block break). */
export function stripLayoutArtifacts(leaflet: string): string {
  return LAYOUT_ARTIFACTS.reduce((t, a) => t.replace(a.pattern, '\n'), leaflet.replace(/\r\n?/g, '\n'));
}

// "" (U+F0B7) is the Symbol-font bullet the PDF extraction leaves; "1. " numbers a list item.
const BULLET = /^[\uf0b7\u2022\u25cf\u25aa\u2013-] */;
const NUMBERED = /^\d+\. +/;
const TERMINAL = /[.:!?;]$/;
/** A line this short without closing punctuation, followed by a capital, is a heading. */
const HEADING_MAX = 45;
const ABBREVIATIONS = ['m.n.', 'c.q.', 'bijv.', 'o.a.', 'e.d.', 'z.g.'];

function startsBlock(line: string): boolean {
  return BULLET.test(line) || NUMBERED.test(line);
}

function startsUpper(line: string | undefined): boolean {
  return line !== undefined && (/^\p{Lu}/u.test(line) || startsBlock(line));
}

/**
 * The leaflet as blocks: paragraphs, headings and list items, each with its line breaks re-joined.
 * A block ends at a blank line (unless the text goes on in lower case: a sentence the PDF broke
 * across a page or column), before a list item, and after a heading.
 */
export function leafletBlocks(leaflet: string): string[] {
  const lines = stripLayoutArtifacts(leaflet)
    .split('\n')
    .map((l) => foldWhitespace(l));
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  const nextNonEmpty = (i: number) => lines.slice(i + 1).find((l) => l !== '');
  let previousEnded = true;
  lines.forEach((line, i) => {
    if (line === '') {
      // A blank line inside a sentence (page or column break) does not end the block.
      const next = nextNonEmpty(i);
      if (next === undefined || !/^\p{Ll}/u.test(next) || current.length === 0) {
        flush();
        previousEnded = true;
      }
      return;
    }
    const next = nextNonEmpty(i);
    const heading = line.length <= HEADING_MAX && !TERMINAL.test(line) && previousEnded && startsUpper(next);
    if (startsBlock(line) || heading) flush();
    current.push(line);
    if (heading) flush();
    previousEnded = heading || TERMINAL.test(line);
  });
  flush();
  return blocks;
}

/**
 * Split a block into sentences at . ! ? ; followed by a space, and at a colon followed by a capital
 * ("Stap 1: Liggen"). A colon inside a sentence ("lastig zijn: elke beweging") keeps it whole, and so
 * do abbreviations ("m.n.", "c.q.").
 */
export function splitSentences(block: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?;](?= )|:(?= \p{Lu})/gu;
  for (let m = re.exec(block); m !== null; m = re.exec(block)) {
    const end = m.index + 1;
    const head = block.slice(start, end);
    if (ABBREVIATIONS.some((a) => head.endsWith(` ${a}`) || head === a)) continue;
    out.push(head);
    start = end;
  }
  out.push(block.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** Strip what only marks a unit's place: list bullets and numbers, closing punctuation. */
export function unitText(unit: string): string {
  return unit
    .replace(BULLET, '')
    .replace(NUMBERED, '')
    .replace(/[\s.:;,]+$/, '')
    .trim();
}

/**
 * Every sentence, heading and list item of the leaflet, normalised (whitespace folded, typo table
 * applied, list markers and closing punctuation stripped), in leaflet order.
 */
export function leafletUnits(leaflet: string): string[] {
  return leafletBlocks(leaflet)
    .map((b) => normalise(b))
    .flatMap((b) => splitSentences(b))
    .map((u) => unitText(u))
    .filter((u) => /\p{L}/u.test(u));
}

/** Every string in a JSON value, depth first, in document order. */
export function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => collectStrings(v));
  if (value !== null && typeof value === 'object') {
    return Object.values(value).flatMap((v) => collectStrings(v));
  }
  return [];
}

/**
 * The text of a set of content files, one string per line, whitespace folded. The typo table is
 * not applied here: the content must carry the fixed wording itself. Strings are kept apart by
 * newlines so that a unit cannot be matched across two fields.
 */
export function contentCorpus(files: Record<string, unknown>): string {
  return Object.values(files)
    .flatMap((f) => collectStrings(f))
    .map((s) => foldWhitespace(s))
    .join('\n');
}

/**
 * The units with no counterpart in the corpus. A unit is covered when it occurs inside one content
 * string, or when it is one of the STRUCTURAL_UNITS (checked against the structure instead).
 */
export function uncoveredUnits(units: readonly string[], corpus: string): string[] {
  const structural = new Set(STRUCTURAL_UNITS.map((s) => s.text));
  return units.filter((u) => !structural.has(u) && !corpus.includes(u));
}

/** Coverage of a leaflet by a set of content files, for the test and for a one-line report. */
export function leafletCoverage(leaflet: string, files: Record<string, unknown>) {
  const units = leafletUnits(leaflet);
  const uncovered = uncoveredUnits(units, contentCorpus(files));
  return {
    units,
    uncovered,
    summary: `${units.length - uncovered.length} of ${units.length} leaflet sentences covered`,
  };
}
