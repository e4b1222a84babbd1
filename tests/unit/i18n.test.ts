import { describe, expect, test } from 'vitest';
import { languageFromBrowser } from '../../src/i18n/i18n';
import { resources } from '../../src/i18n/resources';

/** Every key path of a nested strings object, with its value. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

describe('UI strings', () => {
  const nl = flatten(resources.nl);
  const en = flatten(resources.en);

  test('every key exists in both languages', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
  });

  test('no string is empty, and interpolations match between languages', () => {
    const placeholders = (s: unknown) => [...String(s).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of nl) {
      expect({ key, nl: typeof value === 'string' && value.trim().length > 0 }).toEqual({ key, nl: true });
      const other = en.get(key);
      expect({ key, en: typeof other === 'string' && other.trim().length > 0 }).toEqual({ key, en: true });
      expect({ key, placeholders: placeholders(other) }).toEqual({ key, placeholders: placeholders(value) });
    }
  });
});

describe('language from the browser', () => {
  test('English browsers get English, every other language Dutch', () => {
    expect(languageFromBrowser(['en-GB', 'nl'])).toBe('en');
    expect(languageFromBrowser(['en'])).toBe('en');
    expect(languageFromBrowser(['nl-NL'])).toBe('nl');
    expect(languageFromBrowser(['de-DE', 'en'])).toBe('nl');
    expect(languageFromBrowser([])).toBe('nl');
  });
});
