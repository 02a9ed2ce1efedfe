import { beforeEach, describe, expect, it } from 'vitest';
import { RelatedIndex } from '../../../utils/related/related-index';
import {
  dayBefore,
  isPreviousMeeting,
  resolveReference,
  sameNumber,
  type RefContext,
  type ReferenceInput,
} from '../../../utils/related/resolve-reference';
import { freshDbName, makeItem, makePage } from './factory';

const HOST = 'democracy.example.gov.uk';
const ORIGIN = `https://${HOST}`;
let index: RelatedIndex;

beforeEach(async () => {
  index = new RelatedIndex({ dbName: freshDbName(), snapshotDelayMs: 60_000 });
  await index.indexPage(
    makePage({
      mid: '100',
      date: '2023-05-02',
      items: [
        makeItem({ number: '3', title: 'Minutes', routine: true, agendaItemId: '1003' }),
        makeItem({ number: '4', title: 'Review of School Transport Eligibility', agendaItemId: '1004' }),
        makeItem({ number: '5', title: 'Early Years Funding', agendaItemId: '1005' }),
      ],
    }),
  );
  // Another committee of the same council, seen once (so its CId is known).
  await index.indexPage(
    makePage({
      mid: '900',
      cid: '120',
      committee: 'Cabinet',
      date: '2023-04-18',
      items: [makeItem({ number: '7', title: 'Capital Programme', agendaItemId: '9007' })],
    }),
  );
});

const ctx = (over: Partial<RefContext> = {}): RefContext => ({
  host: HOST,
  meetingKey: `${HOST}|meeting|300`,
  date: '2023-09-12',
  cid: '433',
  committeeNorm: 'people and health overview committee',
  ...over,
});
const r = (over: Partial<ReferenceInput>): ReferenceInput => ({
  text: '',
  meetingDate: null,
  committee: null,
  minute: null,
  ...over,
});

describe('resolveReference', () => {
  it('resolves a dated reference to the item named by its quoted title, else by its number', () => {
    const byTitle = resolveReference(
      index,
      r({
        text: 'in relation to item 9 (Review of School Transport Eligibility)',
        meetingDate: '2023-05-02',
        minute: '9',
        title: 'Review of School Transport Eligibility',
      }),
      ctx(),
    );
    expect(byTitle && 'resolved' in byTitle && byTitle.resolved.item?.key).toBe(`${HOST}|item|1004`);
    const byNumber = resolveReference(
      index,
      r({ text: 'article 5 of the minute of 2 May 2023', meetingDate: '2023-05-02', minute: '5' }),
      ctx(),
    );
    expect(byNumber && 'resolved' in byNumber && byNumber.resolved).toMatchObject({
      item: { key: `${HOST}|item|1005` },
      why: 'refers to item 5 of the minute of 2 May 2023',
    });
  });

  it('never resolves to this or a later meeting', () => {
    expect(
      resolveReference(
        index,
        r({ text: 'minutes of the meeting held on 2 May 2023', meetingDate: '2023-05-02' }),
        ctx({ date: '2023-05-02' }),
      ),
    ).toBeNull();
    expect(
      resolveReference(index, r({ text: 'the meeting on 1 October 2023', meetingDate: '2023-10-01' }), ctx()),
    ).toBeNull();
  });

  it('asks for the committee meetings list once when the index does not know the date, then not again', async () => {
    const ref = r({ text: 'the minute of its meeting of 20 June 2023', meetingDate: '2023-06-20' });
    const want = resolveReference(index, ref, ctx());
    expect(want).toEqual({ listing: { key: `${HOST}|433|earlier|2023-06-20`, cid: '433', to: '2023-06-20' } });
    // The list was read and had no meeting that day: nothing more to ask, nothing to link.
    await index.addListing(
      ORIGIN,
      '433',
      null,
      [{ mid: '100', url: `${ORIGIN}/x?MId=100`, meetingDate: '2023-05-02' }],
      { key: `${HOST}|433|earlier|2023-06-20`, to: '2023-06-20' },
    );
    expect(resolveReference(index, ref, ctx())).toBeNull();
  });

  it('resolves "the previous meeting" only once a meetings list shows nothing fell between', async () => {
    const ref = r({ text: 'The minutes of the previous meeting were confirmed' });
    expect(isPreviousMeeting(ref)).toBe(true);
    const want = resolveReference(index, ref, ctx());
    expect(want).toEqual({ listing: { key: `${HOST}|433|earlier|2023-09-11`, cid: '433', to: '2023-09-11' } });
    await index.addListing(
      ORIGIN,
      '433',
      'People and Health Overview Committee',
      [
        { mid: '200', url: `${ORIGIN}/ieListDocuments.aspx?CId=433&MId=200`, meetingDate: '2023-06-20' },
        {
          mid: '250',
          url: `${ORIGIN}/ieListDocuments.aspx?CId=433&MId=250`,
          meetingDate: '2023-07-25',
          cancelled: true,
        },
        { mid: '100', url: `${ORIGIN}/ieListDocuments.aspx?CId=433&MId=100`, meetingDate: '2023-05-02' },
      ],
      { key: `${HOST}|433|earlier|2023-09-11`, to: '2023-09-11' },
    );
    const got = resolveReference(index, ref, ctx());
    expect(got && 'resolved' in got && got.resolved).toMatchObject({
      meeting: { mid: '200', stub: true },
      why: 'refers to the previous meeting (20 June 2023)',
    });
    expect(isPreviousMeeting(r({ text: 'outstanding actions from previous meetings' }))).toBe(false);
  });

  it('names the item in the link when the meeting is known only from the list', async () => {
    await index.addListing(
      ORIGIN,
      '433',
      null,
      [{ mid: '200', url: `${ORIGIN}/ieListDocuments.aspx?CId=433&MId=200`, meetingDate: '2023-06-20' }],
      { key: 'k', to: '2023-06-20' },
    );
    const got = resolveReference(
      index,
      r({ text: 'Minute 12 of 20 June 2023', meetingDate: '2023-06-20', minute: '12', title: 'Parking Charges' }),
      ctx(),
    );
    expect(got && 'resolved' in got && got.resolved).toMatchObject({
      item: null,
      itemLabel: 'Item 12 “Parking Charges”',
    });
  });

  it('resolves a reference naming another committee to that committee, by its known CId', () => {
    const got = resolveReference(
      index,
      r({ text: 'the Cabinet meeting held on 18 April 2023', meetingDate: '2023-04-18', committee: 'Cabinet' }),
      ctx(),
    );
    expect(got && 'resolved' in got && got.resolved.meeting.mid).toBe('900');
    const missing = resolveReference(
      index,
      r({ text: 'the Cabinet meeting held on 11 July 2023', meetingDate: '2023-07-11', committee: 'Cabinet' }),
      ctx(),
    );
    expect(missing).toEqual({ listing: { key: `${HOST}|120|earlier|2023-07-11`, cid: '120', to: '2023-07-11' } });
  });

  it('compares minute numbers with and without a year suffix', () => {
    expect(sameNumber('45', '45/23')).toBe(true);
    expect(sameNumber('45/23', '45/22')).toBe(false);
    expect(sameNumber('Min. 107', '107.')).toBe(true);
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});
