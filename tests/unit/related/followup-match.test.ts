import { beforeEach, describe, expect, it } from 'vitest';
import { matchFollowUps } from '../../../utils/related/followup-match';
import { RelatedIndex } from '../../../utils/related/related-index';
import { freshDbName, makeFollowUp, makeItem, makePage, ref } from './factory';

let index: RelatedIndex;
beforeEach(async () => {
  index = new RelatedIndex({ dbName: freshDbName(), snapshotDelayMs: 60_000 });
  await index.indexPage(
    makePage({
      mid: '100',
      date: '2023-09-14',
      items: [
        makeItem({ number: '8', title: 'Adult Social Care Charging Policy', agendaItemId: '1008', issueId: '2201' }),
      ],
    }),
  );
});

const later = (items: ReturnType<typeof makeItem>[]) => makePage({ mid: '200', date: '2023-10-17', items });

describe('matchFollowUps', () => {
  it('matches by issue id, by a reference to the promising meeting, and by a strongly similar title', () => {
    const byIssue = makeFollowUp({ id: 'a', source: { agendaItemId: '1008' } });
    const byRef = makeFollowUp({ id: 'b', source: { itemTitle: 'Something else entirely' } });
    const bySimilar = makeFollowUp({ id: 'c', source: { itemTitle: 'Dementia Strategy Action Plan' } });
    const page = later([
      makeItem({ title: 'Charging update', issueId: '2201' }),
      makeItem({ title: 'Follow up on September', references: [ref('2023-09-14', { kind: 'meeting' })] }),
      makeItem({ title: 'Dementia Strategy: Action Plan progress' }),
      makeItem({ title: 'Minutes', routine: true, references: [ref('2023-09-14')] }),
    ]);
    const matches = matchFollowUps(index, page, [byIssue, byRef, bySimilar]);
    expect(matches[0].map((m) => m.followUp.id)).toEqual(['a']);
    expect(matches[0][0].why).toMatch(/Same issue/);
    expect(matches[1].map((m) => m.followUp.id)).toEqual(['a', 'b', 'c']);
    expect(matches[2].map((m) => m.followUp.id)).toEqual(['c']);
    expect(matches[3]).toBeUndefined(); // routine items never match
  });

  it('ignores closed, already linked, other-council and not-earlier follow-ups', () => {
    const base = { itemTitle: 'Dementia Strategy Action Plan' };
    const fs = [
      makeFollowUp({ id: 'done', status: 'Done', source: base }),
      makeFollowUp({ id: 'linked', resolvedBy: { url: 'x', title: 'y', meetingDate: null }, source: base }),
      makeFollowUp({ id: 'other', source: { ...base, host: 'other.gov.uk' } }),
      makeFollowUp({ id: 'later', source: { ...base, meetingDate: '2023-12-01' } }),
    ];
    expect(matchFollowUps(index, later([makeItem({ title: 'Dementia Strategy Action Plan' })]), fs)).toEqual({});
  });
});

describe('matchFollowUps with resolved references', () => {
  it('offers a routine minutes item only when its reference resolves to the tracked item itself', () => {
    const f = makeFollowUp({
      id: 'x',
      source: { agendaItemId: '1008', itemTitle: 'Adult Social Care Charging Policy', meetingDate: '2023-09-14' },
    });
    const item = (title: string, refTitle: string) =>
      makeItem({
        title,
        routine: true,
        references: [
          {
            ...ref('2023-09-14', { kind: 'meeting', minute: '8', text: `in relation to item 8 (${refTitle})` }),
            title: refTitle,
          } as ReturnType<typeof ref>,
        ],
      });
    const matches = matchFollowUps(
      index,
      later([
        item('Minute of Previous Meeting', 'Adult Social Care Charging Policy'),
        makeItem({ title: 'Minutes', routine: true, references: [ref('2023-09-14')] }),
      ]),
      [f],
    );
    expect(matches[0]?.[0].why).toMatch(
      /^Refers back to the tracked item \(refers to item 8 of the meeting of 14 September 2023\)/,
    );
    expect(matches[1]).toBeUndefined();
  });
});
