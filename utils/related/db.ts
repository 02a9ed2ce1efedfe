// The related-minutes index's own database, `scrutineer-index`, opened only in the background
// (IndexedDB opened in a content script would belong to the council's origin). Versioned
// upgrades run `if (oldVersion < N)` steps, as utils/storage does for follow-ups.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BackfillJob, IndexedIssue, IndexedItem, IndexedMeeting, ListingCoverage } from './types';

export const INDEX_DB_NAME = 'scrutineer-index';
export const INDEX_DB_VERSION = 2;

/** Snapshot records: `generation` counts writes to items; `search` holds the serialised index. */
export interface SnapshotRecord {
  id: 'generation' | 'search';
  generation: number;
  data?: string;
  savedAt?: string;
}

export interface IndexDB extends DBSchema {
  meetings: {
    key: string;
    value: IndexedMeeting;
    indexes: { 'by-host-date': [string, string]; 'by-host-cid': [string, string] };
  };
  items: {
    key: string;
    value: IndexedItem;
    indexes: { 'by-meeting': string; 'by-issue': [string, string] };
  };
  issues: { key: string; value: IndexedIssue };
  snapshots: { key: string; value: SnapshotRecord };
  jobs: { key: string; value: BackfillJob };
  /** v2: committee meetings lists read for references (coverage and request cache). */
  listings: { key: string; value: ListingCoverage };
}

export type IndexDatabase = IDBPDatabase<IndexDB>;

/** Open (and upgrade) the index database. Each call opens a connection; callers cache it. */
export function openIndexDb(name = INDEX_DB_NAME): Promise<IndexDatabase> {
  return openDB<IndexDB>(name, INDEX_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const meetings = db.createObjectStore('meetings', { keyPath: 'key' });
        meetings.createIndex('by-host-date', ['host', 'meetingDate']);
        meetings.createIndex('by-host-cid', ['host', 'cid']);
        const items = db.createObjectStore('items', { keyPath: 'key' });
        items.createIndex('by-meeting', 'meetingKey');
        items.createIndex('by-issue', ['host', 'issueId']);
        db.createObjectStore('issues', { keyPath: 'key' });
        db.createObjectStore('snapshots', { keyPath: 'id' });
        db.createObjectStore('jobs', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        db.createObjectStore('listings', { keyPath: 'key' });
      }
    },
  });
}
