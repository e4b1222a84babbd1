/**
 * The validated content, typed by the schema. The JSON is checked at build time (content-check
 * plugin) and in the tests, so the app trusts it here and ships no schema library.
 */
import type { About, Advice, Exercises, Intro, Plan, Sources, Syndromes, Warnings } from './schema';
import nlSources from '../../content/nl/sources.json';
import nlIntro from '../../content/nl/intro.json';
import nlPlan from '../../content/nl/plan.json';
import nlWarnings from '../../content/nl/warnings.json';
import nlAdvice from '../../content/nl/advice.json';
import nlSyndromes from '../../content/nl/syndromes.json';
import nlExercises from '../../content/nl/exercises.json';
import nlAbout from '../../content/nl/about.json';
import enSources from '../../content/en/sources.json';
import enIntro from '../../content/en/intro.json';
import enPlan from '../../content/en/plan.json';
import enWarnings from '../../content/en/warnings.json';
import enAdvice from '../../content/en/advice.json';
import enSyndromes from '../../content/en/syndromes.json';
import enExercises from '../../content/en/exercises.json';
import enAbout from '../../content/en/about.json';

export interface Content {
  sources: Sources;
  intro: Intro;
  plan: Plan;
  warnings: Warnings;
  advice: Advice;
  syndromes: Syndromes;
  exercises: Exercises;
  about: About;
}

const nl: Content = {
  sources: nlSources,
  intro: nlIntro,
  plan: nlPlan as Plan,
  warnings: nlWarnings as Warnings,
  advice: nlAdvice,
  syndromes: nlSyndromes,
  exercises: nlExercises as Exercises,
  about: nlAbout,
};

const en: Content = {
  sources: enSources,
  intro: enIntro,
  plan: enPlan as Plan,
  warnings: enWarnings as Warnings,
  advice: enAdvice,
  syndromes: enSyndromes,
  exercises: enExercises as Exercises,
  about: enAbout,
};

export const contentByLanguage = { nl, en } as const;
