import { createContext, startTransition, use, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { whenLoadsSettle } from './pending-loads';
import type { Language } from './languages';

type SwitchLanguage = (language: Language) => Promise<void>;

const MAX_WAIT_MS = 3000;

const SwitchLanguageContext = createContext<SwitchLanguage>(() => Promise.resolve());

export type LanguageProviderProps = {
  /** The i18next instance of a language, fixed to it: the same instance for the same language. */
  instanceFor: (language: Language) => i18n;
  /** The language of the first render: Dutch when React hydrates the prerendered (Dutch) HTML. */
  initial: Language;
  /** The language to show; switched to right after the first render when it is not `initial`. */
  wanted?: Language;
  children: ReactNode;
};

/**
 * The language as React state, one i18next instance per language, instead of one instance whose
 * language changes. react-i18next follows an instance's own language change synchronously (through
 * useSyncExternalStore), which can never be a transition: every part of a prerendered page still
 * waiting for its code then lost its HTML and was drawn anew. A new instance from context, set in a
 * transition, is an ordinary update: React first hydrates such a part as it was (Dutch, matching
 * the HTML), then changes its text in place. The page never flashes empty, and the largest text of
 * the first paint stays the largest paint.
 */
export function LanguageProvider({ instanceFor, initial, wanted, children }: LanguageProviderProps) {
  const [language, setLanguage] = useState(initial);

  const switchLanguage = useCallback<SwitchLanguage>(
    async (next) => {
      const instance = instanceFor(next);
      // All its strings (and content) first, so the transition renders the new language at once;
      // and every part of the page on screen in, so React can still hydrate it from its HTML.
      await instance.loadNamespaces(instance.options.ns ?? []);
      // A load that hangs (a stalled connection) must not keep the page Dutch: after a few seconds the
      // switch goes ahead, and a part that arrives later is drawn anew in the new language.
      await Promise.race([whenLoadsSettle(), new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS))]);
      startTransition(() => setLanguage(next));
    },
    [instanceFor],
  );

  useEffect(() => {
    if (wanted && wanted !== initial) void switchLanguage(wanted);
    // Once, after the first render (hydration) has been committed.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

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
