/**
 * The app's languages, apart from their strings: the app imports this without pulling in every
 * language's resources (resources.ts bundles them all, for the types and the tests).
 */
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

/** Dutch for every browser language other than English (the brief: Dutch first). */
export function languageFromBrowser(browserLanguages: readonly string[]): Language {
  const first = browserLanguages[0]?.toLowerCase() ?? 'nl';
  return first.startsWith('en') ? 'en' : 'nl';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
