// @vitest-environment node
// Nothing of the leaflet is lost: every sentence, heading and list item of
// content/source/zelfhulp-acute-rugklachten.txt has a counterpart in content/nl.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LAYOUT_ARTIFACTS,
  STRUCTURAL_UNITS,
  TYPO_FIXES,
  contentCorpus,
  exerciseHeadings,
  foldWhitespace,
  leafletBlocks,
  leafletCoverage,
  leafletUnits,
  normalise,
  splitSentences,
  tableHeaders,
  uncoveredUnits,
} from '../../scripts/content-fidelity';
import { pictureIds, type Exercises, type Plan, type Syndromes } from '../../src/content/schema';

const LEAFLET = path.resolve('content/source/zelfhulp-acute-rugklachten.txt');
const NL = path.resolve('content/nl');

let leaflet: string;
let files: Record<string, unknown>;

beforeAll(async () => {
  leaflet = await readFile(LEAFLET, 'utf8');
  const names = (await readdir(NL)).filter((f) => f.endsWith('.json'));
  files = Object.fromEntries(
    await Promise.all(names.map(async (f) => [f, JSON.parse(await readFile(path.join(NL, f), 'utf8'))])),
  );
});

describe('leaflet coverage', () => {
  it('finds every leaflet sentence, heading and list item in content/nl', () => {
    const { units, uncovered, summary } = leafletCoverage(leaflet, files);
    console.log(summary);
    expect(units.length).toBeGreaterThan(130);
    expect(uncovered).toEqual([]);
  });

  it('fails when one sentence is removed from a copy of the content', () => {
    const copy = structuredClone(files) as { 'plan.json': Plan };
    const step = copy['plan.json'].steps.find((s) => s.id === 'stap-2b-ontspannen')!;
    step.instructions[0] = step.instructions[0]!.replace(' Ook dit kost tijd.', '');
    const { uncovered, summary } = leafletCoverage(leaflet, copy);
    expect(uncovered).toEqual(['Ook dit kost tijd']);
    expect(summary).toMatch(/^(\d+) of (?!\1\b)\d+ leaflet sentences covered$/);
  });

  it('fails when a list item or a heading is removed', () => {
    const copy = structuredClone(files) as {
      'syndromes.json': Syndromes;
      'advice.json': { enVerder: { title: string } };
    };
    copy['syndromes.json'].syndromes[1]!.kenmerken.splice(2, 1);
    copy['advice.json'].enVerder.title = 'Tot slot';
    expect(uncoveredUnits(leafletUnits(leaflet), contentCorpus(copy))).toEqual([
      'En verder',
      'geen pijn tijdens de beweging',
    ]);
  });

  it('fails when a typo the table fixes comes back, or a word changes', () => {
    const copy = structuredClone(files) as { 'exercises.json': Exercises; 'plan.json': Plan };
    copy['exercises.json'].exercises[2]!.lines[1] = 'Opdruken door het strekken van de ellebogen.';
    copy['plan.json'].steps[4]!.instructions[2] =
      'Doe deze oefening 12 keer achter elkaar, om de twee uur. Probeer de ellebogen steeds verder te strekken.';
    expect(uncoveredUnits(leafletUnits(leaflet), contentCorpus(copy))).toEqual([
      'Doe deze oefening 10 keer achter elkaar, om de twee uur',
      'Opdrukken door het strekken van de ellebogen',
    ]);
  });

  it('does not match a sentence across two fields', () => {
    const corpus = contentCorpus({ a: { x: 'Stap 1', y: 'Liggen' } });
    expect(uncoveredUnits(['Stap 1 Liggen', 'Stap 1', 'Liggen'], corpus)).toEqual(['Stap 1 Liggen']);
  });
});

describe('the explicit lists', () => {
  it('applies every typo fix somewhere in the leaflet, and the content never has the typo', () => {
    // The fixes run in order, so each one must match the text the previous ones left.
    let text = foldWhitespace(leaflet);
    for (const fix of TYPO_FIXES) {
      expect(text.match(fix.find), `${fix.find} (${fix.why})`).not.toBeNull();
      text = text.replace(fix.find, fix.replace);
    }
    // The content carries the fixed wording, never the typo.
    const raw = JSON.stringify(files);
    for (const typo of [
      'Opdruken',
      'Vermijdt',
      'teveel',
      'Buiklig,hoofd',
      'af.Zie',
      '( =',
      'buiklig .',
      'Derangement syndroom',
      'Derangement-Syndroom',
      'McKenzie concept',
      'McKenzie oefeningen',
      'a-specifieke',
      'Nieuw Zeeland',
      'zover mogelijk',
      'onderstaand',
    ]) {
      expect(raw).not.toContain(typo);
    }
  });

  it('finds each layout artifact exactly as often as listed', () => {
    for (const a of LAYOUT_ARTIFACTS) {
      expect(leaflet.match(a.pattern)?.length ?? 0, a.why).toBe(a.count);
    }
  });

  it('maps each table row header to a plan step with that number and kenmerk, in order', () => {
    const plan = files['plan.json'] as Plan;
    const headers = tableHeaders(leaflet);
    expect(headers.map((h) => `Oefening: ${h.exerciseNumber} Kenmerk: ${h.kenmerk}`)).toEqual([
      'Oefening: 1 Kenmerk: Liggen',
      'Oefening: 2 Kenmerk: Op de buik liggen',
      'Oefening: 3 Kenmerk: Buiklig ontspannen',
      'Oefening: 4 Kenmerk: Elleboogsteun',
      'Oefening: 5 Kenmerk: Opduwen in buiklig',
      'Oefening: 6 Kenmerk: Opduwen aangepast',
    ]);
    expect(plan.steps.map((s) => ({ exerciseNumber: s.exerciseNumber, kenmerk: s.kenmerk }))).toEqual(headers);
  });

  it('gives every row of the picture column a picture (the leaflet has one empty cell)', () => {
    const plan = files['plan.json'] as Plan;
    for (const step of plan.steps) expect(pictureIds).toContain(step.picture);
  });

  it('maps each "Oefening N:" heading to the McKenzie exercise with that number', () => {
    const { exercises } = files['exercises.json'] as Exercises;
    expect(exerciseHeadings(leaflet)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(exercises.map((e) => e.number)).toEqual(exerciseHeadings(leaflet));
  });

  it('maps the "Kenmerken" and "Therapie" headings to the lists of each syndrome', () => {
    const { syndromes } = files['syndromes.json'] as Syndromes;
    const units = leafletUnits(leaflet);
    for (const s of STRUCTURAL_UNITS) {
      expect(units.filter((u) => u === s.text)).toHaveLength(s.count);
      expect(syndromes.filter((x) => x[s.field].length > 0)).toHaveLength(s.count);
    }
  });
});

describe('the splitter', () => {
  it('re-joins column text, keeps headings apart and list items whole', () => {
    const text = [
      ' Een kop ',
      'Dit is de eerste ',
      'zin. En de tweede',
      '',
      'loopt door na een lege regel. ',
      'Stap 1: Liggen ',
      'Ga liggen. ',
      '\uf0b7 een punt met m.n. een afkorting ',
      '\uf0b7 nog een punt',
      '1. Genummerd',
    ].join('\n');
    expect(leafletBlocks(text)).toEqual([
      'Een kop',
      'Dit is de eerste zin. En de tweede loopt door na een lege regel.',
      'Stap 1: Liggen',
      'Ga liggen.',
      '\uf0b7 een punt met m.n. een afkorting',
      '\uf0b7 nog een punt',
      '1. Genummerd',
    ]);
    expect(leafletUnits(text)).toEqual([
      'Een kop',
      'Dit is de eerste zin',
      'En de tweede loopt door na een lege regel',
      'Stap 1',
      'Liggen',
      'Ga liggen',
      'een punt met m.n. een afkorting',
      'nog een punt',
      'Genummerd',
    ]);
  });

  it('splits at a colon before a capital only', () => {
    expect(splitSentences('Stap 3: Elleboogsteun. Hij zei: ga.')).toEqual([
      'Stap 3:',
      'Elleboogsteun.',
      'Hij zei: ga.',
    ]);
  });

  it('corrects the leaflet spellings, and a unit with the old spelling is not found in corrected content', () => {
    expect(normalise('Derangement syndroom, Derangement-Syndroom, McKenzie concept, a-specifieke, Nieuw Zeeland')).toBe(
      'Derangementsyndroom, Derangementsyndroom, McKenzie-concept, aspecifieke, Nieuw-Zeeland',
    );
    expect(normalise('Als u onderstaande stappen twee dagen, zover mogelijk opzij')).toBe(
      'Als u de stappen van het stappenplan twee dagen, zo ver mogelijk opzij',
    );
    // The content must carry the corrected spelling: the leaflet's own spelling no longer counts.
    const corpus = contentCorpus({ a: 'een fysiotherapeut uit Nieuw Zeeland' });
    expect(uncoveredUnits(['een fysiotherapeut uit Nieuw-Zeeland'], corpus)).toEqual([
      'een fysiotherapeut uit Nieuw-Zeeland',
    ]);
  });

  it('normalises spacing and the listed typos', () => {
    expect(normalise('Buiklig,hoofd  opzij, af.Zie ( =proximaal) in buiklig . Opdruken teveel Vermijdt')).toBe(
      'Buiklig, hoofd opzij, af. Zie (= proximaal) in buiklig. Opdrukken te veel Vermijd',
    );
  });
});
