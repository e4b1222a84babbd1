import { describe, expect, test } from 'vitest';
import { csvCell, diaryToCsv, toCsv } from '../../src/features/diary/csv';
import type { DiaryEntry } from '../../src/storage/records';

describe('CSV cells', () => {
  test.each([
    ['plain', 'plain'],
    ['met, komma', '"met, komma"'],
    ['zei "au"', '"zei ""au"""'],
    ['regel 1\nregel 2', '"regel 1\nregel 2"'],
    ['crlf\r\nhier', '"crlf\r\nhier"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2 na de oefening', "'-2 na de oefening"],
    ['@cmd', "'@cmd"],
    ['\tverstopt', "'\tverstopt"],
    ['=HYPERLINK("http://x","klik")', '"\'=HYPERLINK(""http://x"",""klik"")"'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test('numbers are written as numbers, undefined as an empty cell', () => {
    expect(csvCell(7)).toBe('7');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(undefined)).toBe('');
  });

  test('rows end in CRLF, cells are joined by commas', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, undefined],
      ]),
    ).toBe('a,b\r\n1,\r\n');
  });
});

test('the diary as CSV: oldest first, the episode (1 for a value saved before episodes), readable labels, the note escaped', () => {
  const entries: DiaryEntry[] = [
    {
      id: '2',
      at: '2025-03-02T09:00:00.000Z',
      pain: 3,
      location: 'midden',
      moment: 'after',
      note: '=1+1, "beter"',
      episode: 2,
    },
    { id: '1', at: '2025-03-01T09:00:00.000Z', pain: 7, location: 'bovenbeen', moment: 'before' },
  ];
  const csv = diaryToCsv(entries, {
    header: ['periode', 'tijd', 'datum', 'pijn', 'plek', 'moment', 'notitie'],
    location: (l) => `plek:${l}`,
    moment: (m) => `moment:${m}`,
    dateTime: (iso) => iso.slice(0, 10),
  });
  expect(csv.split('\r\n')).toEqual([
    'periode,tijd,datum,pijn,plek,moment,notitie',
    '1,2025-03-01T09:00:00.000Z,2025-03-01,7,plek:bovenbeen,moment:before,',
    '2,2025-03-02T09:00:00.000Z,2025-03-02,3,plek:midden,moment:after,"\'=1+1, ""beter"""',
    '',
  ]);
});
