import { useTranslation } from 'react-i18next';
import type { DiaryEntry } from '../../storage/records';
import { formatDateTime } from '../../ui/format-time';

/**
 * A diary value as the start page shows it: "pijn 6, bil" and when. Its strings are in the small
 * glance namespace, so the start page does not load the whole diary's.
 */
export function useValueFormat() {
  const { t, i18n } = useTranslation('glance', { keyPrefix: 'diary' });
  const language = i18n.language;
  return {
    value: (entry: Pick<DiaryEntry, 'pain' | 'location'>) =>
      t('value', { pain: entry.pain, place: t(`locationInline.${entry.location}`) }),
    /** The place inside a sentence ("één kant van de rug"): its own strings, as lowercasing "Eén" is wrong. */
    inlinePlace: (location: DiaryEntry['location']) => t(`locationInline.${location}`),
    dateTime: (iso: string) => formatDateTime(new Date(iso), language),
  };
}
