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
const STAMP_ONLY =
  /^(?:Page\s?\d{1,4}|Agenda\s?Item\s?\d{1,3}[a-z]?|Page\s?\d{1,4}\s*Agenda\s?Item\s?\d{1,3}[a-z]?|Agenda\s?Item\s?\d{1,3}[a-z]?\s*Page\s?\d{1,4}|\d{1,4})$/i;
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

const MARKER_LINE = /^agenda\s?item\s?(\d{1,3}(?:\.\d{1,2})?[a-z]?)$/i;

/**
 * Page texts → lines with their pages. Where an "Agenda Item N" stamp stands part-way down the
 * first page (a reports pack whose items share pages), the lines above it belong to the item
 * before and are dropped; a later stamp for another item ends the report.
 */
export function toReportLines(pages: PageText[]): RLine[] {
  const out: RLine[] = [];
  let item: string | null = null;
  let first = true;
  for (const p of pages) {
    if (!p || typeof p.text !== 'string') continue;
    const raw = p.text.split('\n');
    // The last non-empty line of the page is where pdf.js puts the footer stamps.
    let last = raw.length - 1;
    while (last >= 0 && !raw[last].trim()) last--;
    const pageStart = out.length;
    let seen = 0;
    let blankSeen = false;
    for (let i = 0; i < raw.length; i++) {
      let t = raw[i].length > MAX_LINE ? raw[i].slice(0, MAX_LINE) : raw[i];
      // Markdown-ish renderings ("# Heading", "**Recommendation**:") read like the PDF text.
      t = t
        .replace(/[\s\u00a0]+/g, ' ')
        .replace(/^#{1,6}\s+/, '')
        .replace(/\*\*/g, '')
        .trim();
      if (!t) continue;
      seen++;
      const marker = MARKER_LINE.exec(t);
      if (marker) {
        const n = marker[1].toLowerCase();
        // ModernGov's own stamp is the page's last text item; a stamp with text below it opens the item there.
        const footer = i === last;
        if (item === null) {
          item = n;
          // Part-way down the first page: what stands above is the previous item's end.
          // (Only after a "left blank" line or a good stretch of text: a "NOT FOR PUBLICATION"
          // banner above the stamp is this report's own.)
          if (first && !footer && (blankSeen || seen > 8)) out.length = pageStart;
        } else if (n !== item) {
          // Another item's stamp: in a footer it marks that item's first page, so this page goes too.
          if (footer) out.length = pageStart;
          return out;
        }
        continue;
      }
      if (BLANK_PAGE.test(t)) {
        blankSeen = true;
        continue;
      }
      if (STAMP_ONLY.test(t)) continue;
      t = stripStamp(t, i === last).trim();
      if (!t) continue;
      out.push({ text: t, page: p.page });
      if (out.length >= MAX_LINES) return out;
    }
    if (out.length > pageStart) first = false;
  }
  return out;
}
