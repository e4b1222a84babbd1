/**
 * The one schema for everything in `content/<lang>/*.json`.
 *
 * It runs at build time (the content-check Vite plugin) and in the tests, never in the browser:
 * the app imports only the inferred types, so zod stays out of the bundle.
 * Texts are plain strings (paragraphs or list items), never HTML or Markdown.
 */
import { z } from 'zod';

/** Stable kebab-case id, used in links, storage and the nl/en parity check. */
export const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9 and single hyphens)');

const text = z.string().trim().min(1, 'must not be empty');
const paragraphs = z.array(text).min(1, 'needs at least one paragraph');
const items = z.array(text).min(1, 'needs at least one item');

/** Where an item comes from: `leaflet`, or the id of an entry in sources.json. */
const source = id;

/** The pictures the app draws; every one must have an illustration in src/ui/pictures. */
export const pictureIds = [
  'supine-legs-on-chair',
  'prone-pillows',
  'prone-relaxed',
  'prone-elbows',
  'prone-press-up',
  'prone-press-up-shifted',
  'standing-extension',
  'supine-knees-to-chest',
  'sitting-flexion',
  'standing-flexion',
] as const;
export const pictureId = z.enum(pictureIds);

/** A titled piece of text: the building block of most content. */
export const section = z.strictObject({
  id,
  source,
  title: text,
  paragraphs: paragraphs.optional(),
  items: items.optional(),
  /** Text after the list, where the leaflet continues below it. */
  after: paragraphs.optional(),
});

export const sourcesFile = z.strictObject({
  sources: z
    .array(
      z.strictObject({
        id,
        /** Full citation as shown in "Over deze app". */
        title: text,
        /** Short name shown beside an item ("Bron: folder"). */
        short: text,
        year: z.number().int().min(1950).max(2100).optional(),
      }),
    )
    .min(1),
});

export const introFile = z.strictObject({
  /** The leaflet's title. */
  title: text,
  /** When this language's content was last checked against its sources (YYYY-MM-DD), shown in "Over deze app". */
  contentDate: z.iso.date('must be a date as YYYY-MM-DD'),
  intro: section,
});

const dose = z.strictObject({
  /** Short dose in the leaflet's words, shown in the overview ("10 keer, om de twee uur"). */
  summary: text,
  /** What the player guides: a posture to lie in, a hold, calm breathing or counted repetitions. */
  kind: z.enum(['posture', 'hold', 'breathing', 'repetitions']),
  /** App default for "een paar minuten" (the user can change it); not a leaflet figure. */
  holdMinutes: z.number().positive().max(30).optional(),
  repetitions: z.number().int().positive().max(50).optional(),
  /** "om de twee uur" */
  everyHours: z.number().positive().max(24).optional(),
});

export const planStep = z.strictObject({
  id,
  source,
  /** "Stap 1", "Stap 2a", … as in the leaflet. */
  label: text,
  /** The leaflet's exercise number in its table ("Oefening: 3"). */
  exerciseNumber: z.number().int().min(1).max(6),
  /** The leaflet's "Kenmerk" column. */
  kenmerk: text,
  title: text,
  instructions: paragraphs,
  dose,
  picture: pictureId,
  /** Step to go back to when there are too many complaints during this one. */
  backTo: id.optional(),
  /** True for the adapted press-up: the picture follows the side of the pain. */
  sided: z.boolean().optional(),
});

export const planFile = z.strictObject({
  id,
  source,
  title: text,
  paragraphs: paragraphs.optional(),
  steps: z.array(planStep).length(6, 'the stappenplan has exactly six steps'),
});

export const warningsFile = z.strictObject({
  aandachtspunten: z.strictObject({
    id,
    source,
    title: text,
    paragraphs,
    possibilities: z
      .array(
        section.extend({
          /** A plan step this possibility points to. */
          step: id.optional(),
        }),
      )
      .length(2),
  }),
  /** Rules from the leaflet that apply during the exercises (go back a step, stop). */
  stopRules: z.array(section).min(1),
  alarm: z.strictObject({
    id,
    source,
    title: text,
    paragraphs,
    groups: z
      .array(
        z.strictObject({
          id,
          urgency: z.enum(['emergency', 'today', 'days']),
          title: text,
          /** What to do, in one sentence. */
          action: text,
          symptoms: z.array(z.strictObject({ id, source, text })).min(1),
        }),
      )
      .length(3),
    /** The closing note (one feature alone, niet-pluisgevoel). */
    note: section,
  }),
  disclaimer: section,
});

export const adviceFile = z.strictObject({
  enVerder: section,
  mckenzie: z.strictObject({
    concept: section,
    patroonherkenning: section,
    centralisatie: section,
  }),
  /** Shown when the user ends an episode ("Mijn rug is weer goed"); each part names its own source. */
  naHerstel: z.strictObject({
    id,
    title: text,
    sections: z.array(section).min(1),
  }),
});

export const syndromesFile = z.strictObject({
  id,
  source,
  title: text,
  items,
  syndromes: z
    .array(
      z.strictObject({
        id,
        source,
        number: z.number().int().min(1).max(3),
        name: text,
        paragraphs: paragraphs.optional(),
        kenmerken: items,
        therapie: items,
        /** Text after the therapy, where the leaflet has it. */
        after: paragraphs.optional(),
      }),
    )
    .length(3),
});

export const exercisesFile = z.strictObject({
  id,
  source,
  title: text,
  paragraphs,
  /** "Enkele McKenzie oefeningen:" */
  listTitle: text,
  exercises: z
    .array(
      z.strictObject({
        id,
        source,
        number: z.number().int().min(1).max(7),
        /** Each line of the leaflet's description. */
        lines: items,
        direction: z.enum(['extension', 'flexion']),
        picture: pictureId,
        /** The stappenplan step with the same posture, if any. */
        step: id.optional(),
      }),
    )
    .length(7),
});

/** Additions from clinical-facts.md for "Over deze app" and "Over McKenzie". */
export const aboutFile = z.strictObject({
  whatItIs: section,
  course: section,
  evidence: section,
  centralisationFacts: section,
  privacy: section,
});

/** Every content file, by name, with its schema. One table drives the build check and the tests. */
export const contentFiles = {
  'sources.json': sourcesFile,
  'intro.json': introFile,
  'plan.json': planFile,
  'warnings.json': warningsFile,
  'advice.json': adviceFile,
  'syndromes.json': syndromesFile,
  'exercises.json': exercisesFile,
  'about.json': aboutFile,
} as const;

export type ContentFileName = keyof typeof contentFiles;
export type Section = z.infer<typeof section>;
export type PictureId = z.infer<typeof pictureId>;
export type PlanStep = z.infer<typeof planStep>;
export type Sources = z.infer<typeof sourcesFile>;
export type Intro = z.infer<typeof introFile>;
export type Plan = z.infer<typeof planFile>;
export type Warnings = z.infer<typeof warningsFile>;
export type Advice = z.infer<typeof adviceFile>;
export type Syndromes = z.infer<typeof syndromesFile>;
export type Exercises = z.infer<typeof exercisesFile>;
export type About = z.infer<typeof aboutFile>;
export type AlarmGroup = Warnings['alarm']['groups'][number];
export type Exercise = Exercises['exercises'][number];
export type Syndrome = Syndromes['syndromes'][number];
