// Follow-up CRUD over the background's database. Every read-modify-write happens inside ONE
// readwrite transaction, so two tabs changing the same follow-up at once cannot lose an update:
// IndexedDB runs overlapping readwrite transactions on a store one after the other.
import type { FollowUp, FollowUpStatus, NewFollowUp } from '../types';
import { getDB } from './connection';
import { dedupeKey } from '../followups/dedupe-key';
import { applyPatch, type FollowUpPatch } from '../followups/patch';
import { toStored, type StoredFollowUp } from '../followups/stored';
import { validateFollowUp } from '../followups/validate';
import { StorageProblem } from './problems';

/**
 * The validated list, kept after the first read. Only this module writes the store (in the one
 * background), so every write drops it; it is tied to the connection it was read from.
 */
let cache: { db: unknown; list: FollowUp[] } | null = null;
/** Bumped around every write, so a read that overlapped one never fills the cache. */
let generation = 0;

/** Run a write: the cached list is dropped before and after, whatever happens. */
async function write<T>(work: () => Promise<T>): Promise<T> {
  cache = null;
  generation++;
  try {
    return await guard(work);
  } finally {
    cache = null;
    generation++;
  }
}

/** Run a storage operation, turning IndexedDB errors (quota, closed database…) into StorageProblems. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw StorageProblem.from(error);
  }
}

function strip(stored: StoredFollowUp): FollowUp {
  const { dedupeKey: _key, ...followUp } = stored;
  return followUp;
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Track something; if the same page + kind + text is already tracked, return that one instead. */
export function addFollowUp(input: NewFollowUp, now = new Date()): Promise<{ followUp: FollowUp; created: boolean }> {
  return write(async () => {
    const at = now.toISOString();
    const candidate = validateFollowUp({
      ...input,
      id: newId(),
      status: 'Open',
      notes: [],
      tags: [],
      createdAt: at,
      updatedAt: at,
    });
    if (!candidate.ok) throw new StorageProblem('invalid', `Cannot track this: ${candidate.error}`);
    const db = await getDB();
    const tx = db.transaction('followUps', 'readwrite');
    const key = dedupeKey(input.source.pageKey, input.kind, input.text);
    const existing = await tx.store.index('dedupeKey').get(key);
    if (existing) {
      await tx.done;
      return { followUp: strip(existing), created: false };
    }
    const stored = toStored(candidate.value);
    await tx.store.add(stored);
    await tx.done;
    return { followUp: strip(stored), created: true };
  });
}

/**
 * Every readable follow-up. Records that fail validation are moved to the quarantine store (never
 * deleted) and counted, so the UI can say so.
 */
export function listFollowUps(): Promise<{ followUps: FollowUp[]; quarantined: number }> {
  return guard(async () => {
    const db = await getDB();
    if (cache?.db === db) return { followUps: [...cache.list], quarantined: 0 };
    const startedAt = generation;
    const all = await db.getAll('followUps');
    const good: FollowUp[] = [];
    const bad: Array<{ key: unknown; reason: string }> = [];
    for (const record of all) {
      const checked = validateFollowUp(record);
      if (checked.ok) good.push(checked.value);
      else bad.push({ key: (record as { id?: unknown } | null)?.id, reason: checked.error });
    }
    if (bad.length) await quarantineRecords(bad);
    else if (generation === startedAt) cache = { db, list: good };
    return { followUps: [...good], quarantined: bad.length };
  });
}

async function quarantineRecords(bad: Array<{ key: unknown; reason: string }>): Promise<void> {
  const db = await getDB();
  const tx = db.transaction(['followUps', 'quarantine'], 'readwrite');
  const at = new Date().toISOString();
  for (const { key, reason } of bad) {
    if (typeof key !== 'string' && typeof key !== 'number') continue;
    const record = await tx.objectStore('followUps').get(key as string);
    if (record === undefined || validateFollowUp(record).ok) continue;
    await tx.objectStore('quarantine').add({ at, reason, origin: 'read', record });
    await tx.objectStore('followUps').delete(key as string);
  }
  await tx.done;
}

/** One follow-up, or null when there is no such id. */
export function getFollowUp(id: string): Promise<FollowUp | null> {
  return guard(async () => {
    const record = await (await getDB()).get('followUps', id);
    return record ? strip(record) : null;
  });
}

/** Change fields of one follow-up (read, patch and write in one transaction). */
export function updateFollowUp(id: string, patch: FollowUpPatch, now = new Date()): Promise<FollowUp> {
  return write(async () => {
    const db = await getDB();
    const tx = db.transaction('followUps', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) {
      tx.abort();
      await tx.done.catch(() => {});
      throw new StorageProblem(
        'not-found',
        'That follow-up no longer exists (it may have been deleted in another tab).',
      );
    }
    const next = applyPatch(strip(current), patch, now);
    if (!next.ok) {
      tx.abort();
      await tx.done.catch(() => {});
      throw new StorageProblem('invalid', next.error);
    }
    const stored = toStored(next.value);
    await tx.store.put(stored);
    await tx.done;
    return strip(stored);
  });
}

/** Set the status of many follow-ups at once; returns how many were changed. */
export function setStatuses(ids: string[], status: FollowUpStatus, now = new Date()): Promise<number> {
  return write(async () => {
    const db = await getDB();
    const tx = db.transaction('followUps', 'readwrite');
    let changed = 0;
    for (const id of ids) {
      const current = await tx.store.get(id);
      if (!current || current.status === status) continue;
      await tx.store.put({ ...current, status, updatedAt: now.toISOString() });
      changed++;
    }
    await tx.done;
    return changed;
  });
}

/** Delete follow-ups; returns the deleted records so the UI can offer Undo. */
export function deleteFollowUps(ids: string[]): Promise<FollowUp[]> {
  return write(async () => {
    const db = await getDB();
    const tx = db.transaction('followUps', 'readwrite');
    const deleted: FollowUp[] = [];
    for (const id of ids) {
      const current = await tx.store.get(id);
      if (!current) continue;
      deleted.push(strip(current));
      await tx.store.delete(id);
    }
    await tx.done;
    return deleted;
  });
}

export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merge follow-ups (an import, or an undo): a record matches an existing one by id or by dedupe
 * key; the newer `updatedAt` wins; unmatched records are added. One transaction: all or nothing.
 * Callers validate the records first.
 */
export function mergeFollowUps(records: FollowUp[]): Promise<MergeResult> {
  return write(async () => {
    const db = await getDB();
    const tx = db.transaction('followUps', 'readwrite');
    const result: MergeResult = { added: 0, updated: 0, unchanged: 0 };
    for (const record of records) {
      const incoming = toStored(record);
      const existing = (await tx.store.get(incoming.id)) ?? (await tx.store.index('dedupeKey').get(incoming.dedupeKey));
      if (!existing) {
        await tx.store.put(incoming);
        result.added++;
      } else if (Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt)) {
        if (existing.id !== incoming.id) await tx.store.delete(existing.id);
        await tx.store.put(incoming);
        result.updated++;
      } else {
        result.unchanged++;
      }
    }
    await tx.done;
    return result;
  });
}
