import { useTranslation } from 'react-i18next';
import { contentByLanguage, type Content } from './content';

/** The content in the current UI language; Dutch where a language has no content yet. */
export function useContent(): Content {
  const { i18n } = useTranslation();
  const language = i18n.language as keyof typeof contentByLanguage;
  return contentByLanguage[language] ?? contentByLanguage.nl;
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
