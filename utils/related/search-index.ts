// The in-memory side of the index: a MiniSearch full-text index over item titles and text,
// plus a catalogue of per-item metadata (for filters and for building links without touching
// IndexedDB at query time). Both serialise to one JSON snapshot.
import MiniSearch, { type AsPlainObject, type SearchOptions } from 'minisearch';
import { issueKey } from '../moderngov/keys';
import { contentTerms } from './text';
import type { IndexedItem } from './types';

/** What a query needs to know about an item without reading IndexedDB. */
export interface ItemMeta
  extends Pick<
    IndexedItem,
    'key' | 'meetingKey' | 'host' | 'committee' | 'committeeNorm' | 'meetingDate' | 'title' | 'number' | 'href' | 'issueId' | 'routine'
  > {
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

/**
 * Indexed body: the resolution, actions and the opening of the text. The whole text stays in the
 * items store (snippets); indexing only its lead keeps the index small and queries fast (a
 * 50,000-item index with whole minutes took 25 s to build and 430 ms per query in the bench).
 */
export const BODY_CHARS = 600;

function docOf(item: IndexedItem): Doc {
  const body = [item.resolution ?? '', item.actions.join(' '), item.text.slice(0, BODY_CHARS)].join(' ');
  return { id: item.key, title: item.title, body: body.slice(0, BODY_CHARS * 2) };
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

function termsOf(doc: Doc): Set<string> {
  return new Set(contentTerms(`${doc.title} ${doc.body}`));
}

export class SearchIndex {
  private mini = newMini();
  /**
   * Document frequency per content term. Queries for "similar" keep only the rarer terms: a
   * term in a large share of items costs the most to score and says the least. Only grows on
   * removal (a heuristic, not an exact count), and is rebuilt with the index.
   */
  private df = new Map<string, number>();
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
      const doc = docOf(item);
      this.mini.add(doc);
      this.count(doc);
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
    if (meta.issueId) this.byIssue.get(issueKey(meta.host, meta.issueId))?.delete(key);
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
    return JSON.stringify({ v: SNAPSHOT_VERSION, generation, mini: this.mini, meta: [...this.meta.values()], df: [...this.df] });
  }

  /** Load a snapshot; throws on anything malformed so the caller rebuilds instead. */
  static deserialise(json: string): { index: SearchIndex; generation: number } {
    const data = JSON.parse(json) as { v?: number; generation?: number; mini?: unknown; meta?: ItemMeta[]; df?: Array<[string, number]> };
    if (data.v !== SNAPSHOT_VERSION || !Array.isArray(data.meta) || !Array.isArray(data.df) || typeof data.generation !== 'number' || !data.mini) {
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
    index.df = new Map(data.df);
    if (index.mini.documentCount !== index.meta.size) throw new Error('related/search-index: snapshot counts disagree');
    return { index, generation: data.generation };
  }

  /** Build from scratch (rebuild after a missing or corrupt snapshot, and the bench). */
  static build(items: Iterable<IndexedItem>): SearchIndex {
    const index = new SearchIndex();
    const docs: Doc[] = [];
    for (const item of items) {
      const doc = docOf(item);
      docs.push(doc);
      index.count(doc);
      index.catalogue(metaOf(item));
    }
    index.mini.addAll(docs);
    return index;
  }

  /** The `max` most specific of `terms` (lowest document frequency; unknown terms dropped). */
  rarest(terms: string[], max: number): string[] {
    const limit = Math.max(50, this.meta.size * 0.01);
    return terms
      .map((t) => [t, this.df.get(t) ?? 0] as const)
      .filter(([, n]) => n > 0 && n <= limit)
      .sort((a, b) => a[1] - b[1])
      .slice(0, max)
      .map(([t]) => t);
  }

  private count(doc: Doc): void {
    for (const t of termsOf(doc)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  private catalogue(meta: ItemMeta): void {
    this.meta.set(meta.key, meta);
    addTo(this.byMeeting, meta.meetingKey, meta.key);
    if (meta.issueId) addTo(this.byIssue, issueKey(meta.host, meta.issueId), meta.key);
  }
}
