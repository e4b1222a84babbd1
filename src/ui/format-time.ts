const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "2:05" for a timer face: minutes and seconds, seconds rounded up so 0:00 shows only when done. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${twoDigits(seconds)}`;
}

// 24-hour time in both languages: 'en' alone means en-US in Intl ("9:00 AM"), and a patient's
// schedule of "every two hours" reads best as 08:00, 10:00, 12:00 in either language.
const clock24 = { hourCycle: 'h23' } as const;

const timeOfDay = { hour: '2-digit', minute: '2-digit', ...clock24 } as const;
const dateTime = { dateStyle: 'medium', timeStyle: 'short', ...clock24 } as const;

// Making a DateTimeFormat is far dearer than using one (the engine looks up the locale's data each
// time), and the clock lines re-render while a page is open: one per language, style and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(language: string, style: 'timeOfDay' | 'dateTime', timeZone?: string): Intl.DateTimeFormat {
  const key = `${language}|${style}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { ...(style === 'timeOfDay' ? timeOfDay : dateTime), timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "11:00" in the user's language, 24-hour, in `timeZone` (the phone's own when undefined). For display only. */
export function formatTimeOfDay(date: Date, language: string, timeZone?: string): string {
  // Dutch and English write a 24-hour time alike ("09:05"): in the phone's own zone it comes from the
  // Date's fields, without a DateTimeFormat, whose locale data costs a phone tens of milliseconds the
  // first time (the alarm list's clock line shows a time on the first screen).
  if (timeZone === undefined) return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  return formatterFor(language, 'timeOfDay', timeZone).format(date);
}

/** "1 dec 2026, 09:30": a date with a 24-hour time, in the user's language. For display only. */
export function formatDateTime(date: Date, language: string, timeZone?: string): string {
  return formatterFor(language, 'dateTime', timeZone).format(date);
}

/** True when two instants fall on the same calendar day on this phone (the Date's own fields, no text). */
export function isSameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * Noon UTC on the date of a `YYYY-MM-DD` key, built from its fields rather than Date's string
 * parsing (older Safari read zone-less date-times as UTC); undefined for a malformed key. Format it
 * with `timeZone: 'UTC'` and it shows that date in every zone.
 */
export function dateFromKey(key: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  date.setUTCHours(12);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
