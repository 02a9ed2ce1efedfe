// A compact full-text index over two fields (title, body) with MiniSearch's scoring (BM25+ with
// k 1.2, b 0.7, d 0.5; prefix weight 0.375, fuzzy weight 0.45; a result's score times the number
// of query terms it matched), so score thresholds tuned on MiniSearch (rank.ts) still hold.
//
// Why not MiniSearch itself: at 50,000 items it took 8–27 s to build and ~100 MB of heap, because
// every posting is a Map entry under a radix-tree node. Here a term is a Map key and its postings
// are one flat array of numbers (document number and both fields' term frequencies packed into
// one double), which builds about ten times faster and holds the same postings in a fraction of
// the memory. The service worker is killed and restarted often, so build and load time matter.
import { contentTerms, isContentTerm, tokenize } from './text';

export type Field = 'title' | 'body';
const FIELDS: readonly Field[] = ['title', 'body'];

export interface TextSearchOptions {
  combineWith?: 'AND' | 'OR';
  /** Also match indexed terms that start with a query term (per term when a function). */
  prefix?: boolean | ((term: string) => boolean);
  /** Also match terms within this share of the term's length in edits (per term when a function). */
  fuzzy?: number | ((term: string) => number);
  boost?: Partial<Record<Field, number>>;
}

export interface TextHit {
  id: string;
  score: number;
}

/** The plain-JSON form of the index (see `toJSON`). */
export interface TextIndexData {
  ids: string[];
  /** Per document: title length, body length (unique tokens, as MiniSearch counts them). */
  lengths: number[];
  /** Term → postings over document numbers into `ids`, each stored as the difference from the one before. */
  terms: Array<[string, number[]]>;
}

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;
const DEFAULT_BOOST: Record<Field, number> = { title: 2, body: 1 };

// Posting = doc * 1024 + min(titleTf, 31) * 32 + min(bodyTf, 31): a small integer, so a term's
// postings are one packed array of V8 small integers (no boxed numbers to allocate or collect).
// Term frequencies above 31 in one field are rare and BM25 has saturated by then.
const TF_MAX = 31;
const MAX_DOCS = 2 ** 21; // keeps every posting below 2^31
const pack = (doc: number, titleTf: number, bodyTf: number) =>
  doc * 1024 + Math.min(titleTf, TF_MAX) * 32 + Math.min(bodyTf, TF_MAX);
const docOf = (p: number) => p >>> 10;
const tfOf = (p: number, field: number) => (field === 0 ? (p >> 5) & TF_MAX : p & TF_MAX);

function bm25(tf: number, matching: number, total: number, length: number, avgLength: number): number {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avgLength)));
}

/** Levenshtein distance of `a` and `b`, or Infinity once it must exceed `max`. */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j] + 1,
        row[j - 1] + 1,
        prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return Infinity;
    prev = row;
  }
  return prev[b.length] <= max ? prev[b.length] : Infinity;
}

/** Count each token of `text` into `into` (cleared first); returns the number of distinct tokens. */
function countTokens(text: string, into: Map<string, number>): number {
  into.clear();
  for (const t of tokenize(text)) into.set(t, (into.get(t) ?? 0) + 1);
  return into.size;
}

// Scratch maps reused by every `add` (building 50,000 documents made 100,000 short-lived maps).
const titleCounts = new Map<string, number>();
const bodyCounts = new Map<string, number>();

export class TextIndex {
  private ids: Array<string | null> = [];
  private docNo = new Map<string, number>();
  /** Two entries per document number: title length, body length. */
  private lengths: number[] = [];
  private postings = new Map<string, number[]>();
  private totals = [0, 0];
  private dead = 0;
  private sortedTerms: string[] | null = null;

  /** Documents in the index (removed ones not counted). */
  get size(): number {
    return this.docNo.size;
  }

  has(id: string): boolean {
    return this.docNo.has(id);
  }

  /** Index one document; replaces an earlier document with the same id. */
  add(id: string, title: string, body: string): void {
    if (this.docNo.has(id)) this.remove(id);
    if (this.ids.length >= MAX_DOCS) this.renumber();
    const doc = this.ids.length;
    // Field length counts every distinct token, stop words included, as MiniSearch does.
    const titleLength = countTokens(title, titleCounts);
    const bodyLength = countTokens(body, bodyCounts);
    this.ids.push(id);
    this.docNo.set(id, doc);
    this.lengths.push(titleLength, bodyLength);
    this.totals[0] += titleLength;
    this.totals[1] += bodyLength;
    for (const [term, tf] of titleCounts)
      if (isContentTerm(term)) this.post(term, pack(doc, tf, bodyCounts.get(term) ?? 0));
    for (const [term, tf] of bodyCounts)
      if (!titleCounts.has(term) && isContentTerm(term)) this.post(term, pack(doc, 0, tf));
  }

  /** Remove a document (its postings are dropped lazily, in `compact`). */
  remove(id: string): void {
    const doc = this.docNo.get(id);
    if (doc === undefined) return;
    this.docNo.delete(id);
    this.ids[doc] = null;
    this.totals[0] -= this.lengths[doc * 2];
    this.totals[1] -= this.lengths[doc * 2 + 1];
    this.dead += 1;
    if (this.dead > 1000 && this.dead > this.docNo.size) this.compact();
  }

  /**
   * Documents whose text holds `term` (removed documents may still count until the next
   * compaction: a heuristic for choosing rare terms, not an exact figure).
   */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  search(query: string, options: TextSearchOptions = {}): TextHit[] {
    const boost = { ...DEFAULT_BOOST, ...options.boost };
    const perTerm = [...new Set(contentTerms(query))].map((term) => this.termResults(term, options, boost));
    if (!perTerm.length) return [];
    const combined =
      options.combineWith === 'AND'
        ? perTerm.reduce((a, b) => {
            const out = new Map<number, { score: number; terms: number }>();
            for (const [doc, r] of b) {
              const x = a.get(doc);
              if (x) out.set(doc, { score: x.score + r.score, terms: x.terms + r.terms });
            }
            return out;
          })
        : perTerm.reduce((a, b) => {
            for (const [doc, r] of b) {
              const x = a.get(doc);
              if (x) {
                x.score += r.score;
                x.terms += r.terms;
              } else a.set(doc, { ...r });
            }
            return a;
          });
    const hits: TextHit[] = [];
    for (const [doc, r] of combined) hits.push({ id: this.ids[doc]!, score: r.score * (r.terms || 1) });
    return hits.sort((a, b) => b.score - a.score);
  }

  /** A snapshot of the live documents only (renumbered, so removed ones leave no trace). */
  toJSON(): TextIndexData {
    const renumber = new Map<number, number>();
    const ids: string[] = [];
    const lengths: number[] = [];
    this.ids.forEach((id, doc) => {
      if (id === null) return;
      renumber.set(doc, ids.length);
      ids.push(id);
      lengths.push(this.lengths[doc * 2], this.lengths[doc * 2 + 1]);
    });
    const terms: Array<[string, number[]]> = [];
    for (const [term, list] of this.postings) {
      // Postings are in document order, so differences are small numbers (a shorter snapshot).
      const deltas: number[] = [];
      let previous = 0;
      for (const p of list) {
        const doc = renumber.get(docOf(p));
        if (doc === undefined) continue;
        const packed = doc * 1024 + (p & 1023);
        deltas.push(packed - previous);
        previous = packed;
      }
      if (deltas.length) terms.push([term, deltas]);
    }
    return { ids, lengths, terms };
  }

  /** Load `toJSON` output; throws on anything malformed (the caller rebuilds instead). */
  static fromJSON(data: TextIndexData): TextIndex {
    if (
      !Array.isArray(data?.ids) ||
      !Array.isArray(data.lengths) ||
      !Array.isArray(data.terms) ||
      data.lengths.length !== data.ids.length * 2
    ) {
      throw new Error('related/text-index: snapshot has the wrong shape');
    }
    const index = new TextIndex();
    index.ids = data.ids;
    index.lengths = data.lengths;
    data.ids.forEach((id, doc) => {
      index.docNo.set(id, doc);
      index.totals[0] += data.lengths[doc * 2];
      index.totals[1] += data.lengths[doc * 2 + 1];
    });
    const limit = data.ids.length * 1024;
    for (const [term, deltas] of data.terms) {
      if (typeof term !== 'string' || !Array.isArray(deltas))
        throw new Error('related/text-index: snapshot postings have the wrong shape');
      const list: number[] = [];
      let packed = 0;
      for (const d of deltas) {
        packed += d;
        if (!Number.isInteger(packed) || packed < 0 || packed >= limit)
          throw new Error('related/text-index: snapshot postings are out of range');
        list.push(packed);
      }
      index.postings.set(term, list);
    }
    return index;
  }

  private post(term: string, packed: number): void {
    const list = this.postings.get(term);
    if (list) list.push(packed);
    else {
      this.postings.set(term, [packed]);
      this.sortedTerms = null;
    }
  }

  /** Number documents afresh from 0 (after 2^21 additions, so postings stay small integers). */
  private renumber(): void {
    const fresh = TextIndex.fromJSON(this.toJSON());
    this.ids = fresh.ids;
    this.docNo = fresh.docNo;
    this.lengths = fresh.lengths;
    this.postings = fresh.postings;
    this.totals = fresh.totals;
    this.dead = 0;
    this.sortedTerms = null;
  }

  /** Drop removed documents' postings (document numbers stay; only live ones are kept). */
  private compact(): void {
    for (const [term, list] of this.postings) {
      const live = list.filter((p) => this.ids[docOf(p)] !== null);
      if (live.length) this.postings.set(term, live);
      else this.postings.delete(term);
    }
    this.sortedTerms = null;
    this.dead = 0;
  }

  /** Scores per document for one query term: the term itself, then prefix and fuzzy variants. */
  private termResults(
    term: string,
    options: TextSearchOptions,
    boost: Record<Field, number>,
  ): Map<number, { score: number; terms: number }> {
    const out = new Map<number, { score: number; terms: number }>();
    this.score(term, 1, boost, out);
    const prefix = typeof options.prefix === 'function' ? options.prefix(term) : options.prefix === true;
    const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term) : (options.fuzzy ?? 0);
    const seen = new Set<string>([term]);
    if (prefix) {
      for (const other of this.termsStartingWith(term)) {
        if (seen.has(other)) continue;
        seen.add(other);
        const distance = other.length - term.length;
        this.score(other, (PREFIX_WEIGHT * other.length) / (other.length + 0.3 * distance), boost, out);
      }
    }
    const maxDistance = fuzzy > 0 ? (fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy) : 0;
    if (maxDistance > 0) {
      for (const other of this.postings.keys()) {
        if (seen.has(other)) continue;
        const distance = boundedDistance(term, other, maxDistance);
        if (distance === Infinity) continue;
        seen.add(other);
        this.score(other, (FUZZY_WEIGHT * other.length) / (other.length + distance), boost, out);
      }
    }
    return out;
  }

  private score(
    term: string,
    weight: number,
    boost: Record<Field, number>,
    out: Map<number, { score: number; terms: number }>,
  ): void {
    const list = this.postings.get(term);
    if (!list) return;
    const total = this.docNo.size;
    if (!total) return;
    FIELDS.forEach((field, f) => {
      const fieldBoost = boost[field] ?? 1;
      if (!fieldBoost) return;
      let matching = 0;
      for (const p of list) if (tfOf(p, f) && this.ids[docOf(p)] !== null) matching += 1;
      if (!matching) return;
      const avg = this.totals[f] / total || 1;
      for (const p of list) {
        const tf = tfOf(p, f);
        if (!tf) continue;
        const doc = docOf(p);
        if (this.ids[doc] === null) continue;
        const s = weight * fieldBoost * bm25(tf, matching, total, this.lengths[doc * 2 + f], avg);
        const r = out.get(doc);
        if (r) r.score += s;
        else out.set(doc, { score: s, terms: 1 });
      }
    });
  }

  private termsStartingWith(prefix: string): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && terms[i].startsWith(prefix); i++) out.push(terms[i]);
    return out;
  }
}
