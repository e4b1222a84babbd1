/**
 * An iCalendar file (RFC 5545) with one short event and alarm per exercise round: the dependable
 * fallback, because a closed web app cannot wake itself to remind anyone.
 *
 * Times are written in UTC with a Z, not as TZID=Europe/Amsterdam local times with a VTIMEZONE:
 * every round is already an exact instant, the events do not repeat (so there is no wall-clock
 * rule for a TZID to keep), and UTC leaves no room for a calendar app that maps the TZID wrongly
 * or for embedded DST rules that go stale if the EU changes them. The calendar app shows the
 * events in the user's own zone either way.
 */
import { DEFAULT_ZONE, wallTimeAt } from '../../schedule/clock-time';

/** The user-facing texts of every event, already translated. */
export interface CalendarTexts {
  summary: string;
  description: string;
  alarm: string;
}

/** What the file needs besides the rounds: the creation time and an optional UID domain. */
export interface CalendarOptions {
  now: Date;
  uidDomain?: string;
}

/** Length of each event: a round of the exercises takes a few minutes. */
export const ROUND_DURATION = 'PT10M';

// .invalid is reserved (RFC 2606), so our UIDs can never clash with a real domain's.
const DEFAULT_UID_DOMAIN = 'rugplan.invalid';
const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** The rounds as a VCALENDAR string with CRLF line endings; throws RangeError for no or bad dates. */
export function buildCalendarFile(rounds: Date[], texts: CalendarTexts, options: CalendarOptions): string {
  if (rounds.length === 0) throw new RangeError('buildCalendarFile: at least one round is needed');
  for (const round of rounds) {
    if (Number.isNaN(round.getTime())) throw new RangeError('buildCalendarFile: a round is an invalid Date');
  }
  const stamp = utcDateTime(options.now);
  const domain = options.uidDomain ?? DEFAULT_UID_DOMAIN;
  // One event per second (the resolution of the file): the same round twice would give two
  // events with one UID.
  const instants = [...new Set(rounds.map((round) => Math.floor(round.getTime() / 1000) * 1000))].sort((a, b) => a - b);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rugplan//Oefenschema//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const instant of instants) {
    const start = utcDateTime(new Date(instant));
    lines.push(
      'BEGIN:VEVENT',
      // Derived from the start only: importing the same rounds again updates, never duplicates.
      `UID:rugplan-round-${start}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${start}`,
      `DURATION:${ROUND_DURATION}`,
      `SUMMARY:${escapeText(texts.summary)}`,
      `DESCRIPTION:${escapeText(texts.description)}`,
      // Exercise rounds should not mark the user as busy in a work calendar.
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT0M',
      `DESCRIPTION:${escapeText(texts.alarm)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines
    .flatMap(foldLine)
    .map((line) => line + CRLF)
    .join('');
}

/** File name for a schedule starting at `start`, dated on the zone's calendar. */
export function calendarFileName(start: Date, zone: string = DEFAULT_ZONE): string {
  const { year, month, day } = wallTimeAt(start, zone);
  return `rugplan-oefenschema-${year}-${pad(month)}-${pad(day)}.ics`;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // TEXT may not hold other control characters (tab is allowed); drop them rather than fail.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')
  );
}

/**
 * Folds one content line into physical lines of at most 75 octets of UTF-8 (RFC 5545 §3.1);
 * continuation lines start with a space, which counts. Splits between code points only, so a
 * multi-byte character is never cut in half.
 */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // A lone surrogate falls here too: UTF-8 encoders write it as U+FFFD, also three octets.
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** YYYYMMDDTHHMMSSZ (RFC 5545 DATE-TIME in UTC); seconds only, milliseconds are dropped. */
function utcDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('buildCalendarFile: invalid Date');
  return (
    `${String(date.getUTCFullYear()).padStart(4, '0')}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
