// The DOM readers' front door: pick the reader for the page kind and wrap its output in a
// ParsedPage. Pure: the same call works on the live document, a fixture or a fetched page.
import type { ParsedPage } from '../types';
import { analyseBlock } from '../extract';
import type { PageRead } from './page-result';
import { readPageProgressive } from './progressive';

export type { PageRead, ItemAnchor } from './page-result';
export type { BlockAnalyser } from './build-item';
export { readPageProgressive } from './progressive';

/**
 * Read a ModernGov page: the data plus where each item stands. Null when the URL is not a page
 * we read, the DOM is not ModernGov, or the shape is one we cannot read (never a guess).
 */
export function readPage(root: Document | Element, url: URL): PageRead | null {
  const read = readPageProgressive(root, url);
  if (!read) return null;
  for (const analyse of read.pending) analyse(analyseBlock);
  return { page: read.page, anchors: read.anchors };
}

/** The ParsedPage for a ModernGov page, or null when it cannot be read (see readPage). */
export function createParsedPage(root: Document | Element, url: URL): ParsedPage | null {
  return readPage(root, url)?.page ?? null;
}
