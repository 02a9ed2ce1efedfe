// The in-memory side of the index: a MiniSearch full-text index over item titles and text,
// plus a catalogue of per-item metadata (for filters and for building links without touching
// IndexedDB at query time). Both serialise to one JSON snapshot.
import MiniSearch, { type AsPlainObject, type SearchOptions } from 'minisearch';
import { contentTerms } from './text';
import type { IndexedItem } from './types';

/** What a query needs to know about an item without reading IndexedDB. */
export interface ItemMeta {
  key: string;
  meetingKey: string;
  host: string;
  committee: string | null;
  committeeNorm: string;
  meetingDate: string | null;
  title: string;
  number: string | null;
  href: string;
  issueId: string | null;
  routine: boolean;
  /** First 240 characters of the resolution, or null. */
  decision: string | null;
}

interface Doc {
  id: string;
  title: string;
  body: string;
}

const SNAPSHOT_VERSION = 1;
const STOP_DROP = (term: string): string | null => {
  const t = term.toLowerCase();
  return contentTerms(t).length ? t : null;
};

function newMini(): MiniSearch<Doc> {
  return new MiniSearch<Doc>({
    fields: ['title', 'body'],
    storeFields: [],
    processTerm: STOP_DROP,
    searchOptions: { boost: { title: 2 }, prefix: false, fuzzy: false, combineWith: 'OR' },
  });
}

function docOf(item: IndexedItem): Doc {
  return { id: item.key, title: item.title, body: [item.resolution ?? '', item.text, item.actions.join(' ')].join(' ') };
}

function metaOf(item: IndexedItem): ItemMeta {
  return {
    key: item.key,
    meetingKey: item.meetingKey,
    host: item.host,
    committee: item.committee,
    committeeNorm: item.committeeNorm,
    meetingDate: item.meetingDate,
    title: item.title,
    number: item.number,
    href: item.href,
    issueId: item.issueId,
    routine: item.routine,
    decision: item.resolution ? item.resolution.slice(0, 240) : null,
  };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

export class SearchIndex {
  private mini = newMini();
  readonly meta = new Map<string, ItemMeta>();
  readonly byMeeting = new Map<string, Set<string>>();
  /** `host|iid` → item keys. */
  readonly byIssue = new Map<string, Set<string>>();

  get size(): number {
    return this.meta.size;
  }

  /** Add or replace items (incremental: only these documents are (re)tokenised). */
  upsert(items: IndexedItem[]): void {
    for (const item of items) {
      if (this.meta.has(item.key)) this.remove(item.key);
      this.mini.add(docOf(item));
      this.catalogue(metaOf(item));
    }
  }

  /** Drop one item from the text index and the catalogue. */
  remove(key: string): void {
    const meta = this.meta.get(key);
    if (!meta) return;
    this.mini.discard(key);
    this.meta.delete(key);
    this.byMeeting.get(meta.meetingKey)?.delete(key);
    if (meta.issueId) this.byIssue.get(`${meta.host}|${meta.issueId}`)?.delete(key);
  }

  /** Drop every item of a meeting (before re-indexing it). */
  removeMeeting(meetingKey: string): void {
    for (const key of [...(this.byMeeting.get(meetingKey) ?? [])]) this.remove(key);
  }

  /** Full-text search; `filter` sees the item's catalogue entry. */
  search(
    query: string,
    filter?: (meta: ItemMeta) => boolean,
    limit = 50,
    options: SearchOptions = {},
  ): Array<{ meta: ItemMeta; score: number }> {
    const hits = this.mini.search(query, {
      ...options,
      ...(filter ? { filter: (r) => { const m = this.meta.get(r.id as string); return !!m && filter(m); } } : {}),
    });
    const out: Array<{ meta: ItemMeta; score: number }> = [];
    for (const hit of hits) {
      const meta = this.meta.get(hit.id as string);
      if (meta) out.push({ meta, score: hit.score });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** One JSON string holding the MiniSearch index and the catalogue. */
  serialise(generation: number): string {
    return JSON.stringify({ v: SNAPSHOT_VERSION, generation, mini: this.mini, meta: [...this.meta.values()] });
  }

  /** Load a snapshot; throws on anything malformed so the caller rebuilds instead. */
  static deserialise(json: string): { index: SearchIndex; generation: number } {
    const data = JSON.parse(json) as { v?: number; generation?: number; mini?: unknown; meta?: ItemMeta[] };
    if (data.v !== SNAPSHOT_VERSION || !Array.isArray(data.meta) || typeof data.generation !== 'number' || !data.mini) {
      throw new Error('related/search-index: snapshot has the wrong shape');
    }
    const index = new SearchIndex();
    index.mini = MiniSearch.loadJS<Doc>(data.mini as AsPlainObject, {
      fields: ['title', 'body'],
      storeFields: [],
      processTerm: STOP_DROP,
      searchOptions: { boost: { title: 2 }, prefix: false, fuzzy: false, combineWith: 'OR' },
    });
    for (const meta of data.meta) index.catalogue(meta);
    if (index.mini.documentCount !== index.meta.size) throw new Error('related/search-index: snapshot counts disagree');
    return { index, generation: data.generation };
  }

  /** Build from scratch (rebuild after a missing or corrupt snapshot, and the bench). */
  static build(items: Iterable<IndexedItem>): SearchIndex {
    const index = new SearchIndex();
    const docs: Doc[] = [];
    for (const item of items) {
      docs.push(docOf(item));
      index.catalogue(metaOf(item));
    }
    index.mini.addAll(docs);
    return index;
  }

  private catalogue(meta: ItemMeta): void {
    this.meta.set(meta.key, meta);
    addTo(this.byMeeting, meta.meetingKey, meta.key);
    if (meta.issueId) addTo(this.byIssue, `${meta.host}|${meta.issueId}`, meta.key);
  }
}
