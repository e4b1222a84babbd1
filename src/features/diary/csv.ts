/** The diary as CSV for a spreadsheet: escaped so that no cell can break a row or run as a formula. */
import { episodeOf, type DiaryEntry } from '../../storage/records';

// A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets
// (CSV injection, OWASP). Tab and carriage return are on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula starts neutralised with a quote, then quoted when it holds `"`, `,` or a line break. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells to CSV text (CRLF line ends, as RFC 4180 has them). */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The words a CSV file uses, in the user's language. */
export interface CsvLabels {
  header: readonly [string, string, string, string, string, string, string];
  location: (location: DiaryEntry['location']) => string;
  moment: (moment: DiaryEntry['moment']) => string;
  /** Date and time as the user reads them (the ISO time is in its own column too). */
  dateTime: (iso: string) => string;
}

/** The diary, oldest first, as CSV: episode, time (ISO), time (readable), pain, location, moment, note. */
export function diaryToCsv(entries: readonly DiaryEntry[], labels: CsvLabels): string {
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return toCsv([
    labels.header,
    ...sorted.map((e) => [
      episodeOf(e),
      e.at,
      labels.dateTime(e.at),
      e.pain,
      labels.location(e.location),
      labels.moment(e.moment),
      e.note,
    ]),
  ]);
}
