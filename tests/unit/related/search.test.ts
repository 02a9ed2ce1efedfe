import { describe, expect, it } from 'vitest';
import { RelatedIndex } from '../../../utils/related/related-index';
import { searchItems } from '../../../utils/related/search';
import { freshDbName, makeItem, makePage } from './factory';

describe('searchItems', () => {
  it('finds items and resolutions with council, committee, date and decisions-only filters', async () => {
    const index = new RelatedIndex({ dbName: freshDbName(), snapshotDelayMs: 60_000 });
    await index.indexPage(
      makePage({
        mid: '1',
        date: '2023-01-10',
        items: [
          makeItem({
            title: 'Innovation Park phase 2',
            agendaItemId: '11',
            resolution: { text: 'RESOLVED that the Innovation Park business case be approved.', parts: [] },
          }),
        ],
      }),
    );
    await index.indexPage(
      makePage({
        mid: '2',
        date: '2024-02-10',
        committee: 'Cabinet',
        items: [makeItem({ title: 'Innovation Park update', agendaItemId: '21' })],
      }),
    );
    await index.indexPage(
      makePage({
        host: 'other.gov.uk',
        mid: '3',
        date: '2023-05-01',
        items: [makeItem({ title: 'Innovation Park', agendaItemId: '31' })],
      }),
    );
    expect((await searchItems(index, 'innovation park', {})).total).toBe(3);
    expect((await searchItems(index, 'innovation park', { host: 'other.gov.uk' })).results.map((r) => r.key)).toEqual([
      'other.gov.uk|item|31',
    ]);
    expect((await searchItems(index, 'innovation', { committee: 'Cabinet' })).results.map((r) => r.key)).toEqual([
      'democracy.example.gov.uk|item|21',
    ]);
    expect((await searchItems(index, 'park', { from: '2024-01-01' })).total).toBe(1);
    const decided = await searchItems(index, 'business case', { decisionsOnly: true });
    expect(decided.results[0]).toMatchObject({
      key: 'democracy.example.gov.uk|item|11',
      href: expect.stringContaining('#AI11'),
      decision: expect.stringContaining('approved'),
    });
    index.close();
  });
});
