// Reports packs (the whole agenda with every report as one PDF) → each agenda item's pages.
// ModernGov stamps "Agenda Item N" on the first page of each item's papers and "Page N" on every
// numbered page; the agenda (frontsheet or web page) prints each item's "(Pages 31 - 190)". The
// markers give the start pages; the page ranges, mapped from printed numbers to PDF pages by the
// "Page N" stamps, give the rest.
import type { PackAgendaEntry, PackSection, PageText } from './report-types';

const MARKER = /agenda\s?item\s?(?:no\.?\s?)?(\d{1,3}(?:\.\d{1,2})?[a-z]?)\b/gi;
const STAMP = /(?:^|[^\w])page\s?(\d{1,4})(?=\s*(?:agenda\s?item\b|$))/gim;

const norm = (n: string) =>
  n
    .toLowerCase()
    .replace(/^0+(?=\d)/, '')
    .replace(/[.\s]+$/, '');

const BLANK = /this page (?:is|has been) (?:intentionally|deliberately) left blank/i;
/** "This page is intentionally left blank" above a stamp: the page holds the end of the item before. */
const blankBefore = (lines: string[], i: number) => lines.slice(0, i).some((l) => BLANK.test(l));

interface Marker {
  number: string;
  /** The stamp heads the page or sits in its footer (the item starts with this page), or stands
   * part-way down it (the previous item ends on this page too). */
  atTop: boolean;
}

/**
 * Item numbers stamped on a page ("Agenda Item 3"): in its first or last lines (ModernGov's stamp,
 * often glued to the last line of text: "…Page 1Agenda Item 3"), or on a line of its own further
 * down. "Agenda Item No" in a covering letter's list, or "see Agenda Item 5" in prose, is not one.
 */
function markersOf(text: string): Marker[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const out: Marker[] = [];
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    if (l.length > 400) return;
    // The stamp heads the page, or is its last text item (often glued to the last line).
    const edge = i < 2 || i === lines.length - 1;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(l); m; m = MARKER.exec(l)) {
      const before = l.slice(0, m.index);
      const after = l.slice(m.index + m[0].length).trim();
      if (after && !/^page\s?\d{1,4}$/i.test(after)) continue;
      // Alone on its line anywhere; glued to the end of a line only in the header or footer.
      const alone = !before.trim() || /page\s?\d{1,4}\s*$/i.test(before);
      if (!(alone || (edge && /\S$/.test(before)))) continue;
      const n = norm(m[1]);
      if (seen.has(n)) continue;
      seen.add(n);
      out.push({ number: n, atTop: i < 2 || (i === lines.length - 1 && !blankBefore(lines, i)) });
    }
  });
  return out;
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
  const starts = new Map<string, Marker & { page: number }>();
  for (const p of pages)
    for (const m of markersOf(p.text)) if (!starts.has(m.number)) starts.set(m.number, { ...m, page: p.page });

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

  const found = new Map<string, { start: number; end: number | null; shared: boolean }>();
  for (const [n, m] of starts) found.set(n, { start: m.page, end: null, shared: !m.atTop });
  for (const [n, [s, e]] of ranges) {
    const f = found.get(n);
    // A marker and a range that disagree on the start: the marker is on the page itself.
    if (!f) found.set(n, { start: s, end: e, shared: false });
    else if (Math.abs(f.start - s) <= 1) f.end = Math.max(f.start, e);
  }
  const list = [...found].map(([itemNumber, v]) => ({ itemNumber, ...v })).sort((a, b) => a.start - b.start);
  const out: PackSection[] = [];
  for (let i = 0; i < list.length; i++) {
    const next = list[i + 1];
    // An item whose marker stands part-way down a page shares that page with the item before.
    const limit = next ? (next.shared ? next.start : next.start - 1) : last;
    let end = list[i].end ?? limit;
    if (end > limit) end = limit;
    if (end < list[i].start) end = list[i].start;
    out.push({ itemNumber: list[i].itemNumber, startPage: list[i].start, endPage: end });
  }
  return out;
}

// "9. Review of Decision 24/00093 - Commissioned Family Hubs (Pages 31 - 190)"; the title may run
// over lines before its range. ModernGov frontsheets also print the range bare in a right-hand
// column, which pdf.js merges into the title line ("… FORWARD 9 - 28 PLAN", "BOARD77 - 86").
const ITEM_START = /^(\d{1,3}(?:\.\d{1,2})?[a-z]?)(?:[.)]\s*|\s+)(?=[A-Za-z"'‘“(])(.*)$/;
const RANGE = /\(\s*pages?\s+(\d{1,4})\s*(?:[-–—]|to)\s*(\d{1,4})\s*\)|\(\s*page\s+(\d{1,4})\s*\)/i;
const BARE_RANGE = /(^|[^\d/.,£-])(\d{1,4})\s[-–]\s(\d{1,4})(?![\d/.,%])/g;
/** An item's description under its title ("To consider a report of …") is not part of the title. */
const DESCRIPTION =
  /^(?:to (?:receive|consider|note|approve|agree|confirm|disclose|move|elect|appoint|review|discuss|answer|report|hear|determine|decide)\b|report of\b|report by\b|see supplement|\(report\b)/i;

function rangeIn(t: string, lastEnd: number): { range: [number, number]; text: string } | null {
  const r = RANGE.exec(t);
  if (r) {
    const a = Number(r[1] ?? r[3]);
    const b = Number(r[2] ?? r[3]);
    return b >= a ? { range: [a, b], text: t.replace(RANGE, ' ') } : null;
  }
  // The last plausible one: the page column stands at the end of the title line.
  let found: { range: [number, number]; text: string } | null = null;
  BARE_RANGE.lastIndex = 0;
  for (let m = BARE_RANGE.exec(t); m; m = BARE_RANGE.exec(t)) {
    const a = Number(m[2]);
    const b = Number(m[3]);
    // Years ("2011 - 2033") and ranges that go backwards are not page numbers.
    if (a < 1 || b < a || b - a > 1500 || (a >= 1900 && a <= 2100) || a < lastEnd) continue;
    const from = m.index + m[1].length;
    found = { range: [a, b], text: t.slice(0, from) + ' ' + t.slice(m.index + m[0].length) };
  }
  return found;
}

/** A printed agenda (frontsheet) → its numbered items with their page ranges (printed numbers). */
export function readAgendaRanges(pages: PageText[]): PackAgendaEntry[] {
  const out: PackAgendaEntry[] = [];
  try {
    let cur: { number: string; parts: string[]; range?: [number, number]; closed: boolean } | null = null;
    let lastEnd = 0;
    let closeAfter = false;
    const flush = () => {
      if (!cur) return;
      const title = cur.parts.join(' ').replace(/\s+/g, ' ').trim();
      out.push({ number: cur.number, title, ...(cur.range ? { pageRange: cur.range } : {}) });
      cur = null;
    };
    for (const p of Array.isArray(pages) ? pages : []) {
      for (const raw of (p?.text ?? '').split('\n')) {
        let t = raw.replace(/\s+/g, ' ').trim();
        if (!t || t.length > 400) continue;
        const m = ITEM_START.exec(t);
        const prev = cur ? cur.number : out.length ? out[out.length - 1].number : null;
        if (m && (!prev || plausibleNext(prev, m[1]))) {
          flush();
          cur = { number: m[1], parts: [], closed: false };
          t = m[2];
        } else if (!cur) continue;
        const c: { number: string; parts: string[]; range?: [number, number]; closed: boolean } = cur;
        if (c.range) t = t.split(`${c.range[0]} - ${c.range[1]}`).join(' ');
        else {
          const r = rangeIn(t, lastEnd);
          if (r) {
            c.range = r.range;
            lastEnd = r.range[1];
            // "(Pages 1 - 18)" ends the title; a bare column range may sit in the middle of one.
            if (RANGE.test(t)) closeAfter = true;
            // "… FORWARD 9 - 28 PLAN 9 - 28": a range printed twice goes twice.
            t = r.text.split(`${r.range[0]} - ${r.range[1]}`).join(' ');
          }
        }
        // A title in capitals ends where ordinary text starts; a sentence is a description.
        const caps = c.parts.length > 0 && c.parts.every((x) => x === x.toUpperCase());
        if (DESCRIPTION.test(t) || (caps && t !== t.toUpperCase()) || (c.parts.length > 0 && /[.!?]\s+[A-Z]/.test(t)))
          c.closed = true;
        if (!c.closed) {
          const title = t.replace(/\s+/g, ' ').trim();
          if (title) c.parts.push(title);
        }
        if (closeAfter) c.closed = true;
        closeAfter = false;
        // A title never runs to many lines: a stray paragraph closes the item.
        if (c.parts.length >= 4) c.closed = true;
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
  return nn >= pn && nn - pn <= 3 && next !== prev;
}
