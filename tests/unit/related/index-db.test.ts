// The index database's upgrade steps: a version-1 database (keys spelled by hand) opens at the
// current version with every record re-keyed through moderngov/keys.ts and its index rebuilt.
import { describe, expect, it } from 'vitest';
import { INDEX_DB_VERSION, openIndexDb } from '../../../utils/related/db';
import { RelatedIndex } from '../../../utils/related/related-index';
import { createJob } from '../../../utils/related/backfill-queue';
import { recordsFromPage } from '../../../utils/related/records';
import { freshDbName, makeItem, makePage } from './factory';

describe('scrutineer-index upgrades', () => {
  it('re-keys version-1 items, issues and jobs and drops the stale search snapshot', async () => {
    const name = freshDbName();
    const v1 = await openIndexDb(name, 1);
    const page = makePage({
      mid: '100',
      date: '2023-09-14',
      items: [
        makeItem({
          title: 'Adult Social Care Charging Policy',
          text: 'Charging for home care.',
          agendaItemId: '1008',
          issueId: '2201',
        }),
      ],
    });
    const { meeting, items } = recordsFromPage(page, 'view')!;
    await v1.put('meetings', meeting);
    await v1.put('items', { ...items[0], key: 'democracy.example.gov.uk|ai|1008' });
    await v1.put('issues', {
      key: 'democracy.example.gov.uk|2201',
      host: 'democracy.example.gov.uk',
      iid: '2201',
      entries: [],
      fetchedAt: '2024-01-01T00:00:00Z',
    });
    const job = createJob(
      { pageUrl: page.url, cid: '433', committee: null, webService: false },
      new Date('2024-01-01T00:00:00Z'),
    );
    await v1.put('jobs', { ...job, id: 'democracy.example.gov.uk|433' });
    await v1.put('snapshots', { id: 'search', generation: 0, data: '{"stale":true}' });
    v1.close();

    const index = new RelatedIndex({ dbName: name });
    await index.ready();
    const db = await index.database();
    expect(db.version).toBe(INDEX_DB_VERSION);
    expect(await db.getAllKeys('items')).toEqual(['democracy.example.gov.uk|item|1008']);
    expect(await db.getAllKeys('issues')).toEqual(['democracy.example.gov.uk|issue|2201']);
    expect(await db.getAllKeys('jobs')).toEqual(['democracy.example.gov.uk|committee|433']);
    expect(index.loadedFrom).toBe('rebuild');
    expect(index.search.search('charging')[0].meta.key).toBe('democracy.example.gov.uk|item|1008');
    expect(index.search.byIssue.get('democracy.example.gov.uk|issue|2201')?.size).toBe(1);
    index.close();
  });
});
