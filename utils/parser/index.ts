// The DOM readers' front door: pick the reader for the page kind and wrap its output in a
// ParsedPage. Pure: the same call works on the live document, a fixture or a fetched page.
import type { IssueHistoryEntry, ParsedPage } from '../types';
import { findModernGovRoot, pageKindFromUrl } from '../moderngov/page-detect';
import { readCommitteeId } from '../moderngov/committee-id';
import { MODERNGOV_ROOT, firstMatch } from '../moderngov/selectors';
import { pageKey } from '../moderngov/keys';
import { readModernGovIds } from '../moderngov/urls';
import { readAgendaItemPage } from './agenda-item-page';
import { readDecisionPage } from './decision-page';
import { readIssuePage } from './issue-page';
import { readMeetingPage } from './meeting-page';
import type { PageRead } from './page-result';

export type { PageRead, ItemAnchor } from './page-result';

function rootOf(root: Document | Element): Element | null {
  if ('documentElement' in root) return findModernGovRoot(root);
  return root.matches(MODERNGOV_ROOT.join(', ')) ? root : firstMatch(root, MODERNGOV_ROOT);
}

/**
 * Read a ModernGov page in two steps: the DOM now (numbers, titles, documents, where each item
 * stands), the text analysis later. `page` is complete only after every function in `pending`
 * has run (each fills one item; the overlay runs them in idle time). Null as for readPage.
 */
export function readPageProgressive(root: Document | Element, url: URL): (PageRead & { pending: Array<() => void> }) | null {
  const pageKind = pageKindFromUrl(url);
  const mg = rootOf(root);
  if (!pageKind || !mg) return null;
  const read: (ReturnType<typeof readMeetingPage> & { history?: IssueHistoryEntry[] }) | null =
    pageKind === 'meeting'
      ? readMeetingPage(mg, url)
      : pageKind === 'agenda-item'
        ? readAgendaItemPage(mg, url)
        : pageKind === 'decision'
          ? readDecisionPage(mg, url)
          : readIssuePage(mg, url);
  if (!read) return null;
  const ids = readModernGovIds(url);
  // The committee from its links when the URL has no CId (`?MId=` alone), so its meetings group together.
  const cid = pageKind === 'meeting' && !ids.cid && readCommitteeId(root);
  if (cid) ids.cid = cid;
  const page: ParsedPage = {
    url: url.href,
    host: url.host.toLowerCase(),
    pageKey: pageKey(url),
    pageKind,
    heading: read.heading,
    meeting: read.meeting,
    ids,
    history: read.history ?? [],
  };
  return { page, anchors: read.anchors, pending: read.pending };
}

/**
 * Read a ModernGov page: the data plus where each item stands. Null when the URL is not a page
 * we read, the DOM is not ModernGov, or the shape is one we cannot read (never a guess).
 */
export function readPage(root: Document | Element, url: URL): PageRead | null {
  const read = readPageProgressive(root, url);
  if (!read) return null;
  for (const analyse of read.pending) analyse();
  return { page: read.page, anchors: read.anchors };
}

/** The ParsedPage for a ModernGov page, or null when it cannot be read (see readPage). */
export function createParsedPage(root: Document | Element, url: URL): ParsedPage | null {
  return readPage(root, url)?.page ?? null;
}
