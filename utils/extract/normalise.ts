// Step 1: every input (plain text, markdown-ish text, HTML, PDF text) becomes one list of lines
// with the layout hints that item detection needs: markdown heading, whole-line bold, the bold or
// first-cell lead of a table row, list bullet. Later steps never see raw markup.
import { htmlToText, looksLikeHtml } from '../text/html';
import { findDate } from '../text/dates';

export interface Line {
  /** Clean text: no markup, single spaces, tabs kept as " \t " cell boundaries removed. */
  text: string;
  /** Markdown heading level, or 0. */
  heading: number;
  /** The whole line was bold. */
  bold: boolean;
  /** Leading bold segment or first table cell, clean; null when the line has no such lead. */
  lead: string | null;
  /** Text after the lead (the rest of the table row). */
  rest: string;
  bullet: boolean;
  /** Blank line(s) directly before this line. */
  gapBefore: boolean;
  /**
   * How many blank lines stood before it (capped at 9), where the text says. Pages read as text
   * set their table rows apart with wider gaps than the paragraphs inside a row.
   */
  blank?: number;
  /** The lead is a number set apart from the rest by a run of spaces (a printed number column). */
  spaced?: boolean;
  /** The lead is the number cell of a "|" text table row; the rest is the row's other cells. */
  piped?: boolean;
}

export type InputFormat = 'text' | 'markdown' | 'html';

const MAX_LINE = 20_000;

/** Strip inline markup left in a line of text. */
export function clean(s: string): string {
  // "11.**REPORT**77 - 86": bold marks often stand where a space was.
  let t = s.indexOf('*') >= 0 || s.indexOf('_') >= 0 ? s.replace(/\*\*|__/g, ' ') : s;
  // One test first: most lines have nothing to replace.
  if (/[\t\u00a0\u2000-\u200b\u202f\u3000]| {2}/.test(t))
    t = t.replace(/[\t\u00a0\u2000-\u200b\u202f\u3000]+/g, ' ').replace(/ {2,}/g, ' ');
  // A heading glued to the sentence after it: "… Committee meetingThe minutes of …".
  if (/[a-z](?:The|This|These) /.test(t)) t = t.replace(/([a-z]{3})(The|This|These) /g, '$1 $2 ');
  // PDF text glues a date to its neighbours: "the meeting of 18thMarch 2013were agreed".
  if (/\d(?:st|nd|rd|th)[A-Z]|(?:19|20)\d\d[a-z]/.test(t))
    t = t
      .replace(/\b(\d{1,2}(?:st|nd|rd|th))(?=[A-Z][a-z])/g, '$1 ')
      .replace(/\b((?:19|20)\d\d)(?=(?:were|was|and|at|in|the|by|on|be)\b)/g, '$1 ');
  return t.trim();
}

/**
 * Join a bold run that a converter broke over several lines ("**1803 Worcestershire  \nData Sharing
 * \nCharter  \n(Agenda Item 6)**"): the title is one thing, whatever the page width was.
 */
function joinBoldRuns(raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    const t = line.trim();
    if (t.startsWith('**') && t.length < 400 && (t.match(/\*\*/g) ?? []).length % 2 === 1) {
      let j = i + 1;
      let joined = t;
      while (j < raw.length && j <= i + 6 && joined.length < 400) {
        const nt = raw[j].trim();
        if (!nt) break;
        joined += ' ' + nt;
        if ((nt.match(/\*\*/g) ?? []).length % 2 === 1) {
          out.push(joined);
          i = j;
          joined = '';
          break;
        }
        j++;
      }
      if (joined === '') continue;
    }
    out.push(line);
  }
  return out;
}

/** "Noted**Fostering Modernisation Plan**": a heading glued to the end of the previous paragraph. */
function splitGluedHeading(line: string): string[] {
  if (line.length > 300 || !line.trimEnd().endsWith('**')) return [line];
  const m = /^(.*?[^\s*])\*\*([^*]{3,200})\*\*\s*$/.exec(line);
  if (!m || m[1].includes('**') || m[1].length > 60) return [line];
  return [m[1], `**${m[2]}**`];
}

/** A short item number ("4.", "12", "C63/07", "3(a)") then three or more spaces (or no-break spaces). */
const SPACED_NUMBER = /^([A-Z]{0,4}\d{1,4}(?:[./]\d{1,4}){0,2}(?:[a-z]|\([a-z]\))?[.)]?)[ \u00a0]{3,}(?=\S)/;

/** A table row as text whose first cell is an item number: "12a | LEA Governor Vacancies |". */
const PIPED_NUMBER = /^(\d{1,3}[a-z]?\.?) \| ([^|].*)$/;

/** The text without the cell rules and spaces at its end (a loop: a regex would rescan long runs). */
function trimCells(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === ' ' || s[e - 1] === '|')) e--;
  return s.slice(0, e);
}

function toLine(rawLine: string, gapBefore: boolean): Line | null {
  let s = rawLine.length > MAX_LINE ? rawLine.slice(0, MAX_LINE) : rawLine;
  let heading = 0;
  const h = /^\s*(#{1,6})\s+/.exec(s);
  if (h) {
    heading = h[1].length;
    s = s.slice(h[0].length);
  }
  let bullet = false;
  const b = /^\s*(?:[-•●▪◦‣∙]|\*(?!\*))\s+/.exec(s);
  if (b) {
    bullet = true;
    s = s.slice(b[0].length);
  }
  const trimmed = s.trim();
  if (!trimmed) return null;
  let lead: string | null = null;
  let rest = '';
  let bold = false;
  const bl = /^\*\*([^*]+?)\*\*/.exec(trimmed);
  if (bl) {
    lead = clean(bl[1]);
    rest = clean(trimmed.slice(bl[0].length));
    bold = !rest;
  } else if (trimmed.includes('\t')) {
    const tab = trimmed.indexOf('\t');
    lead = clean(trimmed.slice(0, tab));
    rest = clean(trimmed.slice(tab + 1));
  }
  // "4 | Matters arising |": a text table (archived agenda pages) sets the number in a cell of its own.
  const pipe = lead === null ? PIPED_NUMBER.exec(trimmed) : null;
  if (pipe) {
    lead = pipe[1];
    rest = clean(trimCells(pipe[2]).replace(/ ?\| ?/g, ' '));
  }
  // "4.            Friends of the Park – Agreement": printed papers set the number in a column of
  // its own; the run of spaces is a cell boundary, as a tab is.
  let spaced = false;
  const col = lead === null ? SPACED_NUMBER.exec(trimmed) : null;
  if (col) {
    lead = col[1];
    rest = clean(trimmed.slice(col[0].length));
    spaced = true;
  }
  const text = clean(trimmed);
  if (!text) return null;
  const line: Line = { text, heading, bold, lead: lead || null, rest, bullet, gapBefore };
  if (spaced) line.spaced = true;
  if (pipe) line.piped = true;
  return line;
}

/** Any input → lines. Never throws; linear in the input size. */
export function toLines(input: string, format?: InputFormat): Line[] {
  let text = String(input ?? '');
  const html = format === 'html' || (format !== 'text' && looksLikeHtml(text));
  // Markdown from converters carries inline HTML (<b>, <p>, <u>, <ul><li>): read it the same way.
  if (html || (format !== 'text' && /<\/?(?:b|p|u|i|strong|em|br|ul|li|td|tr|div|span|h\d)\b/i.test(text))) {
    text = htmlToText(text);
  }
  return textToLines(text);
}

/** Binary garbage and NULs carry no text: drop control characters except tab and newline. */
function stripControls(input: string): string {
  return (
    String(input ?? '')
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]+/g, ' ')
      .replace(/\r\n?/g, '\n')
  );
}

/**
 * Plain text (no markup to interpret) → lines. The in-page overlay reads text from the DOM, so
 * it comes this way and the HTML reader stays out of the content script.
 */
export function textToLines(input: string): Line[] {
  const text = stripControls(input);
  const split: string[] = [];
  for (const l of text.split('\n')) for (const piece of unflatten(l)) split.push(piece);
  const raw = joinBoldRuns(split);
  const lines: Line[] = [];
  let gap = true;
  let blank = 0;
  for (const r of raw) {
    for (const piece of splitGluedHeading(r)) {
      const line = toLine(piece, gap);
      if (!line) {
        gap = true;
        if (blank < 9) blank++;
        continue;
      }
      if (blank) line.blank = blank;
      lines.push(line);
      blank = 0;
      gap = false;
    }
  }
  return dropPageFurniture(lines);
}

/**
 * Text of one block read from the DOM (the overlay's "Minutes:" / "Decision:" text) → lines. DOM
 * text carries no markdown, PDF page furniture or flattened pages, so only the line reading is
 * needed — which keeps the content script small.
 */
export function blockLines(input: string): Line[] {
  const lines: Line[] = [];
  let gap = true;
  for (const raw of stripControls(input).split('\n')) {
    const line = toLine(raw, gap);
    gap = !line;
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * PDF text that lost its line breaks ("… Present: … 1. Apologies for Absence 1.1 There were …
 * 2. Declarations of Interest …"): break a very long line before each minute or paragraph number.
 */
function unflatten(line: string): string[] {
  if (line.length < 400) return [line];
  const pieces = unglue(line).split(
    /(?<!\bNo\.?) (?=(?:Item No\.? ?)?\d{1,3}[.:] (?:[A-Z][a-z]|[A-Z]{2,}[ ,:–-])|\d{1,2}\.\d{1,2} [A-Z][a-z]|[A-Z][a-z]{1,4}\/\d{1,4}\/\d{2}(?:-\d{2})? [A-Z])/,
  );
  // Scottish minutes print the heading before the number: "… withdrew. PERFORMANCE REPORTS -
  // APRIL TO JUNE 2016 2. There was submitted …". The capitals end the piece before the number.
  const out: string[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const m = k + 1 < pieces.length ? TRAILING_CAPS.exec(pieces[k].slice(-130)) : null;
    if (m && m[1].replace(/[^A-Z]/g, '').length >= 4 && /[A-Z]{3}/.test(m[1])) {
      out.push(pieces[k].slice(0, pieces[k].length - m[1].length), m[1]);
    } else out.push(pieces[k]);
  }
  return out.flatMap((p) => p.split('\n'));
}

/**
 * Text of PDFs that lost the spaces between lines glues a minute's parts together: "Technical
 * Services161. MINUTES OF … 2013RESOLVED:That the …", "APOLOGIES FOR ABSENCEThere were …". Put the
 * spaces back where a number, a capitals heading or "RESOLVED" is glued to the text beside it,
 * and start each "RESOLVED" on a line of its own, as the printed page did.
 */
function unglue(line: string): string {
  return line
    .replace(/([a-z.])(\d{1,3}\. [A-Z]{3,})/g, '$1 $2')
    .replace(/([A-Z]{3})(?=[A-Z][a-z]{2,} )/g, '$1 ')
    .replace(/([A-Za-z0-9.])RESOLVED\b/g, '$1\nRESOLVED')
    .replace(/(RESOLVED[:–—-])(?=[A-Z])/g, '$1 ');
}

/** A capitals heading closing a flattened piece, after the end of a sentence. */
const TRAILING_CAPS = /[.:;!?)] ([A-Z][A-Z0-9 ,&'’()/–-]{3,120})$/;

/** "Page 3 of 12", "Page 3", "- 3 -": page numbers printed by PDF and Word exports. */
const PAGE_NUMBER = /^(?:-\s*\d{1,4}\s*-|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$/i;
/** Running headers carry a date or a page word: "Cabinet - 12 March 2024", "Minutes | Page". */
const running = (t: string) => /\bpage\b/i.test(t) || findDate(t) !== null;

/**
 * Running page headers and footers of printed papers ("Cabinet - 12 March 2024" / "Page 3 of 12")
 * are not text: they must neither become items nor cut an item's sentences in two. Any bare page
 * number line, and every repeat of a short dated line printed three times or more, is page furniture.
 */
function dropPageFurniture(lines: Line[]): Line[] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.text.length <= 70 && !l.bullet && !l.heading) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  }
  // The first printing is kept: on page one it is the paper's own header (committee and date).
  const seen = new Set<string>();
  const furniture = (l: Line) => {
    if (l.heading || l.bullet) return false;
    if (PAGE_NUMBER.test(l.text)) return true;
    if (
      l.text.length > 70 ||
      (counts.get(l.text) ?? 0) < 3 ||
      /[.:;]$/.test(l.text) ||
      /^\(?\d{1,4}[a-z]?[.)]?\s/i.test(l.text)
    )
      return false;
    if (!seen.has(l.text)) {
      seen.add(l.text);
      return false;
    }
    return running(l.text);
  };
  const out: Line[] = [];
  for (const l of lines) if (!furniture(l)) out.push(l);
  return out.length === lines.length ? lines : out;
}
