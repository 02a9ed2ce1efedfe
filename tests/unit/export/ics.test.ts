import { describe, expect, it } from 'vitest';
import { foldLine, icsEscape, toIcs } from '../../../utils/export/ics';
import { makeFollowUp } from '../storage/helpers';
import { unfoldIcs } from './rfc4180';

describe('ICS', () => {
  it('escapes text values', () => {
    expect(icsEscape('a\\b; c, d\nnext')).toBe('a\\\\b\\; c\\, d\\nnext');
  });

  it('folds at 75 octets without splitting UTF-8 characters', () => {
    const line = `DESCRIPTION:${'Café £ — '.repeat(30)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((p, i) => (i ? p.slice(1) : p))
        .join(''),
    ).toBe(line);
  });

  it('writes one all-day VEVENT per due date, in a valid calendar', () => {
    const list = [
      makeFollowUp({ id: 'a', due: '2025-03-14', text: 'Report, with "quotes"; and a very long tail '.repeat(4) }),
      makeFollowUp({ id: 'b', due: '2025-02' }),
      makeFollowUp({ id: 'c', due: null }),
    ];
    const text = toIcs(list, new Date('2025-01-20T12:34:56Z'));
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = unfoldIcs(text);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//Scrutineer//Follow-ups//EN');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:a@scrutineer');
    expect(lines).toContain('DTSTAMP:20250120T123456Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20250314');
    expect(lines).toContain('DTEND;VALUE=DATE:20250315');
    expect(lines).toContain('DTSTART;VALUE=DATE:20250228'); // month precision: last day
    const summary = lines.find((l) => l.startsWith('SUMMARY:') && l.includes('Report'))!;
    expect(summary).toContain('Report\\, with "quotes"\\; and');
    // Every event has the required properties, and BEGIN/END nest properly.
    let depth = 0;
    for (const l of lines) {
      if (l.startsWith('BEGIN:')) depth++;
      if (l.startsWith('END:')) depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
      expect(l).toMatch(/^[A-Z-]+[;:]/);
    }
    expect(depth).toBe(0);
  });
});
