// The CLI's HTML path. A ModernGov page goes through the same DOM readers the overlay uses
// (readPage), so the CLI and the overlay give the same answer for the same page; anything else —
// Word-to-HTML minutes (documents/s123/….docx.html), a council's own HTML, a ModernGov page shape
// the readers do not know — goes through the text engine, scoped to ModernGov's content root when
// there is one so that site navigation and footers never become items. Pure: the caller parses.
import type { Extraction, PageKind } from '../types';
import { extractDocument } from '../extract';
import { findModernGovRoot, pageKindFromUrl } from '../moderngov/page-detect';
import { PAGE_HEADING, firstMatch } from '../moderngov/selectors';
import { findItemRows } from './meeting-page';
import { readPage } from './index';
import { inlineText } from './text';

type ReadKind = Exclude<PageKind, 'unrecognised'>;

/** The file each page kind is served as (the readers pick their reader by URL). */
const FILE_OF: Record<ReadKind, string> = {
  meeting: 'ieListDocuments.aspx',
  'agenda-item': 'mgAi.aspx',
  decision: 'ieDecisionDetails.aspx',
  issue: 'ieIssueDetails.aspx',
};

const BASE = 'https://moderngov.invalid/';

function parseUrl(href: string | null | undefined): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, BASE);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** Which page a saved ModernGov page was, from what the page itself prints. */
function kindFromDom(root: Element): ReadKind | null {
  const heading = inlineText(firstMatch(root, PAGE_HEADING)).toLowerCase();
  if (/^agenda item\b/.test(heading)) return 'agenda-item';
  if (/^decision details\b/.test(heading)) return 'decision';
  if (/^issue\b/.test(heading)) return 'issue';
  if (findItemRows(root).rows.length || /\bagenda\b|\bminutes\b|\bdecisions\b/.test(heading)) return 'meeting';
  return null;
}

/**
 * The page's URL: its canonical link or og:url when saved with the page, else the file name when
 * it names a ModernGov page ("ieListDocuments.aspx?CId=1&MId=2.html"), else a URL for the kind the
 * page's own heading and tables show.
 */
export function pageUrlOf(doc: Document, root: Element, fileName = ''): URL | null {
  const saved = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.querySelector('base[href]')?.getAttribute('href'),
  ];
  for (const href of saved) {
    const url = parseUrl(href);
    if (url && pageKindFromUrl(url)) return url;
  }
  const base = fileName.split(/[\\/]/).pop() ?? '';
  for (const file of Object.values(FILE_OF)) {
    if (base.toLowerCase().includes(file.toLowerCase().replace('.aspx', ''))) return new URL(file, BASE);
  }
  const kind = kindFromDom(root);
  return kind ? new URL(FILE_OF[kind], BASE) : null;
}

/** A parsed HTML document → the extraction the CLI prints. Never throws. */
export function extractFromDocument(doc: Document, html: string, fileName?: string): Extraction {
  try {
    const root = findModernGovRoot(doc);
    if (root) {
      const url = pageUrlOf(doc, root, fileName);
      const read = url ? readPage(doc, url) : null;
      if (read && read.page.meeting.items.length) return { parts: [read.page.meeting] };
      // A ModernGov page the readers cannot read: its content only, never the site around it.
      return extractDocument(root.outerHTML, { format: 'html', fileName });
    }
  } catch {
    // fall through to the text engine over the whole page
  }
  return extractDocument(html, { format: 'html', fileName });
}
