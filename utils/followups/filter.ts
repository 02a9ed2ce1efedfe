// Filtering and sorting follow-up lists, shared by the popup and the tracker so both views agree.
// Pure (no DOM, no storage); tests/unit/followups/filter.test.ts.
import { dueDay, isOverdue } from './overdue';
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpStatus } from '../types';

export interface Filters {
  query: string;
  /** A status, 'Overdue', or '' for all. */
  status: FollowUpStatus | 'Overdue' | '';
  host: string;
  committee: string;
  owner: string;
  tag: string;
  /** YYYY-MM-DD bounds on the due day, inclusive; '' for open-ended. */
  dueFrom: string;
  dueTo: string;
}

export const NO_FILTERS: Filters = {
  query: '',
  status: '',
  host: '',
  committee: '',
  owner: '',
  tag: '',
  dueFrom: '',
  dueTo: '',
};

/** The lower-cased text a search looks in. */
export function searchText(f: FollowUp): string {
  const s = f.source;
  return [
    f.text,
    s.committee,
    s.itemTitle,
    s.itemNumber,
    s.host,
    f.owner,
    f.status,
    f.tags.join(' '),
    f.notes.map((n) => n.text).join(' '),
  ]
    .filter(Boolean)
    .join(' \u0000 ')
    .toLowerCase();
}

/** Does `query` (all words, any order) occur in the follow-up? */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => haystack.includes(w));
}

/** The follow-ups that pass every filter. */
export function applyFilters(list: FollowUp[], filters: Filters, today: string): FollowUp[] {
  return list.filter((f) => {
    if (filters.status === 'Overdue' ? !isOverdue(f, today) : filters.status && f.status !== filters.status)
      return false;
    if (filters.host && f.source.host !== filters.host) return false;
    if (filters.committee && f.source.committee !== filters.committee) return false;
    if (filters.owner && f.owner !== filters.owner) return false;
    if (filters.tag && !f.tags.includes(filters.tag)) return false;
    const day = dueDay(f.due);
    if (filters.dueFrom && (!day || day < filters.dueFrom)) return false;
    if (filters.dueTo && (!day || day > filters.dueTo)) return false;
    return !filters.query || matchesQuery(searchText(f), filters.query);
  });
}

export type SortKey = 'due' | 'status' | 'text' | 'committee' | 'meetingDate' | 'owner' | 'updatedAt';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Statuses sort in their workflow order (FOLLOW_UP_STATUSES). */
const STATUS_ORDER = Object.fromEntries(FOLLOW_UP_STATUSES.map((s, i) => [s, i])) as Record<FollowUpStatus, number>;

function sortValue(f: FollowUp, key: SortKey): string | number {
  switch (key) {
    case 'due':
      return dueDay(f.due) ?? '';
    case 'status':
      return STATUS_ORDER[f.status];
    case 'text':
      return f.text.toLowerCase();
    case 'committee':
      return (f.source.committee ?? '').toLowerCase();
    case 'meetingDate':
      return f.source.meetingDate ?? '';
    case 'owner':
      return (f.owner ?? '').toLowerCase();
    case 'updatedAt':
      return f.updatedAt;
  }
}

/** A sorted copy; empty values always sort last, whatever the direction. */
export function sortFollowUps(list: FollowUp[], sort: Sort): FollowUp[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === '' && y !== '') return 1;
    if (y === '' && x !== '') return -1;
    if (x < y) return -sign;
    if (x > y) return sign;
    return a.createdAt.localeCompare(b.createdAt);
  });
}

/** Distinct non-empty values, sorted, for a filter's options. */
export function distinct(values: Array<string | null | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b));
}
