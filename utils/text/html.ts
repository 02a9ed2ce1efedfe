// A small tolerant HTML → text converter for Node (the CLI has no DOM) and for HTML fragments
// embedded in markdown-ish text. It scans once, left to right, with indexOf only (no backtracking
// regexes), so hostile input stays linear. Layout that carries meaning is kept as light markup:
// block tags → newlines, <td>/<th> → tab, <li> → "- ", <h1-6> → "### ", <b>/<strong> → "**"
// (item titles in ModernGov minutes are bold table cells).

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'tr',
  'table',
  'tbody',
  'thead',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'hr',
  'dl',
  'dt',
  'dd',
  'form',
  'fieldset',
  'nav',
  'main',
  'aside',
  'caption',
  'figure',
  'address',
  'center',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'object', 'iframe']);
const BOLD = new Set(['b', 'strong']);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  euro: '€',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  deg: '°',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  iacute: 'í',
  uacute: 'ú',
  shy: '',
  zwnj: '',
  zwj: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  times: '×',
  sect: '§',
};

/** Decode `&amp;`, `&#47;`, `&#x2F;` … Unknown entities are left as printed. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) break;
    out += s.slice(i, amp);
    // Look for the ';' only within entity length, so "&&&&…" stays linear.
    const near = s.slice(amp + 1, amp + 12).indexOf(';');
    const semi = near < 0 ? -1 : amp + 1 + near;
    if (semi < 0) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const name = s.slice(amp + 1, semi);
    let rep: string | undefined;
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isFinite(code) && code > 0 && code < 0x110000) rep = code === 160 ? ' ' : String.fromCodePoint(code);
    } else rep = NAMED[name.toLowerCase()];
    if (rep === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += rep;
      i = semi + 1;
    }
  }
  return out + s.slice(i);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function tagName(s: string, from: number): { name: string; closing: boolean; end: number } {
  let i = from + 1;
  const closing = s[i] === '/';
  if (closing) i++;
  let j = i;
  while (j < s.length && isAlnum(s.charCodeAt(j))) j++;
  return { name: s.slice(i, j).toLowerCase(), closing, end: j };
}

/**
 * HTML (a whole page or a fragment) → text with light markup. Unknown tags vanish; text is kept.
 * `keepMarkup: false` drops the `**`/`###`/`- ` hints for plain display.
 */
export function htmlToText(html: string, keepMarkup = true): string {
  const out: string[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) out.push(decodeEntities(html.slice(i, lt)));
    // Comments and doctypes.
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      i = e < 0 ? n : e + 3;
      continue;
    }
    const next = html[lt + 1];
    const nc = html.charCodeAt(lt + 1);
    if (
      next === undefined ||
      !(isAlnum(nc) || next === '/' || next === '!' || next === '?') ||
      (nc >= 48 && nc <= 57)
    ) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      i = n;
      break;
    }
    const { name, closing } = tagName(html, lt);
    i = gt + 1;
    if (!closing && SKIP.has(name) && html[gt - 1] !== '/') {
      // Skip to the matching close tag (case-insensitive search on a bounded lower-cased window).
      const close = `</${name}`;
      let k = i;
      let found = -1;
      while (k < n) {
        const chunk = html.slice(k, k + 65536).toLowerCase();
        const at = chunk.indexOf(close);
        if (at >= 0) {
          found = k + at;
          break;
        }
        k += 65536 - close.length;
      }
      if (found < 0) i = n;
      else {
        const e = html.indexOf('>', found);
        i = e < 0 ? n : e + 1;
      }
      continue;
    }
    if (BLOCK.has(name)) out.push('\n');
    else if (name === 'td' || name === 'th') out.push(closing ? '' : '\t');
    else if (name === 'li') out.push(closing ? '\n' : keepMarkup ? '\n- ' : '\n');
    else if (HEADINGS.has(name)) out.push(closing ? '\n' : keepMarkup ? '\n### ' : '\n');
    else if (BOLD.has(name) && keepMarkup) out.push('**');
  }
  return out.join('');
}

/** True when the text looks like an HTML document or fragment rather than text with a stray tag. */
export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 2000).toLowerCase();
  return /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head);
}
