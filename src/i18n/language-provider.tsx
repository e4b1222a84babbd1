import { createContext, startTransition, use, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Language } from './languages';

type SwitchLanguage = (language: Language) => Promise<void>;

const SwitchLanguageContext = createContext<SwitchLanguage>(() => Promise.resolve());

export type LanguageProviderProps = {
  /** The i18next instance of a language, fixed to it: the same instance for the same language. */
  instanceFor: (language: Language) => i18n;
  /** The language of the first render: that of the prerendered HTML when React hydrates it. */
  initial: Language;
  children: ReactNode;
};

/**
 * The language as React state, one i18next instance per language, instead of one instance whose
 * language changes. react-i18next follows an instance's own language change synchronously (through
 * useSyncExternalStore), which can never be a transition: a part still waiting for its code would
 * then lose what it shows and be drawn anew. A new instance from context, set in a transition, is an
 * ordinary update: the page keeps showing the old language until the new one is ready, then changes
 * its text in place, never flashing empty.
 */
export function LanguageProvider({ instanceFor, initial, children }: LanguageProviderProps) {
  const [language, setLanguage] = useState(initial);

  const switchLanguage = useCallback<SwitchLanguage>(
    async (next) => {
      const instance = instanceFor(next);
      // All its strings (and content) first, so the transition renders the new language at once.
      await instance.loadNamespaces(instance.options.ns ?? []);
      startTransition(() => setLanguage(next));
    },
    [instanceFor],
  );

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <SwitchLanguageContext value={switchLanguage}>
      <I18nextProvider i18n={instanceFor(language)}>{children}</I18nextProvider>
    </SwitchLanguageContext>
  );
}

/** Changes the app's language: loads it, then shows it everywhere at once. */
export function useSwitchLanguage(): SwitchLanguage {
  return use(SwitchLanguageContext);
}

/** `instanceFor` for LanguageProvider: one instance per language, made by `create` on first use. */
export function onePerLanguage(create: (language: Language) => i18n): (language: Language) => i18n {
  const instances = new Map<Language, i18n>();
  return (language) => {
    const instance = instances.get(language) ?? create(language);
    instances.set(language, instance);
    return instance;
  };
}
