import { describe, expect, it } from 'vitest';
import { countOverdue, dueDay, groupForPopup, isDueSoon, isOverdue } from '../../../utils/followups/overdue';
import { localDay } from '../../../utils/text/days';
import type { FollowUpStatus } from '../../../utils/types';
import { makeFollowUp } from '../storage/helpers';

describe('dueDay', () => {
  it.each([
    ['2025-03-14', '2025-03-14'],
    ['2025-02', '2025-02-28'],
    ['2024-02', '2024-02-29'],
    ['2025-12', '2025-12-31'],
    [null, null],
    ['soon', null],
  ])('%s → %s', (due, day) => expect(dueDay(due)).toBe(day));
});

describe('isOverdue', () => {
  const today = '2025-04-10';
  it.each<[string | null, FollowUpStatus, boolean]>([
    ['2025-04-09', 'Open', true],
    ['2025-04-10', 'Open', false], // due today is not yet overdue
    ['2025-04-11', 'In progress', false],
    ['2025-03', 'Waiting for response', true], // month precision: due 31 March
    ['2025-04', 'Open', false], // due at the end of April
    ['2025-01-01', 'Done', false],
    ['2025-01-01', 'Dropped', false],
    [null, 'Open', false],
  ])('due %s, %s → %s', (due, status, expected) => expect(isOverdue({ due, status }, today)).toBe(expected));

  it('counts overdue follow-ups for the badge', () => {
    const list = [
      makeFollowUp({ due: '2025-01-01' }),
      makeFollowUp({ due: '2025-01', status: 'Done' }),
      makeFollowUp({ due: '2030-01-01' }),
    ];
    expect(countOverdue(list, today)).toBe(1);
  });

  it('uses the local calendar day', () => {
    expect(localDay(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('isDueSoon', () => {
  it('includes today to today + n days, open only', () => {
    expect(isDueSoon({ due: '2025-04-10', status: 'Open' }, '2025-04-10', 7)).toBe(true);
    expect(isDueSoon({ due: '2025-04-17', status: 'Open' }, '2025-04-10', 7)).toBe(true);
    expect(isDueSoon({ due: '2025-04-18', status: 'Open' }, '2025-04-10', 7)).toBe(false);
    expect(isDueSoon({ due: '2025-04-12', status: 'Done' }, '2025-04-10', 7)).toBe(false);
    expect(isDueSoon({ due: '2025-04', status: 'Open' }, '2025-04-25', 7)).toBe(true);
  });
});

describe('popup order', () => {
  it('puts overdue first (oldest first), then due soon, then open by date, undated, closed', () => {
    const f = (
      id: string,
      due: string | null,
      status: FollowUpStatus = 'Open',
      updatedAt = '2025-01-01T00:00:00.000Z',
    ) => makeFollowUp({ id, due, status, updatedAt });
    const list = [
      f('closed', '2025-01-01', 'Done'),
      f('later', '2025-09-01'),
      f('undated-old', null),
      f('soon', '2025-04-12'),
      f('overdue-recent', '2025-04-01'),
      f('undated-new', null, 'Open', '2025-03-01T00:00:00.000Z'),
      f('overdue-month', '2025-02'),
      f('much-later', '2026-01'),
    ];
    const groups = groupForPopup(list, '2025-04-10', 14);
    expect(groups.overdue.map((x) => x.id)).toEqual(['overdue-month', 'overdue-recent']);
    expect(groups.dueSoon.map((x) => x.id)).toEqual(['soon']);
    expect(groups.rest.map((x) => x.id)).toEqual(['later', 'much-later', 'undated-new', 'undated-old', 'closed']);
  });
});
