// UI strings are bundled, not fetched, so every screen has its text offline from the first paint.
import nlCommon from './locales/nl/common.json';
import nlStart from './locales/nl/start.json';
import nlPlan from './locales/nl/plan.json';
import nlLearn from './locales/nl/learn.json';
import nlSafety from './locales/nl/safety.json';
import nlPwa from './locales/nl/pwa.json';
import nlPictures from './locales/nl/pictures.json';
import nlReminder from './locales/nl/reminder.json';
import nlDiary from './locales/nl/diary.json';
import nlSettings from './locales/nl/settings.json';
import nlCues from './locales/nl/cues.json';
import nlGlance from './locales/nl/glance.json';
import enCommon from './locales/en/common.json';
import enStart from './locales/en/start.json';
import enPlan from './locales/en/plan.json';
import enLearn from './locales/en/learn.json';
import enSafety from './locales/en/safety.json';
import enPwa from './locales/en/pwa.json';
import enPictures from './locales/en/pictures.json';
import enReminder from './locales/en/reminder.json';
import enDiary from './locales/en/diary.json';
import enSettings from './locales/en/settings.json';
import enCues from './locales/en/cues.json';
import enGlance from './locales/en/glance.json';

import { languages, type Language } from './languages';
export { languages, type Language };

/** Dutch is the source: its shape is the type every other language must fill. */
export const nlResources = {
  common: nlCommon,
  start: nlStart,
  plan: nlPlan,
  learn: nlLearn,
  safety: nlSafety,
  pwa: nlPwa,
  pictures: nlPictures,
  reminder: nlReminder,
  diary: nlDiary,
  settings: nlSettings,
  cues: nlCues,
  // The start page's cards from the reminder and the diary: their few strings, without the whole namespaces.
  glance: nlGlance,
};

export const resources = {
  nl: nlResources,
  en: {
    common: enCommon,
    start: enStart,
    plan: enPlan,
    learn: enLearn,
    safety: enSafety,
    pwa: enPwa,
    pictures: enPictures,
    reminder: enReminder,
    diary: enDiary,
    settings: enSettings,
    cues: enCues,
    glance: enGlance,
  },
} satisfies Record<Language, Record<keyof typeof nlResources, object>>;

export const namespaces = Object.keys(nlResources) as (keyof typeof nlResources)[];
