// The search page's query: full text over every indexed item and resolution, with filters.
import type { SearchFilters, SearchResult } from './messages';
import type { RelatedIndex } from './related-index';
import type { ItemMeta } from './search-index';
import { normaliseCommittee, sameCommittee, tokenize } from './text';

function passes(meta: ItemMeta, f: SearchFilters, committee: string): boolean {
  if (f.host && meta.host !== f.host.toLowerCase()) return false;
  if (committee && !sameCommittee(meta.committeeNorm, committee)) return false;
  if (f.from && (!meta.meetingDate || meta.meetingDate < f.from)) return false;
  if (f.to && (!meta.meetingDate || meta.meetingDate > f.to)) return false;
  if (f.decisionsOnly && !meta.decision) return false;
  return true;
}

/** A passage of `text` around the first query word (or its start). */
export function snippetOf(text: string, query: string, size = 200): string {
  const lower = text.toLowerCase();
  const at = tokenize(query).reduce((best, t) => {
    const i = lower.indexOf(t);
    return i >= 0 && (best < 0 || i < best) ? i : best;
  }, -1);
  const start = Math.max(0, at - 60);
  const cut = text
    .slice(start, start + size)
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${cut}${start + size < text.length ? '…' : ''}`;
}

/** Ranked results (best first; newest first when there is no query text). */
export async function searchItems(
  index: RelatedIndex,
  query: string,
  filters: SearchFilters,
  limit = 50,
): Promise<{ results: SearchResult[]; total: number }> {
  await index.ready();
  const committee = normaliseCommittee(filters.committee);
  const filter = (m: ItemMeta) => passes(m, filters, committee);
  let hits: Array<{ meta: ItemMeta; score: number }>;
  if (query.trim()) {
    const opts = { prefix: (t: string) => t.length > 3, fuzzy: (t: string) => (t.length > 5 ? 0.15 : 0) } as const;
    hits = index.search.search(query, filter, 10_000, { ...opts, combineWith: 'AND' });
    if (!hits.length) hits = index.search.search(query, filter, 10_000, { ...opts, combineWith: 'OR' });
  } else {
    hits = [...index.search.meta.values()]
      .filter(filter)
      .sort((a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') || a.key.localeCompare(b.key))
      .map((meta) => ({ meta, score: 0 }));
  }
  const top = hits.slice(0, limit);
  const items = new Map((await index.getItems(top.map((h) => h.meta.key))).map((i) => [i.key, i]));
  const results = top.map(({ meta, score }): SearchResult => {
    const item = items.get(meta.key);
    return {
      key: meta.key,
      href: meta.href,
      host: meta.host,
      committee: meta.committee,
      meetingDate: meta.meetingDate,
      number: meta.number,
      title: meta.title,
      decision: item?.resolution ?? meta.decision,
      snippet: snippetOf(item?.text ?? '', query),
      score,
    };
  });
  return { results, total: hits.length };
}
