// The in-memory side of the index: a full-text index over item titles and text (text-index.ts,
// scored as MiniSearch scores), plus a catalogue of per-item metadata (for filters and for
// building links without touching IndexedDB at query time). Both serialise to one JSON snapshot.
import { TextIndex, type TextIndexData, type TextSearchOptions } from './text-index';
import { issueKey } from '../moderngov/keys';
import type { IndexedItem } from './types';

/** What a query needs to know about an item without reading IndexedDB. */
export interface ItemMeta extends Pick<
  IndexedItem,
  | 'key'
  | 'meetingKey'
  | 'host'
  | 'committee'
  | 'committeeNorm'
  | 'meetingDate'
  | 'title'
  | 'number'
  | 'href'
  | 'issueId'
  | 'routine'
> {
  /** First 240 characters of the resolution, or null. */
  decision: string | null;
}

interface Doc {
  id: string;
  title: string;
  body: string;
}

/** 2: the compact text index (1 held MiniSearch's JSON; a v1 snapshot is rebuilt on load). */
const SNAPSHOT_VERSION = 2;

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

export class SearchIndex {
  private text = new TextIndex();
  readonly meta = new Map<string, ItemMeta>();
  readonly byMeeting = new Map<string, Set<string>>();
  /** `host|iid` → item keys. */
  readonly byIssue = new Map<string, Set<string>>();

  get size(): number {
    return this.meta.size;
  }

  /** Add or replace items (incremental: only these documents are (re)tokenised). */
  upsert(items: Iterable<IndexedItem>): void {
    for (const item of items) {
      if (this.meta.has(item.key)) this.remove(item.key);
      const doc = docOf(item);
      this.text.add(doc.id, doc.title, doc.body);
      this.catalogue(metaOf(item));
    }
  }

  /** Drop one item from the text index and the catalogue. */
  remove(key: string): void {
    const meta = this.meta.get(key);
    if (!meta) return;
    this.text.remove(key);
    this.meta.delete(key);
    this.byMeeting.get(meta.meetingKey)?.delete(key);
    if (meta.issueId) this.byIssue.get(issueKey(meta.host, meta.issueId))?.delete(key);
  }

  /** Drop every item of a meeting (before re-indexing it). */
  removeMeeting(meetingKey: string): void {
    for (const key of [...(this.byMeeting.get(meetingKey) ?? [])]) this.remove(key);
  }

  /** Full-text search, best first; `filter` sees the item's catalogue entry. */
  search(
    query: string,
    filter?: (meta: ItemMeta) => boolean,
    limit = 50,
    options: TextSearchOptions = {},
  ): Array<{ meta: ItemMeta; score: number }> {
    const out: Array<{ meta: ItemMeta; score: number }> = [];
    for (const hit of this.text.search(query, options)) {
      const meta = this.meta.get(hit.id);
      if (!meta || (filter && !filter(meta))) continue;
      out.push({ meta, score: hit.score });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** One JSON string holding the text index and the catalogue. */
  serialise(generation: number): string {
    return JSON.stringify({ v: SNAPSHOT_VERSION, generation, text: this.text, meta: [...this.meta.values()] });
  }

  /** Load a snapshot; throws on anything malformed so the caller rebuilds instead. */
  static deserialise(json: string): { index: SearchIndex; generation: number } {
    const data = JSON.parse(json) as { v?: number; generation?: number; text?: TextIndexData; meta?: ItemMeta[] };
    if (data.v !== SNAPSHOT_VERSION || !Array.isArray(data.meta) || typeof data.generation !== 'number' || !data.text) {
      throw new Error('related/search-index: snapshot has the wrong shape');
    }
    const index = new SearchIndex();
    index.text = TextIndex.fromJSON(data.text);
    for (const meta of data.meta) index.catalogue(meta);
    if (index.text.size !== index.meta.size) throw new Error('related/search-index: snapshot counts disagree');
    return { index, generation: data.generation };
  }

  /** Build from scratch (rebuild after a missing or corrupt snapshot, and the bench). */
  static build(items: Iterable<IndexedItem>): SearchIndex {
    const index = new SearchIndex();
    index.upsert(items);
    return index;
  }

  /**
   * The `max` most specific of `terms` (lowest document frequency; unknown terms dropped).
   * Queries for "similar" keep only the rarer terms: a term in a large share of items costs the
   * most to score and says the least.
   */
  rarest(terms: string[], max: number): string[] {
    const limit = Math.max(50, this.meta.size * 0.01);
    return terms
      .map((t) => [t, this.text.documentFrequency(t)] as const)
      .filter(([, n]) => n > 0 && n <= limit)
      .sort((a, b) => a[1] - b[1])
      .slice(0, max)
      .map(([t]) => t);
  }

  private catalogue(meta: ItemMeta): void {
    this.meta.set(meta.key, meta);
    addTo(this.byMeeting, meta.meetingKey, meta.key);
    if (meta.issueId) addTo(this.byIssue, issueKey(meta.host, meta.issueId), meta.key);
  }
}
