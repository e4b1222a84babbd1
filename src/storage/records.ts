/**
 * What the app saves: one RecordSpec per key, each with its version, validator and default.
 * Validators accept extra fields (so a record written by a slightly newer build still loads)
 * but reject wrong types, out-of-range numbers and impossible dates.
 */
import { DEFAULT_WAKING_WINDOW, parseWakingWindow } from '../schedule/waking-window';
import { storageKeys } from './keys';
import type { RecordSpec } from './record-store';
import {
  isArrayOf,
  isIntegerInRange,
  isIsoDateTime,
  isNonEmptyString,
  isNumberInRange,
  isObject,
  isOneOf,
  isOptional,
  isTimeOfDay,
} from './validators';

// ---------- settings ----------

export const LANGUAGES = ['nl', 'en'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['normal', 'large', 'extra-large'] as const;
/** Allowed hold time in seconds; the leaflet's default is three minutes. */
export const HOLD_SECONDS = { min: 10, max: 1800, default: 180 } as const;

/** The user's preferences. `language` is absent until the user picks one (the browser's is used). */
export interface Settings {
  language?: (typeof LANGUAGES)[number];
  theme: (typeof THEMES)[number];
  textSize: (typeof TEXT_SIZES)[number];
  sound: boolean;
  speech: boolean;
  vibration: boolean;
  holdSeconds: number;
  firstStartSeen: boolean;
}

/** True for a valid Settings value. */
export function isSettings(value: unknown): value is Settings {
  return (
    isObject(value) &&
    isOptional(value.language, (v) => isOneOf(v, LANGUAGES)) &&
    isOneOf(value.theme, THEMES) &&
    isOneOf(value.textSize, TEXT_SIZES) &&
    typeof value.sound === 'boolean' &&
    typeof value.speech === 'boolean' &&
    typeof value.vibration === 'boolean' &&
    isNumberInRange(value.holdSeconds, HOLD_SECONDS.min, HOLD_SECONDS.max) &&
    typeof value.firstStartSeen === 'boolean'
  );
}

// ---------- plan progress ----------

export const PAIN_SIDES = ['left', 'right'] as const;
/** The first step of the stappenplan (content/nl/plan.json); the plan feature checks it against the content. */
export const FIRST_STEP_ID = 'stap-1-liggen';

/** Where the user is in the stappenplan. */
export interface PlanProgress {
  currentStepId: string;
  /** Pillows under the belly in step 2a, 0 to 5. */
  pillows?: number;
  painSide?: (typeof PAIN_SIDES)[number];
}

/** True for a valid PlanProgress value. */
export function isPlanProgress(value: unknown): value is PlanProgress {
  return (
    isObject(value) &&
    isNonEmptyString(value.currentStepId) &&
    isOptional(value.pillows, (v) => isIntegerInRange(v, 0, 5)) &&
    isOptional(value.painSide, (v) => isOneOf(v, PAIN_SIDES))
  );
}

// ---------- sessions ----------

/** One finished exercise session. */
export interface Session {
  id: string;
  stepId: string;
  startedAt: string;
  finishedAt: string;
  repetitions?: number;
  holdSeconds?: number;
  /**
   * What the round aimed at: repetitions, or seconds of a hold. A round stopped early records less
   * than this and is shown as shorter ("2 van 10"). Absent in rounds recorded before it was kept.
   */
  planned?: number;
  /** The episode of back pain the round belongs to; absent (saved before episodes existed) means 1. */
  episode?: number;
}

/** True for a valid Session. */
export function isSession(value: unknown): value is Session {
  return (
    isObject(value) &&
    isNonEmptyString(value.id) &&
    isNonEmptyString(value.stepId) &&
    isIsoDateTime(value.startedAt) &&
    // No "finished after started" rule: a clock change must not make the whole history unreadable.
    isIsoDateTime(value.finishedAt) &&
    isOptional(value.repetitions, (v) => isIntegerInRange(v, 0, 10_000)) &&
    isOptional(value.holdSeconds, (v) => isNumberInRange(v, 0, 24 * 60 * 60)) &&
    isOptional(value.planned, (v) => isNumberInRange(v, 0, 24 * 60 * 60)) &&
    isOptional(value.episode, isEpisodeNumber)
  );
}

// ---------- reminder ----------

export const REMINDER_STATES = ['off', 'on', 'paused'] as const;

/** The two-hourly reminder: a deadline (never a countdown) and the hours it may sound. */
export interface Reminder {
  state: (typeof REMINDER_STATES)[number];
  nextDueAt?: string;
  wakeFrom: string;
  wakeUntil: string;
}

/**
 * True for a valid Reminder. The waking window must be one the reminder page accepts
 * (parseWakingWindow): it may not end before it starts (a window across midnight is almost always
 * the two fields swapped, and the page says so), so a saved window can always be used as it is.
 */
export function isReminder(value: unknown): value is Reminder {
  return (
    isObject(value) &&
    isOneOf(value.state, REMINDER_STATES) &&
    isOptional(value.nextDueAt, isIsoDateTime) &&
    isTimeOfDay(value.wakeFrom) &&
    isTimeOfDay(value.wakeUntil) &&
    parseWakingWindow(value.wakeFrom, value.wakeUntil).ok
  );
}

// ---------- active exercise ----------

export const EXERCISE_KINDS = ['hold', 'repetitions', 'breathing'] as const;

/** The exercise in progress, saved so a reload or a phone call does not lose the timer. */
export interface RunningExercise {
  stepId: string;
  kind: (typeof EXERCISE_KINDS)[number];
  startedAt: string;
  durationMs?: number;
  pausedAt?: string;
  pausedTotalMs: number;
  count?: number;
}

/** Null when no exercise is running. */
export type ActiveExercise = RunningExercise | null;

/** True for a valid ActiveExercise (null included). */
export function isActiveExercise(value: unknown): value is ActiveExercise {
  if (value === null) return true;
  return (
    isObject(value) &&
    isNonEmptyString(value.stepId) &&
    isOneOf(value.kind, EXERCISE_KINDS) &&
    isIsoDateTime(value.startedAt) &&
    isOptional(value.durationMs, (v) => isNumberInRange(v, 0, Number.MAX_SAFE_INTEGER)) &&
    isOptional(value.pausedAt, isIsoDateTime) &&
    isNumberInRange(value.pausedTotalMs, 0, Number.MAX_SAFE_INTEGER) &&
    isOptional(value.count, (v) => isIntegerInRange(v, 0, 10_000))
  );
}

// ---------- diary ----------

export const PAIN_LOCATIONS = ['midden', 'een-kant', 'bil', 'bovenbeen', 'onderbeen', 'voet'] as const;
export const PAIN_MOMENTS = ['before', 'after', 'any'] as const;
/** Longest note kept with a diary entry. */
export const NOTE_MAX_LENGTH = 500;

/** One pain score. `location` is where the pain reaches furthest (centralisation is the goal). */
export interface DiaryEntry {
  id: string;
  at: string;
  pain: number;
  location: (typeof PAIN_LOCATIONS)[number];
  moment: (typeof PAIN_MOMENTS)[number];
  sessionId?: string;
  note?: string;
  /** The episode of back pain the value belongs to; absent (saved before episodes existed) means 1. */
  episode?: number;
}

/** The field of a would-be diary entry that is wrong (`entry` when it is not an object at all). */
export type DiaryField = 'entry' | 'id' | 'at' | 'pain' | 'location' | 'moment' | 'sessionId' | 'note' | 'episode';

/**
 * The first thing wrong with a would-be diary entry, or undefined for a valid one. The one check of
 * a diary entry: storage reads with it (isDiaryEntry) and the backup import names the field with it.
 */
export function diaryEntryProblem(value: unknown): DiaryField | undefined {
  if (!isObject(value)) return 'entry';
  if (!isNonEmptyString(value.id)) return 'id';
  if (!isIsoDateTime(value.at)) return 'at';
  if (!isIntegerInRange(value.pain, 0, 10)) return 'pain';
  if (!isOneOf(value.location, PAIN_LOCATIONS)) return 'location';
  if (!isOneOf(value.moment, PAIN_MOMENTS)) return 'moment';
  if (!isOptional(value.sessionId, isNonEmptyString)) return 'sessionId';
  if (!isOptional(value.note, (v): v is string => typeof v === 'string' && v.length <= NOTE_MAX_LENGTH)) return 'note';
  if (!isOptional(value.episode, isEpisodeNumber)) return 'episode';
  return undefined;
}

/** True for a valid DiaryEntry (pain is a whole number 0 to 10). */
export function isDiaryEntry(value: unknown): value is DiaryEntry {
  return diaryEntryProblem(value) === undefined;
}

// ---------- contacts ----------

/** Phone numbers the user entered for their GP and the out-of-hours GP post. */
export interface Contacts {
  huisarts?: string;
  huisartsenpost?: string;
}

/** True for valid Contacts (free text: people write numbers in many ways). */
export function isContacts(value: unknown): value is Contacts {
  const isPhoneText = (v: unknown): v is string => typeof v === 'string' && v.length <= 100;
  return isObject(value) && isOptional(value.huisarts, isPhoneText) && isOptional(value.huisartsenpost, isPhoneText);
}

// ---------- diary review ----------

/** When the two-day review and "En verder" were last put away (absolute times; the review returns a day later). */
export interface DiaryReview {
  dismissedAt?: string;
  enVerderSeenAt?: string;
  /** When the "save a copy" card on the diary page was put away. */
  exportHintDismissedAt?: string;
}

/** True for a valid DiaryReview. */
export function isDiaryReview(value: unknown): value is DiaryReview {
  return (
    isObject(value) &&
    isOptional(value.dismissedAt, isIsoDateTime) &&
    isOptional(value.enVerderSeenAt, isIsoDateTime) &&
    isOptional(value.exportHintDismissedAt, isIsoDateTime)
  );
}

// ---------- episodes ----------

/** Episode numbers count from 1; far more than anyone's episodes, small enough to be plainly ours. */
export const MAX_EPISODE = 1000;

/** True for an episode number: a whole number from 1 to MAX_EPISODE. */
export function isEpisodeNumber(value: unknown): value is number {
  return isIntegerInRange(value, 1, MAX_EPISODE);
}

/**
 * One episode of back pain. The first has no `startedAt`: it began whenever the app was first used.
 * `endedAt` is set by "Mijn rug is weer goed"; only the last episode can still be going on.
 */
export interface Episode {
  number: number;
  startedAt?: string;
  endedAt?: string;
}

/** True for a valid Episode. */
export function isEpisode(value: unknown): value is Episode {
  return (
    isObject(value) &&
    isEpisodeNumber(value.number) &&
    isOptional(value.startedAt, isIsoDateTime) &&
    isOptional(value.endedAt, isIsoDateTime)
  );
}

/** True for the list of episodes: at least one, numbered upwards without repeats (the last is the current one). */
export function isEpisodeList(value: unknown): value is Episode[] {
  return (
    isArrayOf(value, isEpisode) &&
    value.length > 0 &&
    value.every((episode, i) => i === 0 || episode.number > value[i - 1]!.number)
  );
}

/** The episode new diary values and rounds belong to: the last one (also when it has ended). */
export function currentEpisode(episodes: readonly Episode[]): Episode {
  return episodes[episodes.length - 1] ?? { number: 1 };
}

/** The episode a diary value or round belongs to; one saved before episodes existed belongs to the first. */
export function episodeOf(item: { episode?: number }): number {
  return item.episode ?? 1;
}

// ---------- the specs ----------

/**
 * Salvage for a list record: keeps the items that pass `isItem` and hands back the others, so one
 * damaged diary entry is set aside on its own and the rest of the diary still shows.
 */
export function salvageList<T>(isItem: (item: unknown) => item is T) {
  return (data: unknown): { kept: T[]; rejected: unknown[] } | undefined => {
    if (!Array.isArray(data)) return undefined;
    const kept: T[] = [];
    const rejected: unknown[] = [];
    for (const item of data as unknown[]) {
      if (isItem(item)) kept.push(item);
      else rejected.push(item);
    }
    return { kept, rejected };
  };
}

/** Every saved record, by name: pass one to `useStored` or to the store's read/write. */
export const records = {
  settings: {
    key: storageKeys.settings,
    version: 1,
    validate: isSettings,
    fallback: (): Settings => ({
      theme: 'system',
      textSize: 'normal',
      sound: true,
      speech: false,
      vibration: true,
      holdSeconds: HOLD_SECONDS.default,
      firstStartSeen: false,
    }),
  } satisfies RecordSpec<Settings>,
  planProgress: {
    key: storageKeys.planProgress,
    version: 1,
    validate: isPlanProgress,
    fallback: (): PlanProgress => ({ currentStepId: FIRST_STEP_ID }),
  } satisfies RecordSpec<PlanProgress>,
  sessions: {
    key: storageKeys.sessions,
    version: 1,
    validate: (value: unknown): value is Session[] => isArrayOf(value, isSession),
    salvage: salvageList(isSession),
    fallback: (): Session[] => [],
  } satisfies RecordSpec<Session[]>,
  reminder: {
    key: storageKeys.reminder,
    version: 1,
    validate: isReminder,
    // The same default the schedule uses (08:00–22:00, as in the issue): one source for both.
    fallback: (): Reminder => ({
      state: 'off',
      wakeFrom: DEFAULT_WAKING_WINDOW.from,
      wakeUntil: DEFAULT_WAKING_WINDOW.until,
    }),
  } satisfies RecordSpec<Reminder>,
  activeExercise: {
    key: storageKeys.activeExercise,
    version: 1,
    validate: isActiveExercise,
    fallback: (): ActiveExercise => null,
  } satisfies RecordSpec<ActiveExercise>,
  diary: {
    key: storageKeys.diary,
    version: 1,
    validate: (value: unknown): value is DiaryEntry[] => isArrayOf(value, isDiaryEntry),
    salvage: salvageList(isDiaryEntry),
    fallback: (): DiaryEntry[] => [],
  } satisfies RecordSpec<DiaryEntry[]>,
  contacts: {
    key: storageKeys.contacts,
    version: 1,
    validate: isContacts,
    fallback: (): Contacts => ({}),
  } satisfies RecordSpec<Contacts>,
  diaryReview: {
    key: storageKeys.diaryReview,
    version: 1,
    validate: isDiaryReview,
    fallback: (): DiaryReview => ({}),
  } satisfies RecordSpec<DiaryReview>,
  episodes: {
    key: storageKeys.episodes,
    version: 1,
    validate: isEpisodeList,
    // Nothing saved yet: everyone is in their first episode, whatever they saved before this existed.
    fallback: (): Episode[] => [{ number: 1 }],
  } satisfies RecordSpec<Episode[]>,
} as const;
