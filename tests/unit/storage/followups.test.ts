import { beforeEach, describe, expect, it } from 'vitest';
import { getDB } from '../../../utils/storage/connection';
import {
  addFollowUp,
  deleteFollowUps,
  listFollowUps,
  mergeFollowUps,
  setStatuses,
  updateFollowUp,
} from '../../../utils/storage/followups';
import { getSettings, updateSettings } from '../../../utils/storage/settings';
import { freshDatabase, makeFollowUp, newFollowUp } from './helpers';

beforeEach(freshDatabase);

describe('addFollowUp', () => {
  it('creates once per page + kind + normalised text', async () => {
    const first = await addFollowUp(newFollowUp({ text: 'Officers agreed to report back.' }));
    const again = await addFollowUp(newFollowUp({ text: '  officers   AGREED to report back ' }));
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.followUp.id).toBe(first.followUp.id);
    const otherKind = await addFollowUp(newFollowUp({ text: 'Officers agreed to report back.', kind: 'resolution' }));
    expect(otherKind.created).toBe(true);
    expect((await listFollowUps()).followUps).toHaveLength(2);
  });

  it('does not create duplicates when the same item is tracked twice at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => addFollowUp(newFollowUp({ text: 'Same promise' }))),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect((await listFollowUps()).followUps).toHaveLength(1);
  });

  it('rejects an invalid request with a readable message and stores nothing', async () => {
    await expect(addFollowUp({ ...newFollowUp(), due: 'next Tuesday' })).rejects.toThrow(/Cannot track this: due/);
    expect((await listFollowUps()).followUps).toHaveLength(0);
  });
});

describe('updateFollowUp', () => {
  it('applies status, due, owner, tags and a dated note', async () => {
    const { followUp } = await addFollowUp(newFollowUp(), new Date('2025-01-20T10:00:00Z'));
    const updated = await updateFollowUp(
      followUp.id,
      {
        status: 'In progress',
        due: '2025-05',
        owner: ' Head of Planning ',
        tags: ['planning', ' Planning', 'budget'],
        addNote: 'Asked for a date.',
      },
      new Date('2025-02-01T09:30:00Z'),
    );
    expect(updated).toMatchObject({
      status: 'In progress',
      due: '2025-05',
      owner: 'Head of Planning',
      tags: ['planning', 'budget'],
      notes: [{ at: '2025-02-01T09:30:00.000Z', text: 'Asked for a date.' }],
      updatedAt: '2025-02-01T09:30:00.000Z',
    });
    const removed = await updateFollowUp(followUp.id, { removeNoteAt: '2025-02-01T09:30:00.000Z' });
    expect(removed.notes).toEqual([]);
  });

  it('refuses an invalid edit and keeps the record as it was', async () => {
    const { followUp } = await addFollowUp(newFollowUp());
    await expect(updateFollowUp(followUp.id, { due: '31/03/2025' })).rejects.toThrow(/due must be/);
    expect((await listFollowUps()).followUps[0].due).toBe(followUp.due);
    await expect(updateFollowUp('missing', { status: 'Done' })).rejects.toThrow(/no longer exists/);
  });

  it('loses no update when two tabs write the same follow-up at once', async () => {
    const { followUp } = await addFollowUp(newFollowUp());
    // Tab A adds 25 notes while tab B changes status, owner and due date, all interleaved.
    const tabA = Array.from({ length: 25 }, (_, i) => updateFollowUp(followUp.id, { addNote: `note ${i}` }));
    const tabB = [
      updateFollowUp(followUp.id, { status: 'Waiting for response' }),
      updateFollowUp(followUp.id, { owner: 'Monitoring Officer' }),
      updateFollowUp(followUp.id, { due: '2025-06-30' }),
      setStatuses([followUp.id], 'Waiting for response'),
    ];
    await Promise.all([...tabA, ...tabB]);
    const [stored] = (await listFollowUps()).followUps;
    expect(stored.notes.map((n) => n.text).sort()).toEqual(Array.from({ length: 25 }, (_, i) => `note ${i}`).sort());
    expect(new Set(stored.notes.map((n) => n.at)).size).toBe(25);
    expect(stored).toMatchObject({ status: 'Waiting for response', owner: 'Monitoring Officer', due: '2025-06-30' });
  });
});

describe('delete, restore and merge', () => {
  it('returns deleted records, and merging them back restores them exactly', async () => {
    const a = (await addFollowUp(newFollowUp())).followUp;
    const b = (await addFollowUp(newFollowUp())).followUp;
    const deleted = await deleteFollowUps([a.id, b.id, 'nope']);
    expect(deleted.map((f) => f.id)).toEqual([a.id, b.id]);
    expect((await listFollowUps()).followUps).toEqual([]);
    expect(await mergeFollowUps(deleted)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    const after = (await listFollowUps()).followUps;
    expect(after.sort((x, y) => x.id.localeCompare(y.id))).toEqual([a, b].sort((x, y) => x.id.localeCompare(y.id)));
  });

  it('merges by id or dedupe key; the newer updatedAt wins', async () => {
    const old = makeFollowUp({ id: 'x', text: 'Report to Cabinet', updatedAt: '2025-01-01T00:00:00.000Z' });
    await mergeFollowUps([old]);
    const newer = { ...old, status: 'Done' as const, updatedAt: '2025-02-01T00:00:00.000Z' };
    const stale = { ...old, status: 'Dropped' as const, updatedAt: '2024-12-01T00:00:00.000Z' };
    const sameTextOtherId = { ...old, id: 'y', owner: 'Someone', updatedAt: '2025-03-01T00:00:00.000Z' };
    expect(await mergeFollowUps([newer, stale])).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect(await mergeFollowUps([sameTextOtherId])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const list = (await listFollowUps()).followUps;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 'y', owner: 'Someone', status: 'Open' });
  });
});

describe('corrupt records', () => {
  it('are quarantined, counted and kept, never silently dropped', async () => {
    await addFollowUp(newFollowUp());
    const db = await getDB();
    await db.put('followUps', { id: 'broken', text: 7 } as never);
    const { followUps, quarantined } = await listFollowUps();
    expect(followUps).toHaveLength(1);
    expect(quarantined).toBe(1);
    const kept = await db.getAll('quarantine');
    expect(kept[0]).toMatchObject({ origin: 'read', record: { id: 'broken', text: 7 } });
    expect((await listFollowUps()).quarantined).toBe(0);
    expect(await db.count('quarantine')).toBe(1);
  });
});

describe('quota exceeded', () => {
  it('becomes a message telling the user what to do', async () => {
    const db = await getDB();
    const realTransaction = db.transaction.bind(db);
    db.transaction = (() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    }) as never;
    try {
      await expect(addFollowUp(newFollowUp())).rejects.toThrow(/storage is full.*Export a backup/);
    } finally {
      db.transaction = realTransaction;
    }
  });
});

describe('settings', () => {
  it('defaults, stores and ignores wrong types', async () => {
    expect(await getSettings()).toMatchObject({
      dueSoonDays: 14,
      lastReminderDate: null,
      remindersEnabled: false,
      watchCheckMinutes: 1440,
    });
    await updateSettings({ dueSoonDays: 7, lastReminderDate: '2025-01-01' });
    await (await getDB()).put('settings', 'not a number', 'remindersEnabled');
    expect(await getSettings()).toMatchObject({
      dueSoonDays: 7,
      lastReminderDate: '2025-01-01',
      remindersEnabled: false,
    });
  });
});
