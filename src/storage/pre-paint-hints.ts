/**
 * The few settings the first paint needs, mirrored into localStorage. IndexedDB (the real store)
 * answers only asynchronously, after the prerendered page has been painted; index.html's inline
 * script reads this mirror synchronously in <head>, so a new user sees the first-start screen at once
 * instead of the start page being replaced by it, and the chosen theme and text size hold from the
 * first frame. The mirror is a copy: IndexedDB stays the truth, and the app corrects the page (and
 * the mirror) once it has read the settings.
 *
 * index.html's script uses the same key, attribute names and fields (tests/unit/pre-paint-hints.test.ts
 * runs that script against this module).
 */
import { LANGUAGES, TEXT_SIZES, THEMES, type Settings } from './records';
import { isObject, isOneOf } from './validators';

export const prePaintHintsKey = 'rugplan-pre-paint';

/** The mirrored fields: what the inline script applies, and the language main.tsx starts in. */
export type PrePaintHints = Pick<Settings, 'language' | 'theme' | 'textSize' | 'firstStartSeen'>;

/** Copies the settings' pre-paint fields into the mirror; a refusing localStorage only costs the head start. */
export function writePrePaintHints(settings: Settings): void {
  const hints: PrePaintHints = {
    language: settings.language,
    theme: settings.theme,
    textSize: settings.textSize,
    firstStartSeen: settings.firstStartSeen,
  };
  try {
    localStorage.setItem(prePaintHintsKey, JSON.stringify(hints));
  } catch {
    // Storage full or blocked: the page then starts as for a new user and is corrected after reading.
  }
}

/** The mirror, or undefined when there is none (a first visit) or it cannot be read or trusted. */
export function readPrePaintHints(): PrePaintHints | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(localStorage.getItem(prePaintHintsKey) ?? 'null');
  } catch {
    return undefined;
  }
  if (
    !isObject(parsed) ||
    !(parsed.language === undefined || isOneOf(parsed.language, LANGUAGES)) ||
    !isOneOf(parsed.theme, THEMES) ||
    !isOneOf(parsed.textSize, TEXT_SIZES) ||
    typeof parsed.firstStartSeen !== 'boolean'
  )
    return undefined;
  return {
    language: parsed.language,
    theme: parsed.theme,
    textSize: parsed.textSize,
    firstStartSeen: parsed.firstStartSeen,
  };
}
