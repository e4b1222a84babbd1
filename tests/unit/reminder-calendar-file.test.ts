// @vitest-environment node
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendarFile, calendarFileName, escapeText, foldLine } from '../../src/features/reminder/calendar-file';
import { DEFAULT_WAKING_WINDOW, roundsForDays } from '../../src/schedule/schedule';

const NOW = new Date('2026-11-26T07:42:13.456Z');
const TEXTS = { summary: 'Rugoefeningen', description: 'Tijd voor je oefenronde.', alarm: 'Oefenen!' };
const ROUNDS = roundsForDays(new Date('2026-11-26T08:00:00+01:00'), 3, DEFAULT_WAKING_WINDOW, 'Europe/Amsterdam');

const LONG_DUTCH =
  'Doe de oefening één keer per twee uur, ook als de pijn even minder is; geënthousiasmeerd blijven helpt. ' +
  'Stop en neem contact op met de huisarts bij gevoelloosheid in het zadelgebied, ' +
  'problemen met plassen of ontlasting, of krachtsverlies in een been. Café-naïef-reünie-coördinatie 💪.';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, vevents: calendar.getAllSubcomponents('vevent') };
}

/** Physical lines without their CRLF; the file must end in CRLF, so the last piece is empty. */
function physicalLines(text: string): string[] {
  const pieces = text.split('\r\n');
  expect(pieces.at(-1)).toBe('');
  return pieces.slice(0, -1);
}

describe('buildCalendarFile', () => {
  const file = buildCalendarFile(ROUNDS, TEXTS, { now: NOW });

  test('calendar properties', () => {
    const { calendar } = parse(file);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Rugplan//Oefenschema//NL');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(file.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  test('one event per round, starting at the round instant, ten minutes long', () => {
    const { vevents } = parse(file);
    expect(vevents).toHaveLength(24);
    vevents.forEach((vevent, i) => {
      const event = new ICAL.Event(vevent);
      expect(event.startDate.toJSDate().getTime()).toBe(ROUNDS[i]?.getTime());
      expect(event.duration.toSeconds()).toBe(600);
      expect(event.endDate.toJSDate().getTime()).toBe((ROUNDS[i]?.getTime() ?? 0) + 600_000);
    });
  });

  test('times are UTC, DTSTAMP is the given now', () => {
    const { vevents } = parse(file);
    for (const vevent of vevents) {
      expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBeUndefined();
      const stamp = vevent.getFirstPropertyValue('dtstamp');
      expect(stamp).toBeInstanceOf(ICAL.Time);
      expect((stamp as ICAL.Time).zone).toBe(ICAL.Timezone.utcTimezone);
      expect((stamp as ICAL.Time).toJSDate().getTime()).toBe(Date.parse('2026-11-26T07:42:13Z'));
    }
    expect(file).toContain('DTSTART:20261126T070000Z\r\n');
  });

  test('every event has a display alarm at the start', () => {
    const { vevents } = parse(file);
    for (const vevent of vevents) {
      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      const alarm = alarms[0];
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      // -PT0M: at the start (toSeconds gives -0, hence the ===).
      expect((alarm?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() === 0).toBe(true);
      expect(alarm?.getFirstPropertyValue('description')).toBe('Oefenen!');
    }
  });

  test('UIDs are unique and the same in a later build', () => {
    const uids = (text: string) => parse(text).vevents.map((vevent) => new ICAL.Event(vevent).uid);
    const first = uids(file);
    expect(new Set(first).size).toBe(24);
    const later = buildCalendarFile(ROUNDS, { ...TEXTS, summary: 'Anders' }, { now: new Date('2026-11-27T12:00:00Z') });
    expect(uids(later)).toEqual(first);
    // A later plan that shares rounds shares their UIDs.
    expect(uids(buildCalendarFile(ROUNDS.slice(8), TEXTS, { now: NOW }))).toEqual(first.slice(8));
    expect(first[0]).toBe('rugplan-round-20261126T070000Z@rugplan.invalid');
    expect(uids(buildCalendarFile(ROUNDS, TEXTS, { now: NOW, uidDomain: 'example.org' }))[0]).toBe(
      'rugplan-round-20261126T070000Z@example.org',
    );
  });

  test('the same round twice gives one event', () => {
    const round = new Date('2026-11-26T07:00:00Z');
    expect(parse(buildCalendarFile([round, new Date(round), round], TEXTS, { now: NOW })).vevents).toHaveLength(1);
  });

  test('special characters and a long Dutch text round-trip exactly', () => {
    const texts = {
      summary: 'Oefenen; nu, echt\nmet een \\ backslash: ja',
      description: LONG_DUTCH + '\n\n' + LONG_DUTCH,
      alarm: 'Rugoefening — tijd; kom op, je kunt het\nTwee regels',
    };
    const text = buildCalendarFile(ROUNDS.slice(0, 2), texts, { now: NOW });
    for (const vevent of parse(text).vevents) {
      const event = new ICAL.Event(vevent);
      expect(event.summary).toBe(texts.summary);
      expect(event.description).toBe(texts.description);
      expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')).toBe(texts.alarm);
    }
  });

  test('every physical line is at most 75 octets and ends in CRLF', () => {
    const text = buildCalendarFile(ROUNDS, { ...TEXTS, description: LONG_DUTCH.repeat(3) }, { now: NOW });
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = physicalLines(text);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Encoding and decoding again changes nothing: no character was cut in half.
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(text))).toBe(text);
  });

  test('no rounds or an invalid date is refused', () => {
    expect(() => buildCalendarFile([], TEXTS, { now: NOW })).toThrow(RangeError);
    expect(() => buildCalendarFile([new Date(Number.NaN)], TEXTS, { now: NOW })).toThrow(RangeError);
    expect(() => buildCalendarFile(ROUNDS, TEXTS, { now: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('foldLine', () => {
  test('short lines stay whole', () => {
    expect(foldLine('SUMMARY:kort')).toEqual(['SUMMARY:kort']);
    expect(foldLine('X'.repeat(75))).toEqual(['X'.repeat(75)]);
  });

  test('long lines fold at 75 octets with a leading space on continuations', () => {
    const folded = foldLine('X'.repeat(200));
    expect(folded.map((line) => line.length)).toEqual([75, 75, 52]);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
  });

  test('multi-byte characters are never split', () => {
    for (const char of ['é', '€', '💪']) {
      const line = 'DESCRIPTION:' + char.repeat(100);
      const folded = foldLine(line);
      for (const piece of folded) {
        expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
        expect(piece).not.toMatch(/[\uD800-\uDBFF]$/);
      }
      expect(folded.map((piece, i) => (i === 0 ? piece : piece.slice(1))).join('')).toBe(line);
    }
  });
});

describe('escapeText', () => {
  test('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  test('keeps colons and tabs, drops other control characters', () => {
    expect(escapeText('tijd: 10\tmin\u0000\u0007\u001b')).toBe('tijd: 10\tmin');
  });
});

describe('calendarFileName', () => {
  test('named after the start date in Amsterdam', () => {
    expect(calendarFileName(new Date('2026-11-29T07:00:00Z'))).toBe('rugplan-oefenschema-2026-11-29.ics');
    // 00:30 on the 29th in Amsterdam is still the 28th in UTC.
    expect(calendarFileName(new Date('2026-11-28T23:30:00Z'))).toBe('rugplan-oefenschema-2026-11-29.ics');
    expect(calendarFileName(new Date('2026-03-05T12:00:00Z'))).toBe('rugplan-oefenschema-2026-03-05.ics');
  });
});
