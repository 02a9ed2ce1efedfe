// The background's related-minutes index: IndexedDB (`scrutineer-index`) is the record of
// truth; the SearchIndex is kept in memory, updated incrementally on every write and persisted
// as a debounced JSON snapshot. A snapshot that is missing, corrupt or older than the items
// store (its `generation` lags, e.g. the service worker died before the debounce fired) is
// rebuilt from the items store.
import { issueKey, meetingKey } from '../moderngov/keys';
import { openIndexDb, type IndexDatabase } from './db';
import { recordsFromPage } from './records';
import { SearchIndex } from './search-index';
import { normaliseCommittee } from './text';
import type { IndexedIssue, IndexedItem, IndexedMeeting, ListedMeeting, ListingCoverage } from './types';
import type { ParsedPage } from '../types';

export interface RelatedIndexOptions {
  dbName?: string;
  /** Delay before a snapshot is written after the last change (ms). */
  snapshotDelayMs?: number;
}

export class RelatedIndex {
  private db: IndexDatabase | null = null;
  private readyPromise: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;
  search = new SearchIndex();
  readonly meetings = new Map<string, IndexedMeeting>();
  readonly issues = new Map<string, IndexedIssue>();
  /** `host|cid` → the spans of that committee's meetings lists read so far. */
  readonly coverage = new Map<string, ListingCoverage[]>();
  /** How the last load went: for tests and diagnostics. */
  loadedFrom: 'snapshot' | 'rebuild' | null = null;

  constructor(private readonly options: RelatedIndexOptions = {}) {}

  /** Open the database and load or rebuild the in-memory index (once). */
  ready(): Promise<void> {
    this.readyPromise ??= this.load();
    return this.readyPromise;
  }

  async database(): Promise<IndexDatabase> {
    await this.ready();
    return this.db!;
  }

  private async load(): Promise<void> {
    this.db = await openIndexDb(this.options.dbName);
    for (const m of await this.db.getAll('meetings')) this.meetings.set(m.key, m);
    for (const i of await this.db.getAll('issues')) this.issues.set(i.key, i);
    for (const l of await this.db.getAll('listings')) this.remember(l);
    const gen = await this.db.get('snapshots', 'generation');
    this.generation = gen?.generation ?? 0;
    const snap = await this.db.get('snapshots', 'search');
    if (snap?.data && snap.generation === this.generation) {
      try {
        this.search = SearchIndex.deserialise(snap.data).index;
        this.loadedFrom = 'snapshot';
        return;
      } catch {
        // Corrupt snapshot: fall through to the rebuild, which also rewrites it.
      }
    }
    await this.rebuild();
  }

  /** Forget everything indexed ("Clear everything" on the options page). */
  async clear(): Promise<void> {
    const db = await this.database();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const names = ['meetings', 'items', 'issues', 'snapshots', 'jobs'] as const;
    const tx = db.transaction([...names], 'readwrite');
    await Promise.all([...names.map((n) => tx.objectStore(n).clear()), tx.done]);
    this.meetings.clear();
    this.issues.clear();
    this.generation = 0;
    this.search = new SearchIndex();
  }

  /** Rebuild the text index from the items store and persist a fresh snapshot. */
  async rebuild(): Promise<void> {
    const items = await this.db!.getAll('items');
    this.search = SearchIndex.build(items);
    this.loadedFrom = 'rebuild';
    await this.saveSnapshot();
  }

  /** Store a parsed meeting page (replacing what we had for it). Returns the number of items stored. */
  async indexPage(page: ParsedPage, source: IndexedMeeting['source'] = 'view'): Promise<number> {
    await this.ready();
    const records = recordsFromPage(page, source);
    if (!records) return 0;
    await this.writeMeeting(records.meeting, records.items);
    return records.items.length;
  }

  private async writeMeeting(meeting: IndexedMeeting, items: IndexedItem[]): Promise<void> {
    const db = this.db!;
    const tx = db.transaction(['meetings', 'items', 'snapshots'], 'readwrite');
    const itemStore = tx.objectStore('items');
    const oldKeys = await itemStore.index('by-meeting').getAllKeys(meeting.key);
    const newKeys = new Set(items.map((i) => i.key));
    for (const key of oldKeys) if (!newKeys.has(key)) await itemStore.delete(key);
    for (const item of items) await itemStore.put(item);
    await tx.objectStore('meetings').put(meeting);
    this.generation += 1;
    await tx.objectStore('snapshots').put({ id: 'generation', generation: this.generation });
    await tx.done;
    this.meetings.set(meeting.key, meeting);
    this.search.removeMeeting(meeting.key);
    this.search.upsert(items);
    this.scheduleSnapshot();
  }

  /**
   * Record meetings a listing names (stubs) so references can resolve to them; never downgrades a
   * full record. With `listing` (the listing's key and the last date it covers), also record that
   * every meeting of the committee in that span is now known, and that this listing was read.
   */
  async addListing(
    origin: string,
    cid: string | null,
    committee: string | null,
    listed: ListedMeeting[],
    listing?: { key: string; to: string | null },
  ): Promise<void> {
    await this.ready();
    const host = new URL(origin).host.toLowerCase();
    if (cid && listing) {
      const dates = listed
        .map((l) => l.meetingDate)
        .filter((d): d is string => !!d)
        .sort();
      const to = listing.to ?? dates[dates.length - 1] ?? null;
      if (to) {
        const record: ListingCoverage = {
          key: listing.key,
          host,
          cid: cid.toLowerCase(),
          from: dates[0] ?? null,
          to,
          meetings: listed.length,
          fetchedAt: new Date().toISOString(),
        };
        await this.db!.put('listings', record);
        this.remember(record);
      }
    }
    const tx = this.db!.transaction('meetings', 'readwrite');
    for (const l of listed) {
      const key = meetingKey(host, l.mid);
      if (this.meetings.has(key)) continue;
      const stub: IndexedMeeting = {
        key,
        host,
        origin,
        cid,
        mid: l.mid.toLowerCase(),
        committee,
        committeeNorm: normaliseCommittee(committee),
        meetingDate: l.meetingDate,
        url: l.url,
        status: l.cancelled ? 'cancelled' : null,
        itemCount: 0,
        stub: true,
        source: 'listing',
        indexedAt: new Date().toISOString(),
      };
      this.meetings.set(key, stub);
      await tx.store.put(stub);
    }
    await tx.done;
  }

  private remember(record: ListingCoverage): void {
    const key = `${record.host}|${record.cid}`;
    const list = (this.coverage.get(key) ?? []).filter((l) => l.key !== record.key);
    list.push(record);
    this.coverage.set(key, list);
  }

  /** Store what an issue page said (keyed by its host and IId). */
  async putIssue(fetched: Omit<IndexedIssue, 'key'>): Promise<void> {
    await this.ready();
    const issue: IndexedIssue = { ...fetched, key: issueKey(fetched.host, fetched.iid) };
    await this.db!.put('issues', issue);
    this.issues.set(issue.key, issue);
  }

  /** Is this meeting fully indexed (not just a listing stub)? */
  hasMeeting(key: string): boolean {
    const m = this.meetings.get(key);
    return !!m && !m.stub;
  }

  /** Full item records, in the order asked. */
  async getItems(keys: string[]): Promise<IndexedItem[]> {
    const db = await this.database();
    const tx = db.transaction('items');
    const items = await Promise.all(keys.map((k) => tx.store.get(k)));
    await tx.done;
    return items.filter((i): i is IndexedItem => !!i);
  }

  private scheduleSnapshot(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveSnapshot();
    }, this.options.snapshotDelayMs ?? 2000);
  }

  /** Write the snapshot now (also used when tests or the bench need it on disk). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.ready();
    await this.saveSnapshot();
  }

  private async saveSnapshot(): Promise<void> {
    const data = this.search.serialise(this.generation);
    await this.db!.put('snapshots', {
      id: 'search',
      generation: this.generation,
      data,
      savedAt: new Date().toISOString(),
    });
  }

  /** Close the database (tests simulate a restart with a new RelatedIndex on the same name). */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.db?.close();
  }
}
