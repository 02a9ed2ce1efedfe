// Every CSS selector the DOM readers use, in one place. ModernGov themes change styling, not
// class names, but councils' templates and versions differ: where markup varies, the variants
// are listed in order (first match wins) with the evidence for each.
// Evidence: each selector names the markup samples it matches, listed with their source and date
// in tests/unit/moderngov/markup.ts; tests/unit/moderngov/selectors.test.ts counts what every
// variant matches on every sample. "real" = captured from a live council site
// (../shared/corpus/moderngov-html/); "scraper" = the shape public scrapers rely on, written
// down as a sample (../shared/MODERNGOV.md); "inferred" = our reasoning, not yet seen.
// The demo site (tests/fixtures/demo-site/, golden tests in tests/unit/parser/golden.test.ts)
// uses every selector too, but it is our own picture of ModernGov, not evidence.

/** ModernGov's content root: `#modgov` on every captured page (real: kent-search, kirklees-search), `.mgContent` inside it. */
export const MODERNGOV_ROOT = ['#modgov', '.mgContent'] as const;

/** The content block under the page header (real: kent-search, kirklees-search; scraper: meeting-table, decision-details). */
export const CONTENT = '.mgContent';

/** Page heading: `h1.mgMainTitleTxt` in `div.mgHeader` (real: kirklees-search); bare `h1` (real: kent-search). */
export const PAGE_HEADING = ['h1.mgMainTitleTxt', '.mgHeader h1', 'h1'] as const;

/** "<Committee> - <Weekday>, <date> <time>" line (scraper: meeting-table, decision-details); a bare h2 (inferred: meeting-bare). */
export const MEETING_TITLE = ['.mgSubTitleTxt', 'h2'] as const;

/** The block around a decision page's title line, where its card goes (inferred: decision-details). */
export const SUB_TITLE_BLOCK = '.mgSubTitle';

/** "Venue: ", "Contact: ", "Decision Maker: " labels; value follows in the same parent (scraper: meeting-table, decision-details). */
export const LABEL = '.mgLabel';

/** Items table, one row per item (scraper: meeting-table); no class → any table with number cells (inferred: meeting-bare). */
export const ITEM_TABLE = ['table.mgItemTable', 'table'] as const;

/** The number cell of an item row (scraper: meeting-table; meeting-bare has none and falls back to the first td). */
export const ITEM_NUMBER_CELL = 'td.mgItemNumberCell';

/**
 * Item title paragraph; the number cell uses it too (scraper: meeting-table; inferred: meeting-bare).
 * Real search pages also put it on document links (real: kirklees-search, `a.mgAiTitleTxt`).
 */
export const AI_TITLE = '.mgAiTitleTxt';

/** Title link to the item's main report (real: kent-search, kirklees-search; scraper: meeting-table). */
export const AI_TITLE_LINK = 'a.mgAiTitleLnk';

/** "Decision:", "Minutes:", "Supporting documents:" (scraper: meeting-table). */
export const SUB_ITEM_TITLE = '.mgSubItemTitleTxt';

/** Word-generated body block (real: kent-search, kirklees-search; scraper: meeting-table). */
export const WORD_PARA = '.mgWordPara';

/** Document lists (real: kirklees-search; scraper: meeting-table). */
export const BULLET_LIST = 'ul.mgBulletList';
/** Link lists: issue history, decision details (scraper: meeting-table, Reading's markup). */
export const ACTION_LIST = 'ul.mgActionList';

/** Meeting-level document links, in order (scraper: meeting-table `.mgLinks`; real: kirklees-search bullet lists). */
export const MEETING_DOC_LINKS = ['.mgLinks a', 'ul.mgBulletList a', 'ul.mgActionList a'] as const;

/** "PDF 684 KB" (real: kirklees-search; scraper: meeting-table). */
export const FILE_SIZE = '.mgFileSize';

/** Screen-reader-only text ModernGov adds ("pdf icon", "Page "); never part of a title (real: kent-search, kirklees-search). */
export const HIDDEN_TEXT = '.mgHide';

/** `#AI<id>` anchors on a meeting page (scraper: meeting-table; real pages link to them: kent-search `#AI54346`). */
export const AI_ANCHOR = '[id^="AI"], a[name^="AI"]';

/** Decision details: section headings (scraper: decision-details). */
export const SUB_SUB_TITLE = '.mgSubSubTitleTxt';

/** The first element matching any variant, in order, or null. */
export function firstMatch(root: ParentNode, variants: readonly string[]): Element | null {
  for (const selector of variants) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}
