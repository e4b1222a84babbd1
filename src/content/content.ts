/**
 * The validated content, typed by the schema. The JSON is checked at build time (content-check
 * plugin) and in the tests, so the app trusts it here and ships no schema library.
 *
 * Each part of each language is its own small chunk, loaded when a screen first reads it: the start
 * page needs the intro and the sources, not the whole leaflet twice over (issue 9: the start page's
 * first load must stay under 100 KiB). The service worker precaches every chunk, so offline nothing
 * changes.
 */
import type { About, Advice, Exercises, Intro, Plan, Sources, Syndromes, Warnings } from './schema';

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

export type ContentPart = keyof Content;
export type ContentLanguage = 'nl' | 'en';

export const contentParts: readonly ContentPart[] = [
  'sources',
  'intro',
  'plan',
  'warnings',
  'advice',
  'syndromes',
  'exercises',
  'about',
];
export const contentLanguages: readonly ContentLanguage[] = ['nl', 'en'];

// One lazy chunk per file: `content/<language>/<part>.json`.
const loaders = import.meta.glob<unknown>('../../content/*/*.json', { import: 'default' });

// A promise that says how it ended, as React's `use` reads it: `use` returns a fulfilled one at once,
// without suspending. Each part has one such promise for the life of the page.
type Tracked = Promise<unknown> & { status?: 'fulfilled'; value?: unknown };
const cache = new Map<string, Tracked>();

/** Loads one part of one language's content, once: every call returns the same promise. */
export function loadContentPart<P extends ContentPart>(language: ContentLanguage, part: P): Promise<Content[P]> {
  const key = `../../content/${language}/${part}.json`;
  let tracked = cache.get(key);
  if (!tracked) {
    const load = loaders[key];
    if (!load) return Promise.reject(new Error(`No content file ${key}`));
    const promise: Tracked = load().then(
      (value) => {
        Object.assign(promise, { status: 'fulfilled', value });
        return value;
      },
      (error: unknown) => {
        cache.delete(key); // a failed load (e.g. an old chunk gone after an update) may be tried again
        throw error;
      },
    );
    cache.set(key, promise);
    tracked = promise;
  }
  return tracked as Promise<Content[P]>;
}

/** A part that has loaded already, or undefined. */
export function loadedContentPart<P extends ContentPart>(language: ContentLanguage, part: P): Content[P] | undefined {
  const tracked = cache.get(`../../content/${language}/${part}.json`);
  return tracked?.status === 'fulfilled' ? (tracked.value as Content[P]) : undefined;
}

/** Loads every part of a language, e.g. before switching to it so no screen has to wait. */
export async function loadContent(language: ContentLanguage): Promise<Content> {
  const values = await Promise.all(contentParts.map((part) => loadContentPart(language, part)));
  return Object.fromEntries(contentParts.map((part, i) => [part, values[i]])) as unknown as Content;
}
