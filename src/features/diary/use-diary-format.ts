import { useTranslation } from 'react-i18next';
import type { DiaryEntry } from '../../storage/records';
import { dateFromKey, formatTimeOfDay } from '../../ui/format-time';
import { useValueFormat } from './use-value-format';

/** Formats diary values in the user's language: "pijn 6, bil", times and days with Intl. */
export function useDiaryFormat() {
  // Both namespaces at once (one wait, not two in a row): useValueFormat reads the glance one.
  const { t, i18n } = useTranslation(['diary', 'glance']);
  const valueFormat = useValueFormat();
  const language = i18n.language;
  const place = (location: DiaryEntry['location']) => t(`location.${location}`);
  return {
    ...valueFormat,
    place,
    time: (iso: string) => formatTimeOfDay(new Date(iso), language),
    /** A day key (YYYY-MM-DD) as "zaterdag 1 maart 2025"; noon UTC keeps it on the same date everywhere. */
    day: (key: string) => {
      const date = dateFromKey(key);
      // A key that is not a date is shown as it is: one odd value must never take the page down.
      if (!date) return key;
      return new Intl.DateTimeFormat(language, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(date);
    },
    /** The calendar date of an instant, "1 maart 2025". */
    date: (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso)),
    shortDay: (iso: string) =>
      new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(new Date(iso)),
  };
}

/** A new id for a diary entry; randomUUID is missing outside secure contexts and in old browsers. */
export function newEntryId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
