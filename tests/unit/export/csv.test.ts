import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '../../../utils/export/csv';
import { makeFollowUp } from '../storage/helpers';
import { parseCsv } from './rfc4180';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+44 1234', "'+44 1234"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('%j → %j', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('toCsv', () => {
  const hostile = makeFollowUp({
    id: 'h',
    text: '=cmd|\' /C calc\'!A0, "quoted", and\r\na new line',
    owner: '@Director, Place',
    due: '2025-03',
    notes: [
      { at: '2025-02-01T10:00:00.000Z', text: '-chased' },
      { at: '2025-02-03T10:00:00.000Z', text: 'reply, "soon"' },
    ],
    tags: ['housing', 'budget'],
  });
  const plain = makeFollowUp({
    id: 'p',
    text: 'Officers agreed to report back',
    due: null,
    owner: null,
    status: 'Done',
  });

  it('uses the UK scrutiny tracker columns, CRLF rows, and parses back field for field', () => {
    const text = toCsv([hostile, plain], '2025-04-10');
    expect(
      text.startsWith(
        '\uFEFFRef,Origin committee,Date,Area,Recommendation/Action,Due,Lead officer,Action taken,Status',
      ),
    ).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(row).toMatchObject({
      'Origin committee': 'Scrutiny Committee',
      Date: '14/01/2025',
      Area: '5. Budget monitoring',
      'Recommendation/Action': `'${hostile.text}`,
      Due: 'March 2025',
      'Lead officer': "'@Director, Place",
      Status: 'Open (overdue)',
      Tags: 'housing, budget',
    });
    expect(row.Ref).toMatch(/^FU \(24\/25\) 0[12]$/);
    expect(row['Action taken'].split('\n')).toHaveLength(2);
    expect(row.Source).toContain('#AI901');
    expect(rows[2][8]).toBe('Done');
  });

  it('never starts a cell with a formula character', () => {
    for (const row of parseCsv(toCsv([hostile, plain], '2025-04-10')))
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
