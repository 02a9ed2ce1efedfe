// The compact text index scores as MiniSearch does (rank.ts's thresholds were tuned on MiniSearch
// scores), on the items of the seed documents: same hits, same order, same scores, for plain,
// AND, prefix and fuzzy queries, after removals, and after a snapshot round trip.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';
import { TextIndex, type TextSearchOptions } from '../../../utils/related/text-index';
import { isContentTerm, tokenize } from '../../../utils/related/text';

const SEEDS = join(process.cwd(), 'tests/fixtures/seeds');

const docs = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((file) =>
    extractDocument(readFileSync(join(SEEDS, file), 'utf8'), { format: 'text', fileName: file }).parts.flatMap(
      (part, p) =>
        part.items.map((item, i) => ({ id: `${file}|${p}|${i}`, title: item.title, body: item.text.slice(0, 1200) })),
    ),
  );

/** MiniSearch set up with the same tokens: our tokenizer, stop words and numbers dropped. */
function reference(): MiniSearch<(typeof docs)[number]> {
  const mini = new MiniSearch<(typeof docs)[number]>({
    fields: ['title', 'body'],
    storeFields: [],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => (isContentTerm(term) ? term : null),
    searchOptions: { boost: { title: 2 } },
  });
  mini.addAll(docs);
  return mini;
}

function ours(): TextIndex {
  const index = new TextIndex();
  for (const d of docs) index.add(d.id, d.title, d.body);
  return index;
}

const QUERIES: Array<[string, TextSearchOptions]> = [
  ['budget', {}],
  ['school transport policy', {}],
  ['budget report', { combineWith: 'AND' }],
  ['adult social care charging', {}],
  ['housing', { prefix: true }],
  ['strategi plann', { prefix: (t) => t.length > 3, fuzzy: (t) => (t.length > 5 ? 0.15 : 0) }],
  ['enviroment', { fuzzy: 0.2 }],
];

function compare(
  mini: MiniSearch<(typeof docs)[number]>,
  index: TextIndex,
  query: string,
  options: TextSearchOptions,
): number {
  const expected = mini
    .search(query, options as Parameters<typeof mini.search>[1])
    .map((r) => ({ id: r.id as string, score: r.score }));
  const got = index.search(query, options);
  expect(got.map((h) => h.id).sort()).toEqual(expected.map((h) => h.id).sort());
  const byId = new Map(expected.map((h) => [h.id, h.score]));
  for (const hit of got) expect(hit.score).toBeCloseTo(byId.get(hit.id)!, 6);
  return got.length;
}

describe('TextIndex', () => {
  it('has enough real items to compare', () => {
    expect(docs.length).toBeGreaterThan(40);
  });

  it.each(QUERIES)('scores %j %j as MiniSearch does', (query, options) => {
    expect(compare(reference(), ours(), query, options)).toBeGreaterThan(0);
  });

  it('keeps scoring as MiniSearch does after removals and a snapshot round trip', () => {
    const mini = reference();
    const index = ours();
    for (const d of docs.filter((_, i) => i % 3 === 0)) {
      mini.remove(d);
      index.remove(d.id);
    }
    expect(index.size).toBe(mini.documentCount);
    const loaded = TextIndex.fromJSON(JSON.parse(JSON.stringify(index)));
    expect(loaded.size).toBe(index.size);
    for (const [query, options] of QUERIES.slice(0, 4)) {
      compare(mini, index, query, options);
      compare(mini, loaded, query, options);
    }
  });

  it('refuses a malformed snapshot', () => {
    expect(() => TextIndex.fromJSON({ ids: ['a'], lengths: [1, 1], terms: [['x', [5 * 1024]]] })).toThrow(
      /out of range/,
    );
    expect(() => TextIndex.fromJSON({ ids: ['a'], lengths: [1], terms: [] })).toThrow(/wrong shape/);
  });

  it('counts document frequency for rare-term choice', () => {
    const index = ours();
    expect(index.documentFrequency('budget')).toBeGreaterThan(0);
    expect(index.documentFrequency('zzzz')).toBe(0);
  });
});
