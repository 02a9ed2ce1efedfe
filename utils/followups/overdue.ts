// "Overdue" is computed, never stored: a follow-up is overdue when its due day has passed and it
// is not Done or Dropped. A month-precision due ("2025-04", from "in April 2025") falls due at
// the end of that month. Dates compare as local calendar days (YYYY-MM-DD strings).
import { addDays } from '../text/dates';
import { pad2 } from '../text/days';
import type { DueDate, FollowUp, FollowUpStatus } from '../types';

/** The last day a due date allows: itself for a day, the month's last day for a month; null if none. */
export function dueDay(due: DueDate): string | null {
  if (!due) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return due;
  const m = /^(\d{4})-(\d{2})$/.exec(due);
  if (!m) return null;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${pad2(last)}`;
}

export function isClosed(status: FollowUpStatus): boolean {
  return status === 'Done' || status === 'Dropped';
}

/** Due day before `today` and still open. */
export function isOverdue(f: Pick<FollowUp, 'due' | 'status'>, today: string): boolean {
  const day = dueDay(f.due);
  return day !== null && !isClosed(f.status) && day < today;
}

/** Not overdue, still open, and due within `days` of `today` (inclusive). */
export function isDueSoon(f: Pick<FollowUp, 'due' | 'status'>, today: string, days: number): boolean {
  const day = dueDay(f.due);
  return day !== null && !isClosed(f.status) && day >= today && day <= (addDays(today, days) ?? today);
}

/** How many follow-ups are overdue (the toolbar badge). */
export function countOverdue(list: FollowUp[], today: string): number {
  let n = 0;
  for (const f of list) if (isOverdue(f, today)) n++;
  return n;
}

export interface PopupGroups {
  overdue: FollowUp[];
  dueSoon: FollowUp[];
  rest: FollowUp[];
}

const byUpdatedDesc = (a: FollowUp, b: FollowUp) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

/**
 * The popup's order: overdue (longest overdue first), then due soon (soonest first), then the rest:
 * open ones with a due date by date, open ones without by last change, closed ones last.
 */
export function groupForPopup(list: FollowUp[], today: string, soonDays: number): PopupGroups {
  const groups: PopupGroups = { overdue: [], dueSoon: [], rest: [] };
  // Due days computed once, not in every comparison (the popup sorts 1,000 on open).
  const days = new Map(list.map((f) => [f, dueDay(f.due) ?? '']));
  const byDue = (a: FollowUp, b: FollowUp) => (days.get(a)! < days.get(b)! ? -1 : days.get(a)! > days.get(b)! ? 1 : 0);
  for (const f of list) {
    if (isOverdue(f, today)) groups.overdue.push(f);
    else if (isDueSoon(f, today, soonDays)) groups.dueSoon.push(f);
    else groups.rest.push(f);
  }
  groups.overdue.sort(byDue);
  groups.dueSoon.sort(byDue);
  groups.rest.sort((a, b) => {
    const rank = (f: FollowUp) => (isClosed(f.status) ? 2 : f.due ? 0 : 1);
    return rank(a) - rank(b) || (rank(a) === 0 ? byDue(a, b) : 0) || byUpdatedDesc(a, b);
  });
  return groups;
}
