// Every CSS selector the DOM readers use, in one place. ModernGov themes change styling, not
// class names, but councils' templates and versions differ: where markup varies, the variants
// are listed in order (first match wins) with the evidence for each.
// Evidence: ../shared/MODERNGOV.md; fixtures: tests/unit/parser/fixtures.ts (F_MEETING,
// F_MEETING_BARE, F_CANCELLED, F_MGAI, F_DECISION, F_ISSUE_MEETINGS, F_ISSUE_HOME, F_ISSUE_DECISIONS)
// and the demo site tests/fixtures/demo-site/ (golden tests in tests/unit/parser/golden.test.ts).

/** Page heading: `h1.mgMainTitleTxt` in `div.mgHeader` (Kirklees); bare `h1` (Kent). F_MEETING, F_MEETING_BARE. */
export const PAGE_HEADING = ['h1.mgMainTitleTxt', '.mgHeader h1', 'h1'] as const;

/** "<Committee> - <Weekday>, <date> <time>" line (poteris scraper). F_MEETING; F_MEETING_BARE uses a bare h2. */
export const MEETING_TITLE = ['.mgSubTitleTxt', 'h2'] as const;

/** "Venue: ", "Contact: ", "Decision Maker: " labels; value follows in the same parent. F_MEETING, F_DECISION. */
export const LABEL = '.mgLabel';

/** Items table, one row per item (Kent, Senedd scrapers). F_MEETING; F_MEETING_BARE has no class → any table with number cells. */
export const ITEM_TABLE = ['table.mgItemTable', 'table'] as const;

/** The number cell of an item row. F_MEETING (class), F_MEETING_BARE (first td holding p.mgAiTitleTxt). */
export const ITEM_NUMBER_CELL = 'td.mgItemNumberCell';

/** Item title paragraph (number cell and title cell both use it). All fixtures. */
export const AI_TITLE = '.mgAiTitleTxt';

/** Title link to the item's main report. F_MEETING item 117. */
export const AI_TITLE_LINK = 'a.mgAiTitleLnk';

/** "Decision:", "Minutes:", "Additional documents:", "Supporting documents:". F_MEETING, F_MGAI. */
export const SUB_ITEM_TITLE = '.mgSubItemTitleTxt';

/** Word-generated body block. All fixtures. */
export const WORD_PARA = '.mgWordPara';

/** Document lists (`ul.mgBulletList`) and link lists (`ul.mgActionList`). F_MEETING. */
export const BULLET_LIST = 'ul.mgBulletList';
export const ACTION_LIST = 'ul.mgActionList';

/** Meeting-level document links (Tower Hamlets page text; CampaignLab `.mgContent a, .mgLinks a`). F_MEETING. */
export const MEETING_DOC_LINKS = ['.mgLinks a', 'ul.mgBulletList a', 'ul.mgActionList a'] as const;

/** "PDF 684 KB". F_MEETING. */
export const FILE_SIZE = '.mgFileSize';

/** Screen-reader-only text ModernGov adds ("pdf icon"); never part of a title. F_MEETING. */
export const HIDDEN_TEXT = '.mgHide';

/** `#AI<id>` anchors on a meeting page (Kirklees search capture links to them). F_MEETING. */
export const AI_ANCHOR = '[id^="AI"], a[name^="AI"]';

/** Decision details: section headings (CampaignLab decisions scraper). F_DECISION. */
export const SUB_SUB_TITLE = '.mgSubSubTitleTxt';

/** The first element matching any variant, in order, or null. */
export function firstMatch(root: ParentNode, variants: readonly string[]): Element | null {
  for (const selector of variants) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}
