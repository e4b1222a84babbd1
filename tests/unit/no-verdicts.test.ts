// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { strings } from './json-strings';

/*
 * The line the app does not cross (clinical-facts.md): it informs and keeps a diary; it never
 * assigns a syndrome, never tells a user they need no doctor, never says it is nothing serious.
 * Every text the app can show — all content (nl and en) and every UI string — is scanned, so a
 * verdict added anywhere later fails here.
 */

const root = path.resolve(import.meta.dirname, '../..');

/** The McKenzie syndromes under every name the texts use for them. */
const syndrome = String.raw`(?:\S*syndroo?m|\S*syndrome|derangement|disfunctie|dysfunctie|dysfunction|posturaal|postural)`;
const professional = String.raw`(?:arts|dokter|huisarts|huisartsenpost|fysiotherapeut|specialist)`;
const doctor = String.raw`(?:doctor|gp|physio|physiotherapist|specialist|out-of-hours)`;

/** Phrases that would be a verdict about the reader; each with what it catches. */
const verdicts: { name: string; pattern: RegExp }[] = [
  {
    name: 'assigns a syndrome (nl)',
    pattern: new RegExp(String.raw`\b(?:u|je|jij) (?:hebt|heeft)\b[^.]{0,40}${syndrome}`, 'iu'),
  },
  {
    name: 'says whose complaint is which syndrome (nl)',
    pattern: new RegExp(
      String.raw`\b(?:uw|je|jouw) (?:klacht|klachten|rugpijn|pijn|rug)\b (?:is|zijn|past|passen)\b[^.]{0,40}${syndrome}`,
      'iu',
    ),
  },
  { name: 'no doctor needed (nl)', pattern: new RegExp(String.raw`\bgeen ${professional}\b[^.]{0,20}\bnodig\b`, 'iu') },
  {
    name: 'need not see a doctor (nl)',
    pattern: new RegExp(
      String.raw`\b(?:hoeft|hoef|hoeven)\b (?:u |je |jij )?(?:niet|geen)\b[^.]{0,20}\b${professional}\b`,
      'iu',
    ),
  },
  { name: 'nothing serious (nl)', pattern: /\b(?:is|heeft|hebt) (?:niets|niks) ernstigs?\b/iu },
  { name: 'a diagnosis of the reader (nl)', pattern: /\b(?:uw|je|jouw) diagnose\b/iu },
  {
    name: 'assigns a syndrome (en)',
    pattern: new RegExp(String.raw`\byou(?: have|'ve got| are)\b[^.]{0,40}${syndrome}`, 'iu'),
  },
  {
    name: 'says whose complaint is which syndrome (en)',
    pattern: new RegExp(
      String.raw`\byour (?:pain|problem|complaint|back|symptoms?)\b (?:is|are|fits?)\b[^.]{0,40}${syndrome}`,
      'iu',
    ),
  },
  {
    name: 'no doctor needed (en)',
    pattern: new RegExp(
      String.raw`\b(?:you (?:do not|don't|dont|need not|needn't)(?: need)?|no need)\b[^.]{0,20}\b${doctor}\b`,
      'iu',
    ),
  },
  { name: 'nothing serious (en)', pattern: /\b(?:is|it's|you have) nothing serious\b/iu },
  { name: 'a diagnosis of the reader (en)', pattern: /\byour diagnosis\b/iu },
];

/** The verdicts a text contains, by name. */
function verdictsIn(text: string): string[] {
  return verdicts.filter((v) => v.pattern.test(text)).map((v) => v.name);
}

function jsonFilesIn(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => path.join(dir, file));
}

const scanned = [...jsonFilesIn('content/nl'), ...jsonFilesIn('content/en'), ...jsonFilesIn('src/i18n/locales')];

describe('no verdicts anywhere', () => {
  test('the scan covers both languages of the content and of the UI', () => {
    for (const part of ['content/nl/', 'content/en/', 'src/i18n/locales/nl/', 'src/i18n/locales/en/'])
      expect(scanned.some((file) => file.startsWith(part))).toBe(true);
    expect(scanned).toContain(path.join('content', 'nl', 'warnings.json'));
    expect(scanned).toContain(path.join('src', 'i18n', 'locales', 'en', 'safety.json'));
  });

  test('catches the verdicts it is meant to catch', () => {
    for (const sentence of [
      'U heeft het derangementsyndroom.',
      'Je hebt het posturaal syndroom.',
      'Jij hebt derangement.',
      'Uw klachten passen bij het disfunctie syndroom.',
      'U heeft geen arts nodig.',
      'Je hebt geen huisarts nodig.',
      'U hoeft niet naar de dokter.',
      'Je hoeft niet naar de huisarts.',
      'Het is niets ernstigs.',
      'Uw diagnose: derangement.',
      'You have the derangement syndrome.',
      'You have postural syndrome.',
      'Your pain fits the dysfunction syndrome.',
      'You do not need a doctor.',
      "You don't need to see your GP.",
      'There is no need to see a doctor.',
      "It's nothing serious.",
      'Your diagnosis is ready.',
    ])
      expect({ sentence, caught: verdictsIn(sentence).length > 0 }).toEqual({ sentence, caught: true });
  });

  test('lets through information that is not a verdict', () => {
    for (const sentence of [
      'U heeft koorts of u voelt zich ziek, en daarbij rugpijn.',
      'U heeft kanker, of u heeft vroeger kanker gehad.',
      'Eén klacht uit deze lijst betekent niet altijd dat er iets ernstigs aan de hand is.',
      'De app stelt geen diagnose en beoordeelt uw klachten niet.',
      'Bij het derangement syndroom is er een verplaatsing in de tussenwervelschijf.',
      'Soms hoort bij rugpijn een klacht waarvoor u snel een arts nodig heeft.',
      'You have cancer, or you have had cancer in the past.',
      'Sometimes back pain comes with a symptom for which you need to see a doctor quickly.',
      'Ik heb de lijst gelezen: naar het stappenplan',
    ])
      expect({ sentence, caught: verdictsIn(sentence) }).toEqual({ sentence, caught: [] });
  });

  test('no content item and no UI string contains one', () => {
    const found = scanned.flatMap((file) =>
      strings(JSON.parse(readFileSync(path.join(root, file), 'utf8')), file).flatMap(({ where, text }) =>
        verdictsIn(text).map((verdict) => `${where}: ${verdict}: "${text}"`),
      ),
    );
    expect(found).toEqual([]);
  });
});
