// Links read from the page: only http(s) survive (a `javascript:` or `data:` href is dropped),
// resolved against the page URL so relative ModernGov links (`mgAi.aspx?ID=1`) become absolute.
import type { DocumentLink } from '../types';
import { FILE_SIZE } from '../moderngov/selectors';
import { inlineText, squash } from './text';

/** Absolute http(s) URL for an href, or null for anything else (javascript:, data:, mailto:, junk). */
export function safeHref(href: string | null, base: URL): string | null {
  if (!href) return null;
  // ModernGov hrefs carry literal spaces and sometimes CR/LF (MODERNGOV.md §d).
  const cleaned = href.replace(/[\r\n\t]+/g, '').trim();
  if (!cleaned) return null;
  // Browsers ignore leading control characters and spaces in a scheme ("java\tscript:"); so do we.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned.replace(/[\s\p{Cc}]+/gu, ''));
  if (scheme && !/^https?$/i.test(scheme[1])) return null;
  try {
    const url = new URL(cleaned, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const KINDS: ReadonlyArray<[RegExp, DocumentLink['kind']]> = [
  [/minutes/i, 'minutes'],
  [/decisions/i, 'decisions'],
  [/pack/i, 'pack'],
  [/agenda|frontsheet/i, 'agenda'],
  [/appendix|annex|enc\.?\s*\d/i, 'appendix'],
  [/report|\.pdf\b|\.docx?\b/i, 'report'],
];

function documentKind(title: string, href: string): DocumentLink['kind'] {
  for (const [pattern, kind] of KINDS) if (pattern.test(title)) return kind;
  return /\.(pdf|docx?)(\?|$)/i.test(href) ? 'report' : 'other';
}

/** A document link, or null when it has no safe href or no title. */
export function readDocumentLink(a: Element, base: URL, kind?: DocumentLink['kind']): DocumentLink | null {
  const href = safeHref(a.getAttribute('href'), base);
  const title = inlineText(a);
  if (!href || !title) return null;
  const sizeEl = a.querySelector(FILE_SIZE) ?? nextSize(a);
  const size = sizeEl ? squash(sizeEl.textContent ?? '') || null : null;
  return { title, href, size, kind: kind ?? documentKind(title, href) };
}

function nextSize(a: Element): Element | null {
  const next = a.nextElementSibling;
  return next && next.matches(FILE_SIZE) ? next : null;
}

/** True when a link points at a document rather than another ModernGov page. */
export function isDocumentHref(href: string): boolean {
  return /\/documents\/|mgConvert2PDF|\.(pdf|docx?|xlsx?|pptx?)(\?|#|$)/i.test(href);
}
