// Plain text out of page markup. The DOM already decodes entities (`&#47;` → `/`); these helpers
// add the layout a reader relies on (one line per block) and drop what a sighted reader never
// sees: scripts, styles, ModernGov's screen-reader spans and file-size labels in titles.
import { FILE_SIZE, HIDDEN_TEXT } from '../moderngov/selectors';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'SCRUTINEER-OVERLAY']);
const BLOCK = new Set([
  'P',
  'DIV',
  'BR',
  'TR',
  'TABLE',
  'UL',
  'OL',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'PRE',
  'DL',
  'DT',
  'DD',
  'HR',
  'CAPTION',
  'ADDRESS',
  'CENTER',
]);

/** Collapse runs of spaces (incl. NBSP) and trim. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function walk(node: Node, out: string[], dropSizes: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) || el.matches(HIDDEN_TEXT) || (dropSizes && el.matches(FILE_SIZE))) return;
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  if (tag === 'TD' || tag === 'TH') out.push(' ');
  for (let child = el.firstChild; child; child = child.nextSibling) walk(child, out, dropSizes);
  if (block) out.push('\n');
}

/** Text of an element with one line per block (paragraph, list item, row), spaces squashed. */
export function blockText(el: Element | null): string {
  if (!el) return '';
  const out: string[] = [];
  walk(el, out, false);
  return out.join('').split('\n').map(squash).filter(Boolean).join('\n');
}

/** Text of an inline element on one line, without screen-reader spans or file sizes. */
export function inlineText(el: Element | null): string {
  if (!el) return '';
  const out: string[] = [];
  walk(el, out, true);
  return squash(out.join(' '));
}

const SKIP_SELECTOR = `${[...SKIP].map((t) => t.toLowerCase()).join(', ')}, ${HIDDEN_TEXT}`;

/** Same as `blockText(el) !== ''`, without walking the block when nothing in it is hidden. */
export function hasText(el: Element): boolean {
  if (!/\S/.test(el.textContent ?? '')) return false;
  if (!el.matches(SKIP_SELECTOR) && !el.querySelector(SKIP_SELECTOR))
    return /[^\s\u00a0\u200b]/.test(el.textContent ?? '');
  return blockText(el) !== '';
}
