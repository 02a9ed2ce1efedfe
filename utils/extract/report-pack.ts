// Reports packs (the whole agenda with every report as one PDF) → each agenda item's pages.
// ModernGov stamps "Agenda Item N" on the first page of each item's papers and "Page N" on every
// numbered page; the agenda (frontsheet or web page) prints each item's "(Pages 31 - 190)". The
// markers give the start pages; the page ranges, mapped from printed numbers to PDF pages by the
// "Page N" stamps, give the rest.
import type { PackAgendaEntry, PackSection, PageText } from './report-types';

const MARKER = /agenda\s?item\s?(?:no\.?\s?)?(\d{1,3}(?:\.\d{1,2})?[a-z]?)\b/gi;
const STAMP = /(?:^|[^\w])page\s?(\d{1,4})(?=\s*(?:agenda\s?item\b|$))/gim;

const norm = (n: string) => n.toLowerCase().replace(/^0+(?=\d)/, '').replace(/[.\s]+$/, '');

/** Item numbers stamped on a page ("Agenda Item 3"), from its first and last lines only. */
function markersOf(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  // The stamp stands in the header or footer: a list line such as "Agenda Item No" in a covering
  // letter, or "see Agenda Item 5" in prose, is not one.
  const edge = [...lines.slice(0, 3), ...lines.slice(-3)];
  const out: string[] = [];
  for (const l of edge) {
    if (l.length > 400) continue;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(l); m; m = MARKER.exec(l)) {
      const before = l.slice(0, m.index);
      // Alone on the line, or glued to the end of the last line ("…Page 1Agenda Item 3").
      const alone = !before.trim() || /page\s?\d{1,4}\s*$/i.test(before) || /\S$/.test(before);
      const after = l.slice(m.index + m[0].length).trim();
      if (alone && (!after || /^page\s?\d{1,4}$/i.test(after))) out.push(norm(m[1]));
    }
  }
  return [...new Set(out)];
}

/** The printed page number ModernGov stamped on a PDF page, if any. */
function stampOf(text: string): number | null {
  const tail = text.length > 600 ? text.slice(-300) : text;
  const head = text.length > 600 ? text.slice(0, 300) : '';
  let found: number | null = null;
  for (const part of [tail, head]) {
    STAMP.lastIndex = 0;
    for (let m = STAMP.exec(part); m; m = STAMP.exec(part)) found = Number(m[1]);
    if (found !== null) return found;
  }
  return found;
}

/**
 * The offset from printed page numbers to PDF page numbers (pdf = printed + offset), taken as
 * the most common one among the stamped pages; null when no page is stamped.
 */
export function pageOffset(pages: PageText[]): number | null {
  const counts = new Map<number, number>();
  for (const p of pages) {
    const n = stampOf(p.text ?? '');
    if (n === null || n < 1) continue;
    const off = p.page - n;
    counts.set(off, (counts.get(off) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestN = 0;
  for (const [off, n] of counts) if (n > bestN) [best, bestN] = [off, n];
  return best;
}

/**
 * A reports pack's pages → one section per agenda item whose papers it holds. Never throws.
 * `agenda` (from the meeting page or the frontsheet) supplies page ranges in printed numbers.
 */
export function splitPack(pages: PageText[], agenda?: PackAgendaEntry[]): PackSection[] {
  try {
    return split(Array.isArray(pages) ? pages.filter((p) => p && typeof p.text === 'string') : [], agenda ?? []);
  } catch {
    return [];
  }
}

function split(pages: PageText[], agenda: PackAgendaEntry[]): PackSection[] {
  if (!pages.length) return [];
  const last = pages[pages.length - 1].page;
  const starts = new Map<string, number>();
  for (const p of pages) for (const n of markersOf(p.text)) if (!starts.has(n)) starts.set(n, p.page);

  const offset = pageOffset(pages);
  const ranges = new Map<string, [number, number]>();
  if (offset !== null) {
    for (const a of agenda) {
      if (!a.pageRange) continue;
      const [s, e] = a.pageRange;
      const ps = s + offset;
      const pe = e + offset;
      if (ps >= 1 && ps <= last && pe >= ps) ranges.set(norm(a.number), [ps, Math.min(pe, last)]);
    }
  }

  const found = new Map<string, { start: number; end: number | null }>();
  for (const [n, s] of starts) found.set(n, { start: s, end: null });
  for (const [n, [s, e]] of ranges) {
    const f = found.get(n);
    // A marker and a range that disagree on the start: the marker is on the page itself.
    if (!f) found.set(n, { start: s, end: e });
    else if (Math.abs(f.start - s) <= 1) f.end = Math.max(f.start, e);
  }
  const list = [...found].map(([itemNumber, v]) => ({ itemNumber, ...v })).sort((a, b) => a.start - b.start);
  const out: PackSection[] = [];
  for (let i = 0; i < list.length; i++) {
    const next = list[i + 1]?.start ?? last + 1;
    let end = list[i].end ?? next - 1;
    if (end >= next) end = next - 1;
    if (end < list[i].start) end = list[i].start;
    out.push({ itemNumber: list[i].itemNumber, startPage: list[i].start, endPage: end });
  }
  return out;
}

// "9. Review of Decision 24/00093 - Commissioned Family Hubs (Pages 31 - 190)": the title may run over
// lines before its "(Pages a - b)".
const ITEM_START = /^(\d{1,3}(?:\.\d{1,2})?[a-z]?)[.)]?\s+(\S.*)$/;
const RANGE = /\(\s*pages?\s+(\d{1,4})\s*(?:[-–—]|to)\s*(\d{1,4})\s*\)|\(\s*page\s+(\d{1,4})\s*\)/i;

/** A printed agenda (frontsheet) → its numbered items with their "(Pages a - b)" ranges. */
export function readAgendaRanges(pages: PageText[]): PackAgendaEntry[] {
  const out: PackAgendaEntry[] = [];
  try {
    let cur: { number: string; parts: string[]; range?: [number, number] } | null = null;
    const flush = () => {
      if (!cur) return;
      const title = cur.parts.join(' ').replace(RANGE, '').replace(/\s+/g, ' ').trim();
      out.push({ number: cur.number, title, ...(cur.range ? { pageRange: cur.range } : {}) });
      cur = null;
    };
    for (const p of Array.isArray(pages) ? pages : []) {
      for (const raw of (p?.text ?? '').split('\n')) {
        const t = raw.replace(/\s+/g, ' ').trim();
        if (!t || t.length > 400) continue;
        const m = ITEM_START.exec(t);
        const prev = cur ? cur.number : out.length ? out[out.length - 1].number : null;
        if (m && /^\D/.test(m[2]) && (!prev || plausibleNext(prev, m[1]))) {
          flush();
          cur = { number: m[1], parts: [m[2]] };
        } else if (cur && !cur.range) {
          cur.parts.push(t);
        } else continue;
        const r = cur ? RANGE.exec(t) : null;
        if (cur && r) {
          const a = Number(r[1] ?? r[3]);
          const b = Number(r[2] ?? r[3]);
          if (b >= a) cur.range = [a, b];
        }
        // A title never runs to many lines: a stray paragraph closes the item.
        if (cur && cur.parts.length > 4) flush();
      }
    }
    flush();
  } catch {
    return out;
  }
  return out;
}

/** "3" → "4", "4" → "4a", "4a" → "4b"/"5", "5.1" → "5.2"/"6". */
function plausibleNext(prev: string, next: string): boolean {
  const pn = parseFloat(prev);
  const nn = parseFloat(next);
  if (!Number.isFinite(pn) || !Number.isFinite(nn)) return false;
  return nn >= pn && nn - pn <= 3;
}
