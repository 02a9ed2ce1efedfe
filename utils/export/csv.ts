// CSV in the column layout UK scrutiny recommendation trackers use (../shared/ACTIONS.md §5.1):
// Ref, Origin committee, Date, Area, Recommendation/Action, Due, Lead officer, Action taken,
// Status — then Tags and Source, which trackers add as they need. RFC 4180 quoting, CRLF rows,
// and cells starting with = + - @ (or a tab/CR) prefixed with ' so a spreadsheet never runs them
// as formulas (https://owasp.org/www-community/attacks/CSV_Injection).
import { isOverdue } from '../followups/overdue';
import type { FollowUp } from '../types';
import { ukDate } from '../text/days';
import { humanDue, humanTimestamp, municipalYear } from './format';
import { sourceHref } from './source-link';

export const CSV_COLUMNS = [
  'Ref',
  'Origin committee',
  'Date',
  'Area',
  'Recommendation/Action',
  'Due',
  'Lead officer',
  'Action taken',
  'Status',
  'Tags',
  'Source',
] as const;

/** One cell, neutralised against formula injection and quoted when RFC 4180 requires it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Refs like `FU (25/26) 03`: numbered by meeting date within each municipal year. */
export function trackerRefs(list: FollowUp[]): Map<string, string> {
  const day = (f: FollowUp) => f.source.meetingDate ?? f.createdAt.slice(0, 10);
  const sorted = [...list].sort((a, b) => day(a).localeCompare(day(b)) || a.createdAt.localeCompare(b.createdAt));
  const counters = new Map<string, number>();
  const refs = new Map<string, string>();
  for (const f of sorted) {
    const year = municipalYear(day(f));
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    refs.set(f.id, `FU (${year}) ${String(n).padStart(2, '0')}`);
  }
  return refs;
}

/** The tracker as CSV text (UTF-8 BOM first, so Excel reads £ and accents correctly). */
export function toCsv(list: FollowUp[], today: string): string {
  const refs = trackerRefs(list);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const f of list) {
    const s = f.source;
    rows.push([
      refs.get(f.id) ?? '',
      s.committee ?? '',
      ukDate(s.meetingDate),
      [s.itemNumber, s.itemTitle].filter(Boolean).join('. '),
      f.text,
      humanDue(f.due),
      f.owner ?? '',
      f.notes.map((n) => `${humanTimestamp(n.at)}: ${n.text}`).join('\n'),
      isOverdue(f, today) ? `${f.status} (overdue)` : f.status,
      f.tags.join(', '),
      sourceHref(f),
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
