// Resolutions highlighted in the page's own text. With the CSS Custom Highlight API the page DOM
// is untouched (ranges only); otherwise the fallback marks the containing paragraphs with an
// attribute styled from one <style> element — text nodes are never split or wrapped.
import type { ItemAnchor } from '../parser';
import type { AgendaItem } from '../types';

export const HIGHLIGHT_NAME = 'scrutineer-resolution';
export const FALLBACK_ATTRIBUTE = 'data-scrutineer-highlight';
const STYLE_ID = 'scrutineer-highlight-style';

const norm = (s: string) =>
  s
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
const BLOCKISH = 'p, li, td, div, h3, h4, h5, blockquote';

/** Smallest block elements under `blocks` (paragraphs, list items) that carry text. */
function leaves(blocks: Element[]): Element[] {
  const out: Element[] = [];
  for (const block of blocks) {
    const inner = [...block.querySelectorAll(BLOCKISH)].filter((el) => !el.querySelector(BLOCKISH));
    out.push(...(inner.length ? inner : [block]));
  }
  return out;
}

/** Page elements whose text belongs to the item's resolution. Pure over the DOM. */
export function findResolutionElements(item: AgendaItem, anchor: ItemAnchor): Element[] {
  if (!item.resolution) return [];
  const res = norm(item.resolution.text);
  const head = res.slice(0, 60);
  return leaves(anchor.blocks).filter((el) => {
    const t = norm(el.textContent ?? '');
    return t.length >= 12 && (res.includes(t) || t.includes(head));
  });
}

export interface Highlighter {
  mode: 'highlight-api' | 'fallback';
  count: number;
  clear(): void;
}

interface HighlightGlobals {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

/**
 * Put the highlight rules into the page once. Adding a stylesheet restyles the whole document, so
 * the content script does it when the cards go in (one restyle), not when the highlights land.
 */
export function ensureHighlightStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent =
    `::highlight(${HIGHLIGHT_NAME}){background-color:rgba(255,214,10,.45);}` +
    `[${FALLBACK_ATTRIBUTE}]{background-color:rgba(255,214,10,.35)!important;box-shadow:-4px 0 0 rgba(214,160,0,.9);}`;
  (doc.head ?? doc.documentElement).append(style);
}

/** Highlight every item's resolution; returns how, how many, and a way to undo it. */
export function highlightResolutions(
  doc: Document,
  items: AgendaItem[],
  anchors: ItemAnchor[],
  scope: HighlightGlobals = globalThis as HighlightGlobals,
): Highlighter {
  const elements = items.flatMap((item, i) => (anchors[i] ? findResolutionElements(item, anchors[i]) : []));
  ensureHighlightStyle(doc);
  const registry = scope.CSS?.highlights;
  if (registry && typeof scope.Highlight === 'function') {
    const ranges = elements.map((el) => {
      const range = doc.createRange();
      range.selectNodeContents(el);
      return range;
    });
    registry.set(HIGHLIGHT_NAME, new scope.Highlight(...ranges));
    return { mode: 'highlight-api', count: ranges.length, clear: () => void registry.delete(HIGHLIGHT_NAME) };
  }
  for (const el of elements) el.setAttribute(FALLBACK_ATTRIBUTE, '');
  return {
    mode: 'fallback',
    count: elements.length,
    clear: () => elements.forEach((el) => el.removeAttribute(FALLBACK_ATTRIBUTE)),
  };
}
