// Page texts → tidy lines that remember their page. Shared by the report reader and the pack splitter.
// ModernGov stamps "Page N" (and "Agenda Item N" on an item's first page) into the PDF; pdf.js often
// glues the stamp onto the last line of body text ("…ministerial decisionPage 7"), so stamps are cut
// off here before any field is read.
import type { PageText } from './report-types';

export interface RLine {
  text: string;
  page: number;
}

/** Long lines are cut: no heading or label is longer, and it keeps every regex below linear. */
export const MAX_LINE = 2000;
/** Beyond this many lines (a 500-page pack is ~25,000) the rest is not read. */
const MAX_LINES = 60_000;

// A stamp at the end of a line: "Page 7", "Page 1Agenda Item 3", "Agenda Item 3" (glued or alone).
const TRAILING_STAMP = /(?:\s*Page\s?\d{1,4})?(?:\s*Agenda\s?Item\s?\d{1,3}[a-z]?)?\s*$/i;
const STAMP_ONLY = /^(?:Page\s?\d{1,4}|Agenda\s?Item\s?\d{1,3}[a-z]?|Page\s?\d{1,4}\s*Agenda\s?Item\s?\d{1,3}[a-z]?|Agenda\s?Item\s?\d{1,3}[a-z]?\s*Page\s?\d{1,4}|\d{1,4})$/i;
const BLANK_PAGE = /^this page (?:is|has been) (?:intentionally|deliberately) left blank\.?$/i;

/** The text a line carries once a glued-on page stamp is removed. */
export function stripStamp(text: string, lastOnPage: boolean): string {
  if (!lastOnPage) return text;
  const m = TRAILING_STAMP.exec(text);
  // Only cut a stamp that is there: an empty match leaves the line alone.
  if (!m || !m[0].trim()) return text;
  const cut = text.slice(0, m.index);
  // "…see Page 7" in running prose is kept: a stamp follows text with no space, or stands alone.
  if (cut && /\s$/.test(text.slice(0, m.index + 1)) && !/agenda/i.test(m[0])) return text;
  return cut;
}

export function toReportLines(pages: PageText[]): RLine[] {
  const out: RLine[] = [];
  for (const p of pages) {
    if (!p || typeof p.text !== 'string') continue;
    const raw = p.text.split('\n');
    // The last non-empty line of the page is where pdf.js puts the footer stamps.
    let last = raw.length - 1;
    while (last >= 0 && !raw[last].trim()) last--;
    for (let i = 0; i < raw.length; i++) {
      let t = raw[i].length > MAX_LINE ? raw[i].slice(0, MAX_LINE) : raw[i];
      t = t.replace(/[\s\u00a0]+/g, ' ').trim();
      if (!t) continue;
      if (STAMP_ONLY.test(t) || BLANK_PAGE.test(t)) continue;
      t = stripStamp(t, i === last).trim();
      if (!t) continue;
      out.push({ text: t, page: p.page });
      if (out.length >= MAX_LINES) return out;
    }
  }
  return out;
}
