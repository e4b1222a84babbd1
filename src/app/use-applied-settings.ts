import { useEffect } from 'react';
import { writePrePaintHints } from '../storage/pre-paint-hints';
import { records } from '../storage/records';
import { useStored } from '../storage/use-stored';

/**
 * Applies the stored theme and text size to the whole app, as `data-theme` and `data-text-size` on
 * <html> (styles.css does the rest). Only in an effect, once the settings have loaded: the first
 * render is the same in Node and in the browser. The next start has them before its first paint:
 * they are mirrored for index.html's inline script, with the first-start choice and the language.
 */
export function useAppliedSettings(): void {
  const { value, loaded } = useStored(records.settings);
  useEffect(() => {
    if (loaded) writePrePaintHints(value);
  }, [loaded, value]);
  useEffect(() => {
    if (!loaded) return;
    const root = document.documentElement;
    root.dataset.theme = value.theme;
    root.dataset.textSize = value.textSize;
    applyThemeColor(value.theme === 'system' ? null : getComputedStyle(root).getPropertyValue('--bg').trim());
  }, [loaded, value.theme, value.textSize]);
}

/**
 * The browser's bar follows the chosen theme: a light status bar above the night theme would glare.
 * index.html has one theme-color per system scheme; a chosen theme sets both, "system" restores them.
 */
function applyThemeColor(color: string | null): void {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    meta.dataset.systemColor ??= meta.content;
    meta.content = color || meta.dataset.systemColor;
  }
}
