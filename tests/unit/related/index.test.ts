import { describe, expect, it } from 'vitest';
import { openIndexDb } from '../../../utils/related/db';
import { RelatedIndex } from '../../../utils/related/related-index';
import { freshDbName, makeItem, makePage } from './factory';

const earlier = () =>
  makePage({
    mid: '100',
    date: '2023-09-14',
    items: [
      makeItem({ number: '1', title: 'Apologies', routine: true, agendaItemId: '1001' }),
      makeItem({
        number: '8',
        title: 'Adult Social Care Charging Policy',
        text: 'The committee considered the charging policy for home care.',
        agendaItemId: '1008',
        issueId: '2201',
      }),
    ],
  });

describe('RelatedIndex', () => {
  it('stores a viewed meeting with host, committee and date, and finds its items by text', async () => {
    const index = new RelatedIndex({ dbName: freshDbName() });
    expect(await index.indexPage(earlier())).toBe(2);
    const meeting = index.meetings.get('democracy.example.gov.uk|meeting|100')!;
    expect(meeting).toMatchObject({
      committee: 'People and Health Overview Committee',
      meetingDate: '2023-09-14',
      stub: false,
      itemCount: 2,
    });
    const hits = index.search.search('charging policy');
    expect(hits[0].meta).toMatchObject({
      key: 'democracy.example.gov.uk|item|1008',
      issueId: '2201',
      href: expect.stringContaining('#AI1008'),
    });
    const [item] = await index.getItems(['democracy.example.gov.uk|item|1008']);
    expect(item.text).toContain('home care');
    index.close();
  });

  it('updates incrementally: re-viewing a meeting replaces its items, leaving others alone', async () => {
    const index = new RelatedIndex({ dbName: freshDbName() });
    await index.indexPage(earlier());
    await index.indexPage(
      makePage({
        mid: '200',
        date: '2023-10-17',
        items: [makeItem({ title: 'Housing Strategy', agendaItemId: '2001' })],
      }),
    );
    const changed = earlier();
    changed.meeting.items = [makeItem({ number: '8', title: 'Home Care Charging Review', agendaItemId: '1009' })];
    await index.indexPage(changed);
    expect(index.search.size).toBe(2);
    expect(index.search.search('adult').length).toBe(0);
    expect(index.search.search('review')[0].meta.key).toBe('democracy.example.gov.uk|item|1009');
    expect(index.search.search('housing')[0].meta.key).toBe('democracy.example.gov.uk|item|2001');
    const db = await index.database();
    expect(await db.count('items')).toBe(2);
    index.close();
  });

  it('persists a snapshot and loads from it after a restart', async () => {
    const dbName = freshDbName();
    const first = new RelatedIndex({ dbName, snapshotDelayMs: 10_000 });
    await first.indexPage(earlier());
    await first.flush();
    first.close();
    const second = new RelatedIndex({ dbName });
    await second.ready();
    expect(second.loadedFrom).toBe('snapshot');
    expect(second.search.search('charging')[0].meta.key).toBe('democracy.example.gov.uk|item|1008');
    second.close();
  });

  it('rebuilds from the items store when the snapshot is corrupt, missing or stale', async () => {
    const dbName = freshDbName();
    const first = new RelatedIndex({ dbName, snapshotDelayMs: 10_000 });
    await first.indexPage(earlier());
    await first.flush();
    // A write after the snapshot (the worker died before the debounce fired): stale generation.
    await first.indexPage(
      makePage({ mid: '200', date: '2023-10-17', items: [makeItem({ title: 'Housing Strategy' })] }),
    );
    first.close();
    const stale = new RelatedIndex({ dbName });
    await stale.ready();
    expect(stale.loadedFrom).toBe('rebuild');
    expect(stale.search.search('housing').length).toBe(1);
    stale.close();

    const db = await openIndexDb(dbName);
    const gen = (await db.get('snapshots', 'generation'))!.generation;
    await db.put('snapshots', { id: 'search', generation: gen, data: '{"v":1,"generation":' });
    db.close();
    const corrupt = new RelatedIndex({ dbName });
    await corrupt.ready();
    expect(corrupt.loadedFrom).toBe('rebuild');
    expect(corrupt.search.size).toBe(3);
    corrupt.close();

    const db2 = await openIndexDb(dbName);
    await db2.delete('snapshots', 'search');
    db2.close();
    const missing = new RelatedIndex({ dbName });
    await missing.ready();
    expect(missing.loadedFrom).toBe('rebuild');
    expect(missing.search.search('charging').length).toBe(1);
    missing.close();
  });

  it('writes the snapshot after the debounce', async () => {
    const dbName = freshDbName();
    const index = new RelatedIndex({ dbName, snapshotDelayMs: 5 });
    await index.indexPage(earlier());
    await new Promise((r) => setTimeout(r, 40));
    const db = await index.database();
    const snap = await db.get('snapshots', 'search');
    expect(snap?.generation).toBe(1);
    expect(JSON.parse(snap!.data!).meta).toHaveLength(2);
    index.close();
  });

  it('never downgrades a fully indexed meeting to a listing stub', async () => {
    const index = new RelatedIndex({ dbName: freshDbName() });
    await index.indexPage(earlier());
    await index.addListing('https://democracy.example.gov.uk', '433', 'People and Health Overview Committee', [
      {
        mid: '100',
        url: 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=433&MId=100',
        meetingDate: '2023-09-14',
      },
      {
        mid: '90',
        url: 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=433&MId=90',
        meetingDate: '2023-06-27',
      },
    ]);
    expect(index.hasMeeting('democracy.example.gov.uk|meeting|100')).toBe(true);
    expect(index.hasMeeting('democracy.example.gov.uk|meeting|90')).toBe(false);
    expect(index.meetings.get('democracy.example.gov.uk|meeting|90')?.stub).toBe(true);
    index.close();
  });
});
