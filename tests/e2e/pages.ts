import { readFileSync } from 'node:fs';
import path from 'node:path';
import { paths } from '../../src/routing/paths';
import type { Plan, Warnings } from '../../src/content/schema';
import { root } from './browser';

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;
}

const plan = readJson<Plan>('content/nl/plan.json');
const warnings = readJson<Warnings>('content/nl/warnings.json');
const common = readJson<{ more: { title: string } }>('src/i18n/locales/nl/common.json');
const planUi = readJson<{ overview: { title: string } }>('src/i18n/locales/nl/plan.json');
const learn = readJson<{
  aandachtspunten: { title: string };
  mckenzie: { title: string };
  exercises: { title: string };
}>('src/i18n/locales/nl/learn.json');
const safety = readJson<{ about: { title: string }; contacts: { title: string } }>('src/i18n/locales/nl/safety.json');
const start = readJson<{ title: string }>('src/i18n/locales/nl/start.json');
const reminderUi = readJson<{ page: { title: string } }>('src/i18n/locales/nl/reminder.json');
const diary = readJson<{
  title: string;
  log: { title: string; titleBefore: string; titleAfter: string };
  review: { toPage: string };
  data: { title: string };
  print: { title: string };
  episode: { title: string };
}>('src/i18n/locales/nl/diary.json');
const settings = readJson<{ title: string }>('src/i18n/locales/nl/settings.json');

/** Every address of the app with the Dutch heading a user must see there. */
export const appPages: { path: string; heading: string }[] = [
  { path: paths.start, heading: start.title },
  { path: paths.plan, heading: planUi.overview.title },
  ...plan.steps.map((step) => ({ path: paths.step(step.id), heading: `${step.label}: ${step.title}` })),
  { path: paths.aandachtspunten, heading: learn.aandachtspunten.title },
  { path: paths.mckenzie, heading: learn.mckenzie.title },
  { path: paths.exercises, heading: learn.exercises.title },
  { path: paths.alarm, heading: warnings.alarm.title },
  { path: paths.about, heading: safety.about.title },
  { path: paths.more, heading: common.more.title },
  { path: paths.contacts, heading: safety.contacts.title },
  { path: paths.reminder, heading: reminderUi.page.title },
  { path: paths.diary, heading: diary.title },
  { path: paths.diaryLog, heading: diary.log.title },
  { path: paths.diaryBefore(plan.steps[0]!.id), heading: diary.log.titleBefore },
  { path: paths.diaryAfterPage, heading: diary.log.titleAfter },
  { path: paths.diaryReview, heading: diary.review.toPage },
  { path: paths.diaryData, heading: diary.data.title },
  { path: paths.diaryPrint, heading: diary.print.title },
  { path: paths.diaryEpisode, heading: diary.episode.title },
  { path: paths.settings, heading: settings.title },
];
