/**
 * index.html's inline script (run here as the browser runs it, before anything else) and the mirror
 * the app writes for it: a new user is marked before the first paint, a returning one keeps the
 * chosen theme and text size, and broken or missing data never leaves the page unmarked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { prePaintHintsKey, readPrePaintHints, writePrePaintHints } from '../../src/storage/pre-paint-hints';
import { records, type Settings } from '../../src/storage/records';

const indexHtml = readFileSync(path.resolve(import.meta.dirname, '../../index.html'), 'utf8');
const inlineScripts = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

/** Runs index.html's inline script on a fresh <html>, and returns the marks it set. */
function runPrePaintScript() {
  const root = document.documentElement;
  for (const name of ['firstStart', 'theme', 'textSize']) delete root.dataset[name];
  expect(inlineScripts).toHaveLength(1);
  new Function(inlineScripts[0] ?? '')();
  return { firstStart: root.dataset.firstStart, theme: root.dataset.theme, textSize: root.dataset.textSize };
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
