// @vitest-environment node
// Node only: reads content/ from disk and writes broken copies to a temp folder.
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentFiles,
  pictureIds,
  type About,
  type ContentFileName,
  type Exercises,
  type Plan,
  type Sources,
  type Warnings,
} from '../../src/content/schema';
import { validateAllContent, validateContentDir } from '../../scripts/content-validate';

const CONTENT = path.resolve('content');

/** Parsed JSON that a test breaks on purpose: any shape goes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const NL = path.join(CONTENT, 'nl');

describe('the real content', () => {
  let errors: string[];
  let files: Record<ContentFileName, unknown>;

  beforeAll(async () => {
    ({ errors, files } = await validateContentDir(NL));
  });

  it('validates against the schema, with every reference resolved', () => {
    expect(errors).toEqual([]);
    expect(Object.keys(files).sort()).toEqual(Object.keys(contentFiles).sort());
    for (const name of Object.keys(contentFiles) as ContentFileName[]) {
      expect(files[name], name).toBeDefined();
    }
  });

  it('passes the check of every language folder', async () => {
    expect(await validateAllContent(CONTENT)).toEqual([]);
  });

  it('has unique ids across all files of the language', () => {
    const ids: string[] = [];
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v !== null && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'id' && typeof x === 'string') ids.push(x);
          else visit(x);
        }
      }
    };
    Object.values(files).forEach(visit);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('resolves every source, backTo and step', () => {
    const sources = new Set((files['sources.json'] as Sources).sources.map((s) => s.id));
    const plan = files['plan.json'] as Plan;
    const steps = new Set(plan.steps.map((s) => s.id));
    const refs: { key: string; value: string }[] = [];
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v !== null && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (['source', 'backTo', 'step'].includes(k) && typeof x === 'string') refs.push({ key: k, value: x });
          visit(x);
        }
      }
    };
    Object.values(files).forEach(visit);
    expect(refs.filter((r) => r.key === 'source').length).toBeGreaterThan(30);
    for (const r of refs) {
      if (r.key === 'source') expect(sources, `source ${r.value}`).toContain(r.value);
      else expect(steps, `${r.key} ${r.value}`).toContain(r.value);
    }
  });

  it('holds the stappenplan as the leaflet orders it', () => {
    const plan = files['plan.json'] as Plan;
    expect(plan.steps.map((s) => [s.id, s.label, s.exerciseNumber, s.dose.kind, s.picture])).toEqual([
      ['stap-1-liggen', 'Stap 1', 1, 'posture', 'supine-legs-on-chair'],
      ['stap-2a-op-de-buik-liggen', 'Stap 2a', 2, 'posture', 'prone-pillows'],
      ['stap-2b-ontspannen', 'Stap 2b', 3, 'breathing', 'prone-relaxed'],
      ['stap-3-elleboogsteun', 'Stap 3', 4, 'hold', 'prone-elbows'],
      ['stap-4-opduwen-in-buiklig', 'Stap 4', 5, 'repetitions', 'prone-press-up'],
      ['opduwen-aangepast', 'Variant', 6, 'repetitions', 'prone-press-up-shifted'],
    ]);
    const byId = Object.fromEntries(plan.steps.map((s) => [s.id, s]));
    expect(byId['stap-4-opduwen-in-buiklig']!.dose).toMatchObject({ repetitions: 10, everyHours: 2 });
    expect(byId['opduwen-aangepast']).toMatchObject({
      sided: true,
      variantOf: 'stap-4-opduwen-in-buiklig',
      dose: { repetitions: 10, everyHours: 2 },
    });
    for (const id of ['stap-3-elleboogsteun', 'stap-4-opduwen-in-buiklig', 'opduwen-aangepast']) {
      expect(byId[id]!.backTo).toBe('stap-2a-op-de-buik-liggen');
    }
  });

  it('gives the exercises their direction, picture and matching step', () => {
    const { exercises } = files['exercises.json'] as Exercises;
    expect(exercises.map((e) => [e.number, e.direction, e.picture, e.step])).toEqual([
      [1, 'extension', 'prone-relaxed', 'stap-2b-ontspannen'],
      [2, 'extension', 'prone-elbows', 'stap-3-elleboogsteun'],
      [3, 'extension', 'prone-press-up', 'stap-4-opduwen-in-buiklig'],
      [4, 'extension', 'standing-extension', undefined],
      [5, 'flexion', 'supine-knees-to-chest', undefined],
      [6, 'flexion', 'sitting-flexion', undefined],
      [7, 'flexion', 'standing-flexion', undefined],
    ]);
    const used = new Set([
      ...(files['plan.json'] as Plan).steps.map((s) => s.picture),
      ...exercises.map((e) => e.picture),
    ]);
    expect([...used].sort()).toEqual([...pictureIds].sort());
  });

  it('lists alarm symptoms from guidelines, never from the leaflet, in four urgencies', () => {
    const { alarm, aandachtspunten } = files['warnings.json'] as Warnings;
    expect(alarm.groups.map((g) => g.urgency)).toEqual(['emergency', 'urgent', 'today', 'days']);
    const symptoms = alarm.groups.flatMap((g) => g.symptoms);
    expect(symptoms.length).toBeGreaterThanOrEqual(12);
    for (const s of symptoms) expect(s.source).not.toBe('leaflet');
    expect(aandachtspunten.possibilities[0]!.step).toBe('opduwen-aangepast');
  });

  it('informs and never triages', () => {
    const all = JSON.stringify(files);
    // Verdicts the app must not give (clinical-facts.md, "The line the app does not cross").
    for (const verdict of [
      /hoeft niet naar de (dokter|huisarts|arts)/i,
      /u heeft (het|een) \w*syndroom/i,
      /niets aan de hand/i,
    ]) {
      expect(all).not.toMatch(verdict);
    }
    // No medicine names or doses beyond the risk factor in the alarm list.
    expect(all).not.toMatch(/paracetamol|ibuprofen|naproxen|diclofenac|\d+\s?mg\b/i);
    const about = files['about.json'] as About;
    expect(about.whatItIs.paragraphs!.join(' ')).toMatch(/geen diagnose/);
    expect(about.course.paragraphs!.join(' ')).not.toMatch(/90 ?%|90 procent/);
  });
});

describe('broken copies of the content', () => {
  let tmp: string;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'rugplan-content-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  let n = 0;
  /** A fresh copy of content/ with one file of nl changed; returns the nl folder of the copy. */
  async function brokenCopy(
    file: ContentFileName,
    mutate: (json: Json) => void,
  ): Promise<{ dir: string; label: string }> {
    const root = path.join(tmp, `case-${++n}`);
    await cp(CONTENT, root, { recursive: true });
    const dir = path.join(root, 'nl');
    const target = path.join(dir, file);
    const json = JSON.parse(await readFile(target, 'utf8'));
    mutate(json);
    await writeFile(target, JSON.stringify(json, null, 2));
    return { dir, label: target };
  }

  async function errorsFor(file: ContentFileName, mutate: (json: Json) => void) {
    const { dir, label } = await brokenCopy(file, mutate);
    const { errors } = await validateContentDir(dir);
    return { errors, label };
  }

  it('names file and field for a wrong enum value', async () => {
    const { errors, label } = await errorsFor('plan.json', (j) => {
      j.steps[2].dose.kind = 'stretch';
    });
    expect(errors).toContainEqual(
      expect.stringContaining(`${label}: steps[2].dose.kind: Invalid option: expected one of`),
    );
  });

  it('names file and field for a wrong type', async () => {
    const { errors, label } = await errorsFor('exercises.json', (j) => {
      j.exercises[0].number = '1';
    });
    expect(errors).toContainEqual(`${label}: exercises[0].number: Invalid input: expected number, received string`);
  });

  it('names file and field for a missing field', async () => {
    const { errors, label } = await errorsFor('warnings.json', (j) => {
      delete j.alarm.groups[1].action;
    });
    expect(errors).toContainEqual(`${label}: alarm.groups[1].action: missing field (expected string)`);
  });

  it('names file and field for an unknown field', async () => {
    const { errors, label } = await errorsFor('plan.json', (j) => {
      j.steps[0].colour = 'red';
    });
    expect(errors).toContainEqual(expect.stringContaining(`${label}: steps[0].colour: Unrecognized key`));
  });

  it('names file and field for an id that is not kebab-case', async () => {
    const { errors, label } = await errorsFor('syndromes.json', (j) => {
      j.syndromes[0].id = 'Houding Syndroom';
    });
    expect(errors).toContainEqual(`${label}: syndromes[0].id: must be a kebab-case id (a-z, 0-9 and single hyphens)`);
  });

  it('names file and field for a duplicate id, and where it was first used', async () => {
    const { errors, label } = await errorsFor('about.json', (j) => {
      j.privacy.id = 'stap-1-liggen';
    });
    const dup = errors.find((e) => e.includes('duplicate id'));
    expect(dup).toMatch(/plan\.json: steps\[0\]\.id/);
    expect(dup).toContain(`${label}: privacy.id: duplicate id "stap-1-liggen"`);
  });

  it('names file and field for an unknown source', async () => {
    const { errors, label } = await errorsFor('advice.json', (j) => {
      j.enVerder.source = 'folder-2019';
    });
    expect(errors).toContainEqual(
      `${label}: enVerder.source: unknown source "folder-2019" (not an id in sources.json)`,
    );
  });

  it('names file and field for an unknown source of one alarm symptom', async () => {
    const { errors, label } = await errorsFor('warnings.json', (j) => {
      j.alarm.groups[0].symptoms[2].source = 'nhg';
    });
    expect(errors).toContainEqual(
      expect.stringContaining(`${label}: alarm.groups[0].symptoms[2].source: unknown source "nhg"`),
    );
  });

  it('reports a source nobody uses', async () => {
    const { errors, label } = await errorsFor('sources.json', (j) => {
      j.sources.push({ id: 'pengel-2003', title: 'Pengel 2003, BMJ.', short: 'Pengel 2003', year: 2003 });
    });
    expect(errors).toContainEqual(`${label}: sources: source "pengel-2003" is never used`);
  });

  it('names file and field for a dangling backTo', async () => {
    const { errors, label } = await errorsFor('plan.json', (j) => {
      j.steps[3].backTo = 'stap-9-rennen';
    });
    expect(errors).toContainEqual(
      `${label}: steps[3].backTo: unknown plan step "stap-9-rennen" (not a step id in plan.json)`,
    );
  });

  it('names file and field for a dangling step of an exercise and of a possibility', async () => {
    const ex = await errorsFor('exercises.json', (j) => {
      j.exercises[1].step = 'stap-3-elleboog';
    });
    expect(ex.errors).toContainEqual(
      expect.stringContaining(`${ex.label}: exercises[1].step: unknown plan step "stap-3-elleboog"`),
    );
    const w = await errorsFor('warnings.json', (j) => {
      j.aandachtspunten.possibilities[0].step = 'opduwen';
    });
    expect(w.errors).toContainEqual(
      expect.stringContaining(`${w.label}: aandachtspunten.possibilities[0].step: unknown plan step "opduwen"`),
    );
  });

  it('flags a reference when the step it points to is renamed', async () => {
    const { errors } = await errorsFor('plan.json', (j) => {
      j.steps[1].id = 'stap-2a-buiklig';
    });
    // backTo of three steps and nothing else: exercises do not point at 2a.
    expect(errors.filter((e) => e.includes('unknown plan step "stap-2a-op-de-buik-liggen"'))).toHaveLength(3);
  });

  it('flags HTML, Markdown and stray spacing in texts', async () => {
    const { errors, label } = await errorsFor('intro.json', (j) => {
      j.intro.paragraphs[0] = '**Let op**: dit is <b>vet</b>.';
      j.intro.paragraphs[1] = 'Buiklig,hoofd opzij .';
    });
    expect(errors).toContainEqual(expect.stringContaining(`${label}: intro.paragraphs[0]: contains HTML`));
    expect(errors).toContainEqual(expect.stringContaining(`${label}: intro.paragraphs[0]: contains Markdown`));
    expect(errors).toContainEqual(
      expect.stringContaining(`${label}: intro.paragraphs[1]: misses a space after a comma`),
    );
    expect(errors).toContainEqual(
      expect.stringContaining(`${label}: intro.paragraphs[1]: has a space before punctuation`),
    );
  });

  it('names the file that is not valid JSON', async () => {
    const { dir } = await brokenCopy('intro.json', () => {});
    const file = path.join(dir, 'intro.json');
    await writeFile(file, '{ "title": "Zelfhulp bij acute rugklachten", ');
    const { errors } = await validateContentDir(dir);
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^${escape(file)}: not valid JSON: `)));
  });

  it('names the file that is missing, and an unknown extra file', async () => {
    const { dir } = await brokenCopy('about.json', () => {});
    await unlink(path.join(dir, 'about.json'));
    await writeFile(path.join(dir, 'abuot.json'), '{}');
    const { errors } = await validateContentDir(dir);
    expect(errors).toContainEqual(`${path.join(dir, 'about.json')}: file is missing`);
    expect(errors).toContainEqual(expect.stringContaining(`${path.join(dir, 'abuot.json')}: unknown content file`));
  });

  it('names the file of a translation that does not mirror nl', async () => {
    const { dir } = await brokenCopy('plan.json', () => {});
    const root = path.dirname(dir);
    const en = path.join(root, 'en');
    await cp(dir, en, { recursive: true });
    const plan = JSON.parse(await readFile(path.join(en, 'plan.json'), 'utf8'));
    plan.steps[4].dose.repetitions = 12;
    plan.steps[0].id = 'step-1-lying';
    await writeFile(path.join(en, 'plan.json'), JSON.stringify(plan));
    const errors = await validateAllContent(root);
    const enPlan = path.join(en, 'plan.json');
    expect(errors).toContainEqual(`${enPlan}: steps[4].dose.repetitions: is "12", nl has "10"`);
    expect(errors).toContainEqual(`${enPlan}: steps[0].id: is "step-1-lying", nl has "stap-1-liggen"`);
    // The nl copy itself is still fine.
    expect(errors.filter((e) => e.startsWith(dir + path.sep))).toEqual([]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
