/** Every key the app saves under, in one place, so no two features can collide or drift apart. */
export const storageKeys = {
  settings: 'settings',
  planProgress: 'plan-progress',
  sessions: 'sessions',
  reminder: 'reminder',
  activeExercise: 'active-exercise',
  diary: 'diary',
  contacts: 'contacts',
  diaryReview: 'diary-review',
  episodes: 'episodes',
} as const;

/** One of the keys in `storageKeys`. */
export type StorageKey = (typeof storageKeys)[keyof typeof storageKeys];

/** Prefix of the keys that hold records moved aside because they could not be read. */
export const SET_ASIDE_PREFIX = 'set-aside:';

/** Where a record that failed to load is kept: `set-aside:<key>:<ISO time>`. */
export function setAsideKey(key: StorageKey, at: string): string {
  return `${SET_ASIDE_PREFIX}${key}:${at}`;
}

/** True for a string that is one of the keys in `storageKeys` (messages from other tabs are untrusted). */
export function isStorageKey(value: unknown): value is StorageKey {
  return typeof value === 'string' && (Object.values(storageKeys) as string[]).includes(value);
}
