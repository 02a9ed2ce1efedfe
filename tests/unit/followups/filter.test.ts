// Filtering and sorting shared by the popup and the tracker.
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  distinct,
  matchesQuery,
  NO_FILTERS,
  searchText,
  sortFollowUps,
} from '../../../utils/followups/filter';
import { makeFollowUp } from '../storage/helpers';

const TODAY = '2025-06-01';
const overdue = makeFollowUp({
  text: 'Report on library opening hours',
  due: '2025-04-30',
  owner: 'Head of Libraries',
  tags: ['libraries'],
});
const later = makeFollowUp({
  text: 'Update on the bus lane trial',
  due: '2025-09',
  owner: null,
  status: 'In progress',
});
const undated = makeFollowUp({ text: 'Review of parking charges', due: null, owner: 'Head of Transport' });
const done = makeFollowUp({ text: 'Budget briefing for members', due: '2025-03-01', status: 'Done' });
const all = [overdue, later, undated, done];

describe('applyFilters', () => {
  it('keeps everything with no filters', () => {
    expect(applyFilters(all, NO_FILTERS, TODAY)).toEqual(all);
  });

  it('"Overdue" means past due and still open, not a stored status', () => {
    expect(applyFilters(all, { ...NO_FILTERS, status: 'Overdue' }, TODAY)).toEqual([overdue]);
    expect(applyFilters(all, { ...NO_FILTERS, status: 'Done' }, TODAY)).toEqual([done]);
  });

  it('bounds the due day inclusively, a month due counting as its last day, and drops undated ones', () => {
    expect(applyFilters(all, { ...NO_FILTERS, dueFrom: '2025-09-30' }, TODAY)).toEqual([later]);
    expect(applyFilters(all, { ...NO_FILTERS, dueTo: '2025-04-30' }, TODAY)).toEqual([overdue, done]);
  });

  it('matches every query word, in any order, across text, owner, tags and notes', () => {
    expect(applyFilters(all, { ...NO_FILTERS, query: 'hours LIBRARY' }, TODAY)).toEqual([overdue]);
    expect(applyFilters(all, { ...NO_FILTERS, query: 'transport' }, TODAY)).toEqual([undated]);
    expect(applyFilters(all, { ...NO_FILTERS, owner: 'Head of Libraries', tag: 'libraries' }, TODAY)).toEqual([
      overdue,
    ]);
    expect(matchesQuery(searchText(later), 'in progress bus')).toBe(true);
  });
});

describe('sortFollowUps', () => {
  it('sorts by due day either way, with undated ones last in both directions', () => {
    expect(sortFollowUps(all, { key: 'due', dir: 'asc' })).toEqual([done, overdue, later, undated]);
    expect(sortFollowUps(all, { key: 'due', dir: 'desc' })).toEqual([later, overdue, done, undated]);
  });

  it('sorts statuses in workflow order, not alphabetically', () => {
    expect(sortFollowUps(all, { key: 'status', dir: 'asc' }).map((f) => f.status)).toEqual([
      'Open',
      'Open',
      'In progress',
      'Done',
    ]);
  });
});

it('distinct gives sorted non-empty values once', () => {
  expect(distinct(['b', null, 'a', '', 'b', undefined])).toEqual(['a', 'b']);
});
