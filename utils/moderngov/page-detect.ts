// Which ModernGov page is this? URL patterns are matched case-insensitively because IIS
// ignores case while extension match patterns do not (see ../shared/TOOLCHAIN.md), and the
// DOM must carry ModernGov's own markers (`#modgov` / `.mgContent`) before we trust it:
// a council page that merely has `ieListDocuments.aspx` in its URL gets `unrecognised`.
import type { PageKind } from '../types';
import { MODERNGOV_ROOT, firstMatch } from './selectors';

const FILE_KINDS: ReadonlyArray<[RegExp, Exclude<PageKind, 'unrecognised'>]> = [
  [/(?:^|\/)ielistdocuments\.aspx$/i, 'meeting'],
  [/(?:^|\/)mgai\.aspx$/i, 'agenda-item'],
  [/(?:^|\/)iedecisiondetails\.aspx$/i, 'decision'],
  [/(?:^|\/)mgdecisiondetails\.aspx$/i, 'issue'],
  [/(?:^|\/)ieissuedetails\.aspx$/i, 'issue'],
  [/(?:^|\/)mgissuehistoryhome\.aspx$/i, 'issue'],
];

/** The page kind a URL names, or null when it is not one of the ModernGov pages we read. */
export function pageKindFromUrl(url: URL): Exclude<PageKind, 'unrecognised'> | null {
  const path = url.pathname;
  for (const [pattern, kind] of FILE_KINDS) if (pattern.test(path)) return kind;
  return null;
}

/** The ModernGov content root, or null when the DOM is not ModernGov. */
export function findModernGovRoot(doc: Document): Element | null {
  return firstMatch(doc, MODERNGOV_ROOT);
}

/**
 * Classify a page: null when the URL is not a ModernGov page we read at all (do nothing),
 * `unrecognised` when the URL matches but the DOM is not ModernGov.
 */
export function detectPage(doc: Document, url: URL): PageKind | null {
  const kind = pageKindFromUrl(url);
  if (!kind) return null;
  return findModernGovRoot(doc) ? kind : 'unrecognised';
}
