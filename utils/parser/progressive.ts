// The DOM read without the text analysis: what the content script needs to mount cards. Apart
// from index.ts (readPage), which imports the extraction engine, so the injected script does not
// carry it (the engine is passed in to each pending step; see build-item.ts BlockAnalyser).
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
import type { BlockAnalyser } from './build-item';

function rootOf(root: Document | Element): Element | null {
  if ('documentElement' in root) return findModernGovRoot(root);
  return root.matches(MODERNGOV_ROOT.join(', ')) ? root : firstMatch(root, MODERNGOV_ROOT);
}

/**
 * Read a ModernGov page in two steps: the DOM now (numbers, titles, documents, where each item
 * stands), the text analysis later. `page` is complete only after every function in `pending`
 * has run (each fills one item; the overlay runs them in idle time, with the extraction engine it
 * loads lazily). Null as for readPage.
 */
export function readPageProgressive(
  root: Document | Element,
  url: URL,
): (PageRead & { pending: Array<(analyseBlock: BlockAnalyser) => void> }) | null {
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
