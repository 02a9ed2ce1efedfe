// The index database's step to v3 (the `listings` store for meetings-list coverage) keeps
// every v1 record and loads into a RelatedIndex.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { INDEX_DB_VERSION, openIndexDb } from '../../../utils/related/db';
import { RelatedIndex } from '../../../utils/related/related-index';
import { freshDbName } from './factory';

describe('scrutineer-index upgrade', () => {
  it('adds the listings store to a v1 database without losing meetings', async () => {
    const name = freshDbName();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('meetings', { keyPath: 'key' });
        db.createObjectStore('items', { keyPath: 'key' }).createIndex('by-meeting', 'meetingKey');
        db.createObjectStore('issues', { keyPath: 'key' });
        db.createObjectStore('snapshots', { keyPath: 'id' });
        db.createObjectStore('jobs', { keyPath: 'id' });
      },
    });
    await v1.put('meetings', { key: 'h|meeting|1', host: 'h', cid: '7', stub: true, meetingDate: '2023-05-02' });
    v1.close();
    const db = await openIndexDb(name);
    expect(INDEX_DB_VERSION).toBe(3);
    expect([...db.objectStoreNames]).toContain('listings');
    expect(await db.get('meetings', 'h|meeting|1')).toMatchObject({ cid: '7' });
    db.close();
    const index = new RelatedIndex({ dbName: name });
    await index.ready();
    expect(index.meetings.size).toBe(1);
    expect(index.coverage.size).toBe(0);
    index.close();
  });
});
