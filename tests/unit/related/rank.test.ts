import { beforeEach, describe, expect, it } from 'vitest';
import { relatedForPage } from '../../../utils/related/rank';
import { RelatedIndex } from '../../../utils/related/related-index';
import { freshDbName, makeItem, makePage, ref } from './factory';

let index: RelatedIndex;

beforeEach(async () => {
  index = new RelatedIndex({ dbName: freshDbName(), snapshotDelayMs: 60_000 });
  await index.indexPage(
    makePage({
      mid: '100',
      date: '2023-09-14',
      items: [
        makeItem({ number: '1', title: 'Apologies for absence', routine: true, agendaItemId: '1001' }),
        makeItem({ number: '2', title: 'Declarations of Interest', routine: true, agendaItemId: '1002' }),
        makeItem({
          number: '107',
          title: 'Adult Social Care Charging Policy',
          text: 'Members considered the charging policy for home care and respite.',
          agendaItemId: '1008',
          issueId: '2201',
          resolution: { text: 'RESOLVED that the policy be noted.', parts: [] },
        }),
        makeItem({
          number: '9',
          title: 'Dementia Services Review',
          text: 'Dementia services across the county were reviewed.',
          agendaItemId: '1009',
        }),
      ],
    }),
  );
  await index.indexPage(
    makePage({
      mid: '90',
      date: '2023-06-27',
      items: [makeItem({ number: '5', title: 'Work Programme', agendaItemId: '905', issueId: '2201' })],
    }),
  );
  // A later meeting: never offered as "similar" for an earlier page.
  await index.indexPage(
    makePage({
      mid: '300',
      date: '2024-01-10',
      items: [makeItem({ number: '3', title: 'Dementia Services Review update', agendaItemId: '3003' })],
    }),
  );
  // Another council: never linked.
  await index.indexPage(
    makePage({
      host: 'other.example.gov.uk',
      mid: '100',
      date: '2023-01-01',
      items: [makeItem({ title: 'Dementia Services Review', agendaItemId: '7' })],
    }),
  );
});

const later = (items: ReturnType<typeof makeItem>[]) => makePage({ mid: '200', date: '2023-10-17', items });

describe('relatedForPage', () => {
  it('links shared issue ids first, then references, then similar items, each with its reason', () => {
    const page = later([
      makeItem({
        number: '7',
        title: 'Charging policy update',
        issueId: '2201',
        agendaItemId: '2007',
        references: [ref('2023-09-14', { kind: 'minute-number', minute: '107', text: 'Min 107' })],
      }),
    ]);
    const links = relatedForPage(index, page)[0];
    expect(links.map((l) => l.reason)).toEqual(['issue', 'issue']);
    expect(links[0]).toMatchObject({
      href: expect.stringContaining('#AI1008'),
      meetingDate: '2023-09-14',
      decision: 'RESOLVED that the policy be noted.',
    });
    expect(links[1].meetingDate).toBe('2023-06-27');
  });

  it('resolves "minutes of the meeting held on <date>" to that meeting of the same committee', () => {
    const page = later([makeItem({ number: '3', title: 'Minutes', routine: true, references: [ref('2023-09-14')] })]);
    const [link] = relatedForPage(index, page)[0];
    expect(link).toMatchObject({
      reason: 'reference',
      href: 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=433&MId=100&Ver=4',
      meetingDate: '2023-09-14',
    });
    expect(link.why).toBe('refers to the minute of 14 September 2023');
  });

  it('resolves a reference to the matching item of that meeting, and "Min 107" by number', () => {
    const page = later([
      makeItem({
        number: '118',
        title: 'Dementia services: six-month update',
        references: [ref('2023-09-14', { kind: 'meeting' })],
      }),
      makeItem({
        number: '119',
        title: 'Budget monitoring',
        references: [{ kind: 'minute-number', text: 'Min 107', meetingDate: null, committee: null, minute: '107' }],
      }),
      // Running minutes 118-119: "Minute 119" is this meeting's own, "Minute 125" a later one.
      makeItem({
        number: '120',
        title: 'Housing update',
        references: [
          { kind: 'minute-number', text: 'Minute 119', meetingDate: null, committee: null, minute: '119' },
          { kind: 'minute-number', text: 'Minute 125', meetingDate: null, committee: null, minute: '125' },
        ],
      }),
    ]);
    const related = relatedForPage(index, page);
    expect(related[0][0]).toMatchObject({ reason: 'reference', href: expect.stringContaining('#AI1009') });
    expect(related[1][0]).toMatchObject({
      reason: 'reference',
      href: expect.stringContaining('#AI1008'),
      why: 'refers to minute 107 of 14 September 2023',
    });
    expect(related[2]?.some((l) => l.reason === 'reference')).toBeFalsy();
  });

  it('does not resolve a reference naming another committee to this committee', () => {
    const page = later([
      makeItem({
        title: 'Cabinet decision follow-up',
        references: [ref('2023-09-14', { kind: 'meeting', committee: 'Cabinet' })],
      }),
    ]);
    expect(relatedForPage(index, page)[0]?.some((l) => l.reason === 'reference')).toBeFalsy();
  });

  it('resolves to a listing stub when only the meetings list knows the meeting', async () => {
    await index.addListing('https://democracy.example.gov.uk', '433', 'People and Health Overview Committee', [
      {
        mid: '50',
        url: 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=433&MId=50',
        meetingDate: '2023-03-14',
      },
    ]);
    const page = later([makeItem({ title: 'Minutes', routine: true, references: [ref('2023-03-14')] })]);
    expect(relatedForPage(index, page)[0][0]).toMatchObject({
      reason: 'reference',
      href: 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=433&MId=50',
    });
  });

  it('offers similar items only from earlier meetings of the same council, never itself, never boilerplate', () => {
    const page = later([
      makeItem({
        number: '4',
        title: 'Dementia Services Review',
        text: 'Progress on dementia services.',
        agendaItemId: '2004',
      }),
      makeItem({ number: '1', title: 'Apologies for absence', routine: true, agendaItemId: '2001' }),
    ]);
    const related = relatedForPage(index, page);
    expect(related[0].map((l) => [l.reason, l.href])).toEqual([['similar', expect.stringContaining('#AI1009')]]);
    expect(related[1]).toBeUndefined();
  });

  it('never links an item to itself when its own meeting is viewed again', () => {
    const page = makePage({
      mid: '100',
      date: '2023-09-14',
      items: [makeItem({ number: '9', title: 'Dementia Services Review', agendaItemId: '1009', issueId: '2201' })],
    });
    expect(relatedForPage(index, page)[0]?.map((l) => l.href) ?? []).not.toContain(expect.stringContaining('#AI1009'));
  });

  it('adds issue-history entries from a fetched issue page, without duplicating indexed ones', async () => {
    await index.putIssue({
      host: 'democracy.example.gov.uk',
      iid: '2201',
      fetchedAt: '2023-10-17T00:00:00Z',
      entries: [
        {
          meetingDate: '2023-09-14',
          committee: 'People and Health Overview Committee',
          itemNumber: null,
          title: 'dup',
          href: 'https://x/1',
          decision: null,
        },
        {
          meetingDate: '2023-03-14',
          committee: 'People and Health Overview Committee',
          itemNumber: null,
          title: 'Work Programme',
          href: 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=433&MID=50',
          decision: 'Noted',
        },
        {
          meetingDate: '2023-11-01',
          committee: 'People and Health Overview Committee',
          itemNumber: null,
          title: 'later',
          href: 'https://x/2',
          decision: null,
        },
      ],
    });
    const page = later([makeItem({ title: 'Work Programme', issueId: '2201' })]);
    const links = relatedForPage(index, page)[0];
    expect(links.filter((l) => l.reason === 'issue').map((l) => l.meetingDate)).toEqual([
      '2023-09-14',
      '2023-06-27',
      '2023-03-14',
    ]);
    expect(links.find((l) => l.meetingDate === '2023-03-14')?.why).toMatch(/^Issue history/);
  });
});
