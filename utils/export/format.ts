// Small text formatters shared by the exports and the UI: UK dates, due dates as people say them.
import { pad2 } from '../text/days';
import type { DueDate } from '../types';

/** The files the tracker can export. */
export type ExportFormat = 'csv' | 'json' | 'ics' | 'markdown';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2025-04-03` → `3 Apr 2025`; `2025-04` → `April 2025`; '' for null. */
export function humanDue(due: DueDate): string {
  if (!due) return '';
  const [y, m, d] = due.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month.slice(0, 3)} ${y}` : `${month} ${y}`;
}

/** An ISO timestamp as `3 Apr 2025 14:05` local time. */
export function humanTimestamp(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return `${t.getDate()} ${MONTHS[t.getMonth()].slice(0, 3)} ${t.getFullYear()} ${pad2(t.getHours())}:${pad2(t.getMinutes())}`;
}

/** UK local-government municipal year (May to April) of a day: `2025-06-01` → `25/26`. */
export function municipalYear(day: string): string {
  const y = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 5 ? y : y - 1;
  return `${pad2(start % 100)}/${pad2((start + 1) % 100)}`;
}
