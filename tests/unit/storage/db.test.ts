import { openDB } from 'idb';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openScrutineerDB } from '../../../utils/storage/db';
import { getDB } from '../../../utils/storage/connection';
import { listFollowUps } from '../../../utils/storage/followups';
import { DB_NAME, DB_VERSION, type FollowUpV1 } from '../../../utils/storage/schema';
import v1 from '../../fixtures/storage/v1-followups.json';
import v2 from '../../fixtures/storage/v2-followups.json';
import { freshDatabase } from './helpers';

const FIXTURES = join(__dirname, '../../fixtures/storage');

/** What version 1 of Scrutineer created: one store keyed by id, no indexes. */
async function seedV1(records: unknown[]): Promise<void> {
  const db = await openDB(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore('followUps', { keyPath: 'id' }) });
  const tx = db.transaction('followUps', 'readwrite');
  for (const r of records) await tx.store.put(r);
  await tx.done;
  db.close();
}

beforeEach(freshDatabase);

describe('schema versions', () => {
  it('has an example dataset for every version up to DB_VERSION', () => {
    const versions = readdirSync(FIXTURES)
      .map((f) => /^v(\d+)-/.exec(f)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(Math.max(...versions)).toBe(DB_VERSION);
    for (let v = 1; v <= DB_VERSION; v++) expect(versions).toContain(v);
  });

  it('creates the current schema from nothing', async () => {
    const db = await openScrutineerDB();
    expect([...db.objectStoreNames].sort()).toEqual(['followUps', 'quarantine', 'settings']);
    expect([...db.transaction('followUps').store.indexNames].sort()).toEqual([
      'dedupeKey',
      'due',
      'pageKey',
      'status',
      'updatedAt',
    ]);
    db.close();
  });
});

describe('upgrade 1 → 2 from the stored version-1 data', () => {
  it('migrates every valid record and quarantines the corrupt one', async () => {
    await seedV1(v1);
    const db = await openScrutineerDB();
    expect(db.version).toBe(2);
    const a = await db.get('followUps', 'v1-a');
    expect(a).toMatchObject({
      source: {
        pageKey: 'democracy.example.gov.uk|meeting|5001',
        pageKind: 'meeting',
        agendaItemId: '3101',
        position: null,
      },
      status: 'Open',
      due: '2025-03',
      tags: [],
      notes: [{ at: '2025-02-02T10:15:00.000Z', text: 'Chased by email 2 Feb.' }],
      dedupeKey:
        'democracy.example.gov.uk|meeting|5001|action|a further progress report be submitted to a future meeting',
    });
    expect((await db.get('followUps', 'v1-b'))?.status).toBe('Done');
    expect((await db.get('followUps', 'v1-b'))?.notes).toEqual([]);
    expect((await db.get('followUps', 'v1-c'))?.source.pageKind).toBe('decision');
    expect(await db.get('followUps', 'v1-corrupt')).toBeUndefined();
    const quarantined = await db.getAll('quarantine');
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ origin: 'migration', record: { id: 'v1-corrupt' } });
    expect(quarantined[0].reason).toMatch(/must be/);
    expect(await db.getAllKeysFromIndex('followUps', 'status', 'Done')).toEqual(['v1-b']);
    db.close();
  });

  it('keeps version-1 records the same when listed (nothing silently lost)', async () => {
    await seedV1(v1);
    const { followUps } = await listFollowUps();
    expect(followUps.map((f) => f.id).sort()).toEqual(['v1-a', 'v1-b', 'v1-c']);
    for (const original of (v1 as unknown[]).slice(0, 3) as FollowUpV1[]) {
      const f = followUps.find((x) => x.id === original.id)!;
      expect(f.text).toBe(original.text);
      expect(f.source.url).toBe(original.url);
      expect(f.createdAt).toBe(original.createdAt);
      expect(f.updatedAt).toBe(original.updatedAt);
    }
  });
});

describe('version-2 data', () => {
  it('reads the version-2 example as it was stored', async () => {
    const db = await openScrutineerDB();
    for (const r of v2) await db.put('followUps', r as never);
    db.close();
    const { followUps } = await listFollowUps();
    const { dedupeKey: _k, ...expected } = v2[0];
    expect(followUps).toEqual([expected]);
  });
});

describe('blocked upgrade', () => {
  it('tells the user to close other tabs while an old connection holds version 1 open', async () => {
    const old = await openDB(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore('followUps', { keyPath: 'id' }) });
    // An old tab that ignores versionchange (does not close) blocks the upgrade.
    await expect(getDB()).rejects.toThrow(/another Scrutineer tab/);
    await expect(listFollowUps()).rejects.toThrow(/Close other Scrutineer tabs/);
    old.close();
    // Once the old tab lets go, the pending upgrade completes and storage works again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const db = await getDB();
    expect(db.version).toBe(2);
  });

  it('closes its own connection when a newer version needs to open', async () => {
    let blocking = false;
    const db = await openScrutineerDB({ onBlocking: () => (blocking = true) });
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(blocking).toBe(true);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    db.close();
  });
});
