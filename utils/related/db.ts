// The related-minutes index's own database, `scrutineer-index`, opened only in the background
// (IndexedDB opened in a content script would belong to the council's origin). Versioned
// upgrades run `if (oldVersion < N)` steps, as utils/storage does for follow-ups.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { committeeKey, issueKey, itemKey } from '../moderngov/keys';
import type { BackfillJob, IndexedIssue, IndexedItem, IndexedMeeting, ListingCoverage } from './types';

export const INDEX_DB_NAME = 'scrutineer-index';
export const INDEX_DB_VERSION = 3;

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
  /** v3: committee meetings lists read for references (coverage and request cache). */
  listings: { key: string; value: ListingCoverage };
}

export type IndexDatabase = IDBPDatabase<IndexDB>;
type UpgradeTx = IDBPTransaction<IndexDB, StoreNames<IndexDB>[], 'versionchange'>;

/**
 * Version 1 spelled keys by hand: items `host|ai|<id>`, issues `host|<iid>`, jobs `host|<cid>`.
 * Version 2 keys everything through moderngov/keys.ts (`host|item|…`, `host|issue|…`,
 * `host|committee|…`), so records are re-keyed and the search snapshot (which holds item keys)
 * is dropped to be rebuilt from the items store on the next load.
 */
async function rekeyFromV1(tx: UpgradeTx): Promise<void> {
  const items = tx.objectStore('items');
  for (let cursor = await items.openCursor(); cursor; cursor = await cursor.continue()) {
    const item = cursor.value;
    const old = /^[^|]+\|ai\|(.+)$/.exec(item.key);
    if (!old) continue;
    await cursor.delete();
    await items.put({ ...item, key: itemKey(item.host, old[1]) });
  }
  const issues = tx.objectStore('issues');
  for (let cursor = await issues.openCursor(); cursor; cursor = await cursor.continue()) {
    const issue = cursor.value;
    const key = issueKey(issue.host, issue.iid);
    if (issue.key === key) continue;
    await cursor.delete();
    await issues.put({ ...issue, key });
  }
  const jobs = tx.objectStore('jobs');
  for (let cursor = await jobs.openCursor(); cursor; cursor = await cursor.continue()) {
    const job = cursor.value;
    const id = committeeKey(job.host, job.cid);
    if (job.id === id) continue;
    await cursor.delete();
    await jobs.put({ ...job, id });
  }
  await tx.objectStore('snapshots').delete('search');
}

/** Schema steps, in order. Exported for the upgrade test. */
export function upgradeIndexSchema(db: IndexDatabase, oldVersion: number, tx: UpgradeTx): void {
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
  if (oldVersion >= 1 && oldVersion < 2) void rekeyFromV1(tx);
  // `db.version` is the version being opened (tests open older ones to stage upgrades).
  if (oldVersion < 3 && db.version >= 3) db.createObjectStore('listings', { keyPath: 'key' });
}

/** Open (and upgrade) the index database. Each call opens a connection; callers cache it. */
export function openIndexDb(name = INDEX_DB_NAME, version = INDEX_DB_VERSION): Promise<IndexDatabase> {
  return openDB<IndexDB>(name, version, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgradeIndexSchema(db, oldVersion, tx),
  });
}
