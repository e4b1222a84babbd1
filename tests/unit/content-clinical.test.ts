// @vitest-environment node
// The clinical review of the content (issue 15), as checks on the real content and UI strings of
// both languages: who to call per alarm group, no self-repeating names, "u" in Dutch, no
// declaration to go on, the variant, the notes and the physiotherapist's additions with sources.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { nextStepOf, sequenceSteps, showsKenmerk, stepName, variantSteps } from '../../src/content/plan-steps';
import type { About, Advice, Exercises, Plan, Warnings } from '../../src/content/schema';
import { CALL_TARGETS } from '../../src/features/safety/call-order';
import { strings } from './json-strings';

const root = path.resolve(import.meta.dirname, '../..');
const LANGUAGES = ['nl', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const json = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const content = (lang: Language) => ({
  plan: json(`content/${lang}/plan.json`) as Plan,
  warnings: json(`content/${lang}/warnings.json`) as Warnings,
  advice: json(`content/${lang}/advice.json`) as Advice,
  exercises: json(`content/${lang}/exercises.json`) as Exercises,
  about: json(`content/${lang}/about.json`) as About,
});
const locale = (lang: Language, ns: string) => json(`src/i18n/locales/${lang}/${ns}.json`);

const jsonFiles = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`);
/** Every text a user can read in a language: content and UI strings. */
const allTexts = (lang: Language) =>
  [...jsonFiles(`content/${lang}`), ...jsonFiles(`src/i18n/locales/${lang}`)].flatMap((file) =>
    strings(json(file), file),
  );

describe('alarm groups and whom they call', () => {
  test.each(LANGUAGES)('%s: 112, then huisarts-or-post at once, the same day, within days', (lang) => {
    const { groups } = content(lang).warnings.alarm;
    expect(groups.map((g) => [g.id, g.urgency, CALL_TARGETS[g.urgency]])).toEqual([
      ['bel-112', 'emergency', '112'],
      ['meteen-bellen', 'urgent', 'by-clock'],
      ['vandaag-bellen', 'today', 'by-clock'],
      ['afspraak-maken', 'days', 'huisarts'],
    ]);
    const [life, urgent, today, days] = groups;
    // The action says whom to call: 112 alone where life may be at risk, never 112 for the rest.
    expect(life!.action).toMatch(/112/);
    expect(life!.action).not.toMatch(/huisarts|GP/);
    for (const group of [urgent!, today!]) {
      expect(group.action).not.toMatch(/112/);
      expect(group.action).toMatch(lang === 'nl' ? /uw huisarts.*huisartsenpost/ : /your GP.*out-of-hours GP service/);
    }
    expect(days!.action).not.toMatch(/112|huisartsenpost|out-of-hours/);
    const ids = (g: Warnings['alarm']['groups'][number]) => g.symptoms.map((s) => s.id);
    expect(ids(life!)).toEqual([
      'plotseling-heel-erge-pijn',
      'pijn-op-de-borst',
      'ongeluk-en-niet-goed-kunnen-bewegen',
    ]);
    expect(ids(urgent!)).toEqual([
      'plas-of-ontlasting-niet-ophouden',
      'niet-kunnen-plassen',
      'gevoelloos-rond-anus-of-geslachtsdelen',
      'problemen-bij-seks',
      'krachtverlies-in-de-benen',
      'klachten-in-beide-benen',
      'na-ernstig-ongeluk-of-val',
    ]);
    expect(ids(today!)).toEqual(['koorts-of-ziek-voelen', 'kort-geleden-operatie-of-prik-in-de-rug']);
  });

  test('every symptom names a guideline as its source, never the leaflet', () => {
    for (const lang of LANGUAGES) {
      for (const symptom of content(lang).warnings.alarm.groups.flatMap((g) => g.symptoms))
        expect(symptom.source, symptom.id).toMatch(
          /^(nhg-2017-lagerugpijn|nhg-2015-lrs|nhs-back-pain|nice-cks|kngf-2021)$/,
        );
    }
  });

  test('the new items say what the guidelines say, in plain words', () => {
    const nl = content('nl').warnings.alarm.groups.flatMap((g) => g.symptoms);
    const text = (id: string) => nl.find((s) => s.id === id)!.text;
    expect(text('problemen-bij-seks')).toMatch(/erectie.*klaarkomen.*minder.*seks/);
    expect(text('pijn-op-de-borst')).toMatch(/pijn op de borst/);
    expect(text('kort-geleden-operatie-of-prik-in-de-rug')).toMatch(/operatie aan de rug.*prik in de rug/);
    // The aneurysm line without jargon and without an age gate that could hold someone back.
    const pain = text('plotseling-heel-erge-pijn');
    expect(pain).toMatch(/plotseling heel erge pijn/);
    expect(pain).toMatch(/verandert niet als u beweegt/);
    expect(pain).toMatch(/bleek, zweterig of duizelig/);
    expect(pain).not.toMatch(/^U bent ouder dan 40/);
  });
});

describe('the plan is five steps and a variant', () => {
  test.each(LANGUAGES)('%s: step 4 leads on to nothing; the variant stands beside it', (lang) => {
    const { plan } = content(lang);
    expect(sequenceSteps(plan).map((s) => s.id)).toEqual([
      'stap-1-liggen',
      'stap-2a-op-de-buik-liggen',
      'stap-2b-ontspannen',
      'stap-3-elleboogsteun',
      'stap-4-opduwen-in-buiklig',
    ]);
    expect(variantSteps(plan).map((s) => [s.id, s.variantOf])).toEqual([
      ['opduwen-aangepast', 'stap-4-opduwen-in-buiklig'],
    ]);
    expect(nextStepOf(plan, 'stap-4-opduwen-in-buiklig')).toBeUndefined();
    expect(nextStepOf(plan, 'opduwen-aangepast')).toBeUndefined();
    const variant = variantSteps(plan)[0]!;
    expect(variant.instructions[0]).toMatch(lang === 'nl' ? /^Voor als / : /^For when /);
    expect(variant.instructions.join(' ')).not.toMatch(/Dit is vaak het geval|This is often the case/);
  });

  test.each(LANGUAGES)('%s: no name repeats itself, and a kenmerk equal to its title is hidden', (lang) => {
    const { plan } = content(lang);
    for (const step of plan.steps) {
      const name = stepName(step);
      const parts = name.split(': ').map((p) => p.toLowerCase());
      expect(new Set(parts).size, name).toBe(parts.length);
      expect(name.split(':').length, name).toBeLessThanOrEqual(2);
    }
    expect(plan.steps.filter((s) => showsKenmerk(s)).map((s) => s.id)).toEqual(['stap-2b-ontspannen']);
  });

  test.each(LANGUAGES)('%s: a sentence that carries a step name has no colon of its own', (lang) => {
    // These receive "Stap 3: Elleboogsteun" whole; a colon of their own would make "X: Y: Z".
    const carries = [
      locale(lang, 'plan').resumeRunning,
      locale(lang, 'learn').exercises.inPlan,
      locale(lang, 'diary').print.currentStep,
      locale(lang, 'diary').log.stepBack,
    ] as string[];
    for (const template of carries) expect(template.replace('{{label}}', '').replace('{{name}}', '')).not.toMatch(/:/);
    // Templates that put "{{label}}: {{title}}" together add no colon before it.
    for (const { where, text } of allTexts(lang)) {
      if (!text.includes('{{label}}: {{title}}')) continue;
      expect(text.replace('{{label}}: {{title}}', ''), where).not.toMatch(/:/);
    }
  });

  test.each(LANGUAGES)('%s: the review page and its panel have different headings', (lang) => {
    const { review } = locale(lang, 'diary');
    expect(review.pageHeading).not.toBe(review.toPage);
    expect(review.pageHeading).not.toBe(review.title);
  });

  test('step 4 says when to stop and where to go back to, with its own source', () => {
    const step4 = content('nl').plan.steps.find((s) => s.id === 'stap-4-opduwen-in-buiklig')!;
    const note = step4.notes![0]!;
    expect(note.source).toBe('mckenzie-tyob');
    expect(note.paragraphs!.join(' ')).toMatch(/midden in de rug mag .*even toenemen/);
    expect(note.paragraphs!.join(' ')).toMatch(/verder het been in.*na de oefening erger.*terug naar stap 2a/);
    const en = content('en').plan.steps.find((s) => s.id === 'stap-4-opduwen-in-buiklig')!;
    expect(en.notes![0]!.paragraphs).toContain('Keep your hips on the floor.');
  });
});

describe('plain Dutch with "u", and no declaration to go on', () => {
  test('no "je", "jij", "jouw" or "jullie" in any Dutch text', () => {
    const found = allTexts('nl').filter(({ text }) => /\b(je|jij|jou|jouw|jullie)\b/i.test(text));
    expect(found).toEqual([]);
  });

  test.each(LANGUAGES)(
    '%s: the first-start button says the list was read, never that there are no symptoms',
    (lang) => {
      const button: string = locale(lang, 'safety').firstStart.continue;
      expect(button).toBe(
        lang === 'nl'
          ? 'Ik heb de lijst gelezen: naar het stappenplan'
          : 'I have read the list: to the step-by-step plan',
      );
      const declaration = /geen van deze|none of these|ik heb geen|i have no|geen klachten|no symptoms|heb ik niet/i;
      expect(allTexts(lang).filter(({ text }) => declaration.test(text))).toEqual([]);
    },
  );

  test('the start page ends its disclaimer on calling the huisarts, and asks when to call', () => {
    const start = locale('nl', 'start');
    expect(start.disclaimer).toMatch(/ Twijfelt u\? Bel uw huisarts\.$/);
    expect(start.toAlarm).toBe('Alarmsignalen: wanneer moet u bellen?');
    expect(locale('en', 'start').disclaimer).toMatch(/ Not sure\? Call your GP\.$/);
  });

  test('the leaflet spellings are corrected in the app text', () => {
    const nl = allTexts('nl')
      .map((t) => t.text)
      .join('\n');
    for (const old of [
      'Derangement syndroom',
      'Derangement-Syndroom',
      'McKenzie concept',
      'a-specifiek',
      'Nieuw Zeeland',
      'zover mogelijk',
      'onderstaand',
    ])
      expect(nl).not.toContain(old);
    for (const right of ['Derangementsyndroom', 'McKenzie-concept', 'aspecifieke', 'Nieuw-Zeeland', 'zo ver mogelijk'])
      expect(nl).toContain(right);
    // The leaflet itself is kept as it is, for the fidelity test.
    const leaflet = readFileSync(path.join(root, 'content/source/zelfhulp-acute-rugklachten.txt'), 'utf8');
    for (const original of [
      'Derangement syndroom',
      'McKenzie concept',
      'a-specifieke',
      'Nieuw Zeeland',
      'zover mogelijk',
    ])
      expect(leaflet).toContain(original);
  });

  test('English: "step-by-step plan", "symptoms", "on your stomach", prednisolone', () => {
    const en = allTexts('en')
      .filter(({ where }) => !where.includes('sources.json'))
      .map((t) => t.text)
      .join('\n');
    expect(en).not.toMatch(/(?<!by-)\bstep plan\b/i);
    expect(en).not.toMatch(/\bcomplaints?\b/i);
    expect(en).not.toMatch(/\bbelly\b/i);
    expect(en).toContain('prednisolone');
    expect(en).not.toMatch(/\bprednisone\b/);
  });

  test('the McKenzie and syndrome pages open with "In gewone woorden" / "In plain words"', () => {
    for (const [lang, title] of [
      ['nl', 'In gewone woorden'],
      ['en', 'In plain words'],
    ] as const) {
      expect(content(lang).advice.mckenzie.plainWords.title).toBe(title);
      expect(json(`content/${lang}/syndromes.json`).plainWords.title).toBe(title);
    }
  });
});

describe('what a physiotherapist adds', () => {
  test('exercises 5 to 7 bend forward and carry the note: not in the plan, only with a physiotherapist', () => {
    for (const lang of LANGUAGES) {
      const { exercises, flexionNote } = content(lang).exercises;
      expect(exercises.filter((e) => e.direction === 'flexion').map((e) => e.number)).toEqual([5, 6, 7]);
      expect(flexionNote.paragraphs!.join(' ')).toMatch(
        lang === 'nl'
          ? /niet bij het stappenplan.*fysiotherapeut/
          : /not part of the step-by-step plan.*physiotherapist/,
      );
    }
  });

  test.each(LANGUAGES)(
    '%s: each addition with its source, and the after-recovery advice under its stable id',
    (lang) => {
      const { advice } = content(lang);
      expect(advice.selfCare.map((s) => [s.id, s.source])).toEqual([
        ['pijn-is-geen-schade', 'nhg-2017-lagerugpijn'],
        ['werk-en-bedrijfsarts', 'nhg-2017-lagerugpijn'],
        ['fysiotherapeut-zonder-verwijzing', 'kngf-2021'],
        ['slapen', 'nhs-back-pain'],
        ['zitten', 'mckenzie-tyob'],
        ['warmte', 'nhs-back-pain'],
      ]);
      expect(advice.afterRecovery).toMatchObject({ id: 'na-herstel', source: 'steffens-2016' });
    },
  );

  test('the Dutch additions say it the way the facts allow', () => {
    const { advice } = content('nl');
    const text = (id: string) => advice.selfCare.find((s) => s.id === id)!.paragraphs!.join(' ');
    expect(text('pijn-is-geen-schade')).toMatch(/niet dat uw rug beschadigd is.*scan.*niet nodig/);
    expect(text('werk-en-bedrijfsarts')).toMatch(/bedrijfsarts/);
    expect(text('fysiotherapeut-zonder-verwijzing')).toMatch(/zonder verwijzing/);
    expect(text('slapen')).toMatch(/kan prettig zijn/);
    expect(text('zitten')).toMatch(/opgerolde handdoek.*elk half uur op en buig een paar keer achterover/);
    expect(advice.afterRecovery.paragraphs!.join(' ')).toMatch(/blijf .*bewegen en oefenen.*minder kans/i);
  });

  test('what to expect gives the KNGF figures, not "90 % in six weeks"', () => {
    const course = content('nl').about.course.paragraphs!.join(' ');
    expect(course).toMatch(/ongeveer een kwart/);
    expect(course).toMatch(/7 van de 10.*9 van de 10/);
    expect(course).not.toMatch(/90 ?%|90 procent|zes weken/);
  });
});
