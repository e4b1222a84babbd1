/**
 * index.html's inline script (run here as the browser runs it, before anything else) and the mirror
 * the app writes for it: a new user is marked before the first paint, a returning one keeps the
 * chosen theme and text size, and broken or missing data never leaves the page unmarked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { languageFromBrowser } from '../../src/i18n/languages';
import { prePaintHintsKey, readPrePaintHints, writePrePaintHints } from '../../src/storage/pre-paint-hints';
import { records, type Settings } from '../../src/storage/records';

const indexHtml = readFileSync(path.resolve(import.meta.dirname, '../../index.html'), 'utf8');
const inlineScripts = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

/** Runs index.html's first inline script (in <head>) on a fresh <html>, and returns the marks it set. */
function runPrePaintScript() {
  const root = document.documentElement;
  for (const name of ['firstStart', 'theme', 'textSize']) delete root.dataset[name];
  root.lang = 'nl';
  expect(inlineScripts).toHaveLength(2);
  new Function(inlineScripts[0] ?? '')();
  return { firstStart: root.dataset.firstStart, theme: root.dataset.theme, textSize: root.dataset.textSize };
}

/** The page's language after the head script, for a browser whose languages are `browser`. */
function languageBeforePaint(browser: string[]): string {
  const spy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser);
  try {
    runPrePaintScript();
    return document.documentElement.lang;
  } finally {
    spy.mockRestore();
  }
}

/** Runs index.html's second inline script (after #root) on a prerendered page with a Dutch #root and (or without) an English template. */
function runSwapScript(lang: string, withEnglish = true) {
  document.title = 'Stappenplan · Rugplan';
  document.documentElement.lang = lang;
  document.body.replaceChildren();
  const root = Object.assign(document.createElement('div'), { id: 'root' });
  root.dataset.prerendered = '/stappenplan';
  root.append(Object.assign(document.createElement('h1'), { textContent: 'Stappenplan' }));
  const english = Object.assign(document.createElement('template'), { id: 'root-en' });
  english.setAttribute('data-title', 'Step-by-step plan · Rugplan');
  english.content.append(Object.assign(document.createElement('h1'), { textContent: 'Step-by-step plan' }));
  document.body.append(root, ...(withEnglish ? [english] : []));
  new Function(inlineScripts[1] ?? '')();
  return {
    heading: root.textContent,
    language: root.dataset.prerenderedLanguage,
    title: document.title,
    templateLeft: document.getElementById('root-en') !== null,
    lang: document.documentElement.lang,
  };
}

const settings = (changes: Partial<Settings>): Settings => ({ ...records.settings.fallback(), ...changes });

afterEach(() => localStorage.clear());

describe('before the first paint', () => {
  test('a first visit (no mirror) is marked as a new user, with the system theme', () => {
    expect(runPrePaintScript()).toEqual({ firstStart: 'pending', theme: undefined, textSize: undefined });
  });

  test('a returning user: no first-start mark, and the saved theme and text size from the first frame', () => {
    writePrePaintHints(settings({ firstStartSeen: true, theme: 'dark', textSize: 'extra-large' }));
    expect(runPrePaintScript()).toEqual({ firstStart: undefined, theme: 'dark', textSize: 'extra-large' });
  });

  test('a user who has not passed the first-start screen yet is still marked', () => {
    writePrePaintHints(settings({ firstStartSeen: false, textSize: 'large' }));
    expect(runPrePaintScript()).toMatchObject({ firstStart: 'pending', textSize: 'large' });
  });

  test('a broken mirror counts as a first visit, and the app does not trust it either', () => {
    localStorage.setItem(prePaintHintsKey, '{"firstStartSeen": tru');
    expect(runPrePaintScript().firstStart).toBe('pending');
    expect(readPrePaintHints()).toBeUndefined();
    localStorage.setItem(prePaintHintsKey, JSON.stringify({ firstStartSeen: true, theme: 'neon', textSize: 'normal' }));
    expect(readPrePaintHints()).toBeUndefined();
  });
});

describe('the language of the first paint', () => {
  test("the browser's: English for an English browser, Dutch for every other", () => {
    expect(languageBeforePaint(['en-GB', 'nl'])).toBe('en');
    expect(languageBeforePaint(['EN'])).toBe('en');
    expect(languageBeforePaint(['nl-NL', 'en'])).toBe('nl');
    expect(languageBeforePaint(['de-DE'])).toBe('nl');
    expect(languageBeforePaint([])).toBe('nl');
    // The same answer as the app's own rule, which the script cannot import.
    for (const browser of [['en-GB', 'nl'], ['EN'], ['nl-NL', 'en'], ['de-DE'], []])
      expect(languageBeforePaint(browser)).toBe(languageFromBrowser(browser));
  });

  test('the saved choice before the browser’s; a broken mirror falls back to the browser', () => {
    writePrePaintHints(settings({ language: 'nl', firstStartSeen: true }));
    expect(languageBeforePaint(['en-US'])).toBe('nl');
    writePrePaintHints(settings({ language: 'en', firstStartSeen: true }));
    expect(languageBeforePaint(['nl-NL'])).toBe('en');
    localStorage.setItem(prePaintHintsKey, JSON.stringify({ language: 'fr', firstStartSeen: true }));
    expect(languageBeforePaint(['en-US'])).toBe('en');
  });

  test('an English page moves the English rendering into #root, with its title, before the first paint', () => {
    expect(runSwapScript('en')).toEqual({
      heading: 'Step-by-step plan',
      language: 'en',
      title: 'Step-by-step plan · Rugplan',
      templateLeft: false,
      lang: 'en',
    });
  });

  test('a Dutch page keeps the Dutch rendering and drops the English one', () => {
    expect(runSwapScript('nl')).toEqual({
      heading: 'Stappenplan',
      language: undefined,
      title: 'Stappenplan · Rugplan',
      templateLeft: false,
      lang: 'nl',
    });
  });

  test('a page with only Dutch HTML stays Dutch on an English phone, and says so until React renders it in English', () => {
    expect(runSwapScript('en', false)).toEqual({
      heading: 'Stappenplan',
      language: undefined,
      title: 'Stappenplan · Rugplan',
      templateLeft: false,
      lang: 'nl',
    });
  });
});

describe('the mirror', () => {
  test('holds the language for main.tsx, and only the pre-paint fields', () => {
    writePrePaintHints(settings({ language: 'en', firstStartSeen: true, holdSeconds: 60 }));
    expect(readPrePaintHints()).toEqual({ language: 'en', theme: 'system', textSize: 'normal', firstStartSeen: true });
    expect(JSON.parse(localStorage.getItem(prePaintHintsKey) ?? '{}')).not.toHaveProperty('holdSeconds');
  });

  test('storage that refuses the write costs only the head start', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => writePrePaintHints(settings({ firstStartSeen: true }))).not.toThrow();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(runPrePaintScript().firstStart).toBe('pending');
  });
});
