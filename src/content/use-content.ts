import { use } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contentLanguages,
  contentParts,
  loadContentPart,
  type Content,
  type ContentLanguage,
  type ContentPart,
} from './content';

/**
 * The content in the current UI language; Dutch where a language has no content yet.
 *
 * Each part loads on first read: `const { intro } = useContent()` reads `intro` only, and a part not
 * loaded yet suspends the screen (React `use`) until its chunk is there, as a lazy page does. Read
 * the parts during render, as every screen does, not first in an event handler.
 */
export function useContent(): Content {
  const { i18n } = useTranslation();
  const language = (contentLanguages as readonly string[]).includes(i18n.language)
    ? (i18n.language as ContentLanguage)
    : 'nl';
  const content = {} as Content;
  for (const part of contentParts) {
    Object.defineProperty(content, part, { enumerable: true, get: () => readPart(language, part) });
  }
  return content;
}

// Always through `use`, even when loaded (it then returns at once): React matches the `use` calls of
// a retried render by their order, so skipping one for a loaded part would hand out the wrong value.
// (`use`, unlike other hooks, may be called anywhere during render; the getters run during render.)
function readPart<P extends ContentPart>(language: ContentLanguage, part: P): Content[P] {
  // eslint-disable-next-line react-hooks/rules-of-hooks -- see above: called from a render only
  return use(loadContentPart(language, part));
}

/** "Bron: folder", "Bron: NHG 2017": the quiet source line under a text, from a source id. */
export function useSourceLabel(): (sourceId: string) => string {
  const { sources } = useContent();
  const { t } = useTranslation();
  return (sourceId) => {
    const name = sources.sources.find((s) => s.id === sourceId)?.short ?? sourceId;
    return t('source.label', { name });
  };
}
