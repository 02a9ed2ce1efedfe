// Step 3b: items that carry no number. ModernGov meeting pages read as text ("No. Item", then per
// item its title, the agenda wording, "Additional documents:", the "Decision:" / "Minutes:" text)
// often lose the number column; printed in a table they come as rows ending in "|". Here an item
// starts at a title line, at a table row, or — where the page dropped the title — at agenda wording
// ("To receive any apologies …") that follows the previous item's outcome.
import type { Line } from './normalise';
import { LEAD_NUMBER, parseNumber } from './numbering';
import type { RawItem } from './segment';
import { rawItem } from './raw-item';
import { isRoutineTitle } from './routine';
import { titleScore, tidyTitle } from './titles';

/** The header of ModernGov's items table: "No. Item", "No. | Item |", "Item Discussion Portfolio". */
export const ITEMS_HEADER = /^(?:no\.?\s*\|?\s*item|item\s*\|?\s*no\.?)\s*\|?[\s|]*$/i;

/** Labels ModernGov prints inside an item, as text: they open a section, never an item. */
const SECTION_LABEL = /\b(additional documents|decision|minutes)\s*:/i;
/** Every section label in a line (matchAll copies the pattern, so one global instance serves). */
const SECTION_LABELS = new RegExp(SECTION_LABEL.source, 'gi');
const LABEL_AT_START = /^(?:additional documents|decisions?|minutes)\s*:/i;
/** The "Additional documents:" label alone on its line: between an item's agenda wording and its outcome. */
const DOCUMENTS_LINE = /^additional documents\s*:?\s*$/i;

/** A line of table residue: nothing but pipes and dashes. */
const TABLE_RULE = /^[|\s:-]*\|[|\s:-]*$/;

/**
 * Agenda wording that stands in for a missing title ("To receive any apologies for absence.",
 * "To declare any interests …"). One alternative per line; all are the verbs of agenda blurbs.
 */
const AGENDA_WORDING = new RegExp(
  '^to\\s+(?:' +
    [
      'receive',
      'declare',
      'note',
      'consider',
      'approve',
      'confirm',
      'sign',
      'agree',
      'invite',
      'elect',
      'appoint',
    ].join('|') +
    ')\\b',
  'i',
);

/** "pdf icon PDF 55 KB", "PDF 406 KB": ModernGov prints its report link on the title line. */
export const DOC_LINK = /\b(?:pdf icon|PDF\s+\d+(?:\.\d+)?\s*[KM]B)\b/i;

/** Page headings and chrome printed before the items ("Agenda and minutes", "Menu"). */
const CHROME =
  /^(?:agenda|minutes|decisions|items of business|agenda and (?:minutes|decisions)|agenda, decisions and minutes|menu|council meetings|items|media|webcast\b.*|view directions|contact\s*:.*|venue\s*:.*)$/i;

/**
 * Headings that group the items ("Public Session", "Part II – Exempt Items", "Items for Decision"):
 * never an item themselves.
 */
const SECTION_HEADING =
  /^(?:(?:public|private|open|closed|confidential|exempt)\s+(?:session|items?|business|part)|part\s+(?:[12ab]|i{1,2}|one|two)\b|(?:public\s+|private\s+)?items?\s+for\s+(?:decision|information|noting|discussion))(?:[^:.]{0,40})$/i;

/** "Responsibility: Portfolio Holder …", "Officers: …": one- or two-word field labels. */
const FIELD_LINE = /^[A-Z][\w'’]*(?:\s[\w'’]+)?\s*:\s/;

/** "Present:", "In attendance:", "Officers:": the label over the attendance list. */
const ATTENDANCE_LABEL =
  /^(?:present|(?:also )?in attendance|also present|officers(?: present| in attendance)?|councillors|members(?: present)?|apologies(?: for absence)?|(?:[A-Z][\w-]*\s+){1,5}(?:from\s+[\w ]{1,30}\s+)?in attendance|presiding\b.{0,40})\s*:?\s*$/i;
/** "Cllr Smith", "Vice Chairman Cllr Jones", "Councillor A Patel (Chair)": a person, never an item. */
const PERSON =
  /^(?:(?:vice[- ])?chair(?:man|person|woman)?\s+)?(?:cllr|councillor|county councillor|mr|mrs|ms|miss|dr)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\([^)]{1,30}\))?$/i;

/** "Councillor Dale left the meeting at 8.10pm", "Cllr Ross arrived": a member coming or going. */
const MOVEMENT =
  /^(?:(?:county\s+)?councillors?|cllrs?|mr|mrs|ms|miss|dr)\.?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:left|arrived|joined|entered|re-?joined|re-?entered|returned|withdrew)\b/i;

/** The sections of a decision block ("Decision taken", "Reason for decision"): never an item's title. */
const OUTCOME_SECTION =
  /^(?:decisions?(?: taken| made)?|reasons? for (?:the )?decisions?|alternative options?(?: considered| rejected)?|minutes|outcome|resolution)\s*:?$/i;

/** "Minutes of a meeting … held on", "Thursday, 19th May, 2022 at 2.00 pm": the meeting's header. */
const MEETING_LINE =
  /^(?:(?:draft |confirmed )?minutes of\b(?!\s+(?:the\s+)?(?:previous|last|preceding)\s+meetings?\b)|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.{0,20}\b(?:19|20)\d\d\b)/i;
/** "Council - Wednesday 24 July 2024 10.30 am": the page's heading, the body's name and the meeting's day. */
const MEETING_HEADING = /^[^.:]{2,80}?\s[-–—]\s(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s.{0,20}\b(?:19|20)\d\d\b/i;

/**
 * Lines [i, end) that are an attendance list: after "Present:" (or similar), the run of short lines
 * up to the first numbered line or sentence. Names and job titles there read like headings.
 */
function attendanceEnd(lines: Line[], i: number, hi: number): number {
  if (!ATTENDANCE_LABEL.test(lines[i].text)) return i;
  let k = i + 1;
  while (k < hi && k - i < 200) {
    const t = lines[k].text;
    if (LEAD_NUMBER.test(t) || t.length > 80 || /[.!?]$/.test(t) || DOC_LINK.test(t)) break;
    // A short line with prose under it is the first heading after the list.
    const next = k + 1 < hi ? lines[k + 1].text : '';
    if (next.length > 80 || /[.!?]$/.test(next)) break;
    k++;
  }
  return k;
}

/**
 * The line opens the record of a meeting and names its body ("At a meeting of the Planning
 * Committee held within …", "Minutes of a meeting of Ambridge Town Council held on …"): the heading
 * above it is the paper's, not an item. ("Minute of Meeting held on 31st January" under a heading
 * names no body: it is that item's subject.)
 */
export function namesMeeting(line: Line | undefined): boolean {
  return !!line && /^(?:at a meeting of|minutes? of (?:a |the )?meeting of)\b/i.test(line.text);
}

/** Does this line read as an item title on an unnumbered ModernGov page? */
export function isBlockTitle(line: Line, prev: Line | undefined): boolean {
  const raw = line.text;
  if (line.bullet || raw.length > 220 || !line.gapBefore) return false;
  // The line that a colon introduced ("… called in the following item: -") is content.
  const doc = DOC_LINK.test(raw);
  if (prev && /[:–—-]\s*$/.test(prev.text) && !DOC_LINK.test(prev.text) && !doc) return false;
  // "Minutes: pdf icon PDF 139 KB": a report link makes the line a row's title, not its cell's label.
  const label = LABEL_AT_START.test(raw) && !(doc && /^minutes\s*:\s*(?:pdf icon|PDF\s+\d)/i.test(raw));
  // "Apologies for absence:" as the first row, or set apart by blank lines: routine business typed
  // with a colon. Elsewhere a colon (with or without its dash, "The Mayor, in summary: -")
  // introduces content, never a title.
  const colonTitle =
    raw.length <= 60 &&
    /^[^:]+:\s*$/.test(raw) &&
    isRoutineTitle(raw) &&
    ((!!prev && ITEMS_HEADER.test(prev.text)) || (line.blank ?? 0) >= 2);
  if (label || (/:\s*[-–—]?\s*$/.test(raw) && !colonTitle)) return false;
  const t = tidyTitle(raw).title;
  if (t.length < 3 || (!doc && CHROME.test(t)) || ITEMS_HEADER.test(t) || TABLE_RULE.test(t)) return false;
  if (SECTION_HEADING.test(t)) return false;
  if (/^[a-z(•·]/.test(t)) return false;
  // "FP2073 Town Centres … pdf icon": a forward-plan or report code opens the title, not a number.
  if (LEAD_NUMBER.test(t) && !(doc && /^[A-Z]{1,5}\s?\d{2,6}\s+[A-Z]/.test(t))) return false;
  if (
    (FIELD_LINE.test(t) ||
      PERSON.test(t) ||
      MEETING_LINE.test(t) ||
      MEETING_HEADING.test(t) ||
      OUTCOME_SECTION.test(t)) &&
    !doc
  )
    return false;
  if (/^(?:in the chair|chair(?:man|person)?|(?:members )?present|in attendance|officers in attendance)\s*:/i.test(t))
    return false;
  // "Councillor James Reid in the Chair": the sederunt of Scottish minutes, not a heading.
  if (/\bin the chair\.?$/i.test(t)) return false;
  if (doc) return titleScore(t) > -3;
  if (AGENDA_WORDING.test(t) || /[.:;,&/]$/.test(t) || t.length > 160) return false;
  // "Councillor Holden left the Chamber @ 7.28pm": a member's coming and going is the record.
  if (MOVEMENT.test(t)) return false;
  // "The meeting commenced at 7pm", "Councillors Ashton, Burton, Doris …": the record, not a heading.
  if (/\b(?:commenced|started|began|opened|closed|ended|adjourned|reconvened)\b/i.test(t)) return false;
  if (/^(?:councillors?|cllrs?|aldermen)\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,/i.test(t)) return false;
  // "Members are asked to note …", "The Chair has called in …": a clause, not a heading.
  if (/\b(?:is|are|was|were|has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en)\b/.test(t)) return false;
  return titleScore(t) >= 1;
}

interface Open {
  start: number;
  title: string;
  inlineBody: string;
  /** The item has printed something other than its title and agenda wording (its outcome). */
  outcome: boolean;
  /** The item's "Additional documents:" label has been passed: what follows is its outcome. */
  documents?: boolean;
  /** Section labels ("minutes", "decision") a table row has printed so far. */
  labels?: Set<string>;
}

/** The section labels printed in a piece of a table row, lower-cased. */
function labelsIn(t: string): string[] {
  return [...t.matchAll(SECTION_LABELS)].map((m) => m[1].toLowerCase());
}

/** A line the page width cut mid-sentence: long, and ending without a sentence's or a cell's close. */
function cutMidSentence(t: string): boolean {
  // "… as a correct record: 1)": a list marker left at the end of the line opens the next line's text.
  return (t.length >= 40 && !/[.!?:;|)"”’]\s*$/.test(t)) || /\s\(?(?:\d{1,2}|[a-z])\)$/.test(t);
}

/**
 * Are the table's cells hard-wrapped — many long lines that stop mid-sentence? Then a row's lines
 * are one paragraph broken by the page width, not paragraphs of their own.
 */
function hardWrapped(lines: Line[], lo: number, hi: number): boolean {
  let long = 0;
  let cut = 0;
  for (let i = lo; i < Math.min(hi, lo + 400); i++) {
    const t = lines[i].text;
    if (t.length < 40 || TABLE_RULE.test(t)) continue;
    long++;
    if (cutMidSentence(t)) cut++;
  }
  return cut >= 3 && cut * 5 >= long * 2;
}

/** Rejoin a hard-wrapped row: each line carries on the previous one unless that ended a sentence. */
function unwrapRow(first: string, lines: Line[], from: number, to: number): string {
  const paras = first ? [first] : [];
  for (let k = from; k < to; k++) {
    const t = lines[k].text.replace(/\s*\|+\s*$/, '');
    if (!t || TABLE_RULE.test(lines[k].text)) continue;
    if (paras.length && cutMidSentence(paras[paras.length - 1])) paras[paras.length - 1] += ' ' + t;
    else paras.push(t);
  }
  return paras.join('\n');
}

/**
 * Agenda wording that describes an item rather than records it: "To confirm …", "Report of the
 * Executive Director …", "Up to thirty minutes will be made available for questions …".
 */
const BLURB =
  /^(?:to\s+[a-z]+\b|reports?\s+(?:of|by|from)\b|(?:a\s+)?verbal\s+(?:report|update)\b|up\s+to\s+\w+\s+minutes\b|(?:members|the\s+\w+)\s+(?:is|are)\s+(?:asked|invited|requested)\b)/i;

/**
 * Unnumbered items in lines[lo, hi): title lines and table rows of a ModernGov page read as text.
 * Returns [] when the region does not have that shape.
 */
export function segmentBlocks(lines: Line[], lo: number, hi: number): { items: RawItem[]; header: boolean } {
  let from = lo;
  let table = false;
  for (let i = lo; i < Math.min(hi, lo + 80); i++) {
    if (ITEMS_HEADER.test(lines[i].text)) {
      from = i + 1;
      table = lines[i].text.includes('|');
      break;
    }
  }
  // The header row may be cut off: rows that end in "|" and carry "Minutes:" / "Decision:" are a table.
  const headerless = !table && from === lo && countLabelledRows(lines, lo, hi) >= 2;
  if (headerless) table = true;
  const items: RawItem[] = [];
  let open: Open | null = null;
  let rowClosed = from > lo || headerless;
  const wrapped = table && hardWrapped(lines, from, hi);
  const close = (end: number) => {
    if (open)
      items.push({
        number: null,
        title: open.title,
        agendaItem: null,
        pages: null,
        start: open.start,
        // A hard-wrapped row's text goes rejoined into the inline body (one paragraph a line).
        bodyStart: wrapped ? end : open.start + 1,
        inlineBody: wrapped ? unwrapRow(open.inlineBody, lines, open.start + 1, end) : open.inlineBody,
        end,
      });
    open = null;
  };
  const wide = from > lo && !table && rowGaps(lines, from, hi);
  // With no blank lines at all, every line is a paragraph of its own: a title needs no gap above it.
  const paragraphs = !table && !wide && oneParagraphPerLine(lines, from, hi);
  // One lone bullet is a footnote ("* Attended later in meeting"); two or more are the headings.
  let loneBullets = 0;
  for (let i = from; i < hi && loneBullets < 2; i++) if (loneBullet(lines, i, from, hi)) loneBullets++;
  for (let i = from; i < hi; i++) {
    const line = paragraphs ? { ...lines[i], gapBefore: true } : lines[i];
    const t = line.text;
    if (TABLE_RULE.test(t)) {
      rowClosed = true;
      continue;
    }
    const endsRow = table && /\|\s*$/.test(t);
    const label = SECTION_LABEL.exec(t);
    const prevText = i > from ? lines[i - 1].text : '';
    // A second "Minutes:" in one row: the page ran two rows together, the second without its title.
    const again = table && open && label && label.index === 0 && open.labels?.has(label[1].toLowerCase());
    if (again) {
      close(i);
      open = {
        start: i,
        title: '',
        inlineBody: t.replace(/\s*\|+\s*$/, ''),
        outcome: true,
        labels: new Set(labelsIn(t)),
      };
      rowClosed = endsRow;
      continue;
    }
    if (open && table) for (const l of labelsIn(t)) (open.labels ??= new Set()).add(l);
    // A flattened row opens a line, never carries on a line the page width cut mid-sentence.
    if (table && (rowClosed || (rowStart(t) && !cutMidSentence(prevText)))) {
      // A table row: its title is the text before the first section label ("Apologies Minutes: …").
      const cut = label ? label.index : t.replace(/\s*\|+\s*$/, '').length;
      const head = rowTitle(t.slice(0, cut));
      if (label || rowClosed) {
        close(i);
        // A row with no cell label that opens with finished prose ("The Mayor welcomed everyone …")
        // lost its title: the prose is its text.
        const prose = !label && t.length > 60 && /[.!?]\s*\|*\s*$/.test(t) && opensSentence(t);
        const rest = label ? t.slice(label.index) : prose ? t : '';
        open = {
          start: i,
          title: (label && label.index === 0) || prose ? '' : head,
          // The row's minutes cell reads as its own text; a "Decision:" label stays, it marks the decision.
          inlineBody: rest
            .replace(/^additional documents\s*:\s*/i, '')
            .replace(/^minutes\s*:\s*/i, '')
            .replace(/\s*\|+\s*$/, ''),
          outcome: true,
          labels: new Set(labelsIn(rest)),
        };
        rowClosed = endsRow;
        continue;
      }
    }
    rowClosed = endsRow;
    if (table) continue;
    const skipTo = attendanceEnd(lines, i, hi);
    if (skipTo > i + 1) {
      i = skipTo - 1;
      continue;
    }
    const prev = i > from ? lines[i - 1] : undefined;
    // A row of the items table set apart by a wide gap, after the previous row's outcome: the next
    // item, even with its title and agenda wording lost.
    if (
      wide &&
      (line.blank ?? 0) >= WIDE_GAP &&
      open &&
      open.outcome &&
      !(prev && DOCUMENTS_LINE.test(prev.text)) &&
      !isBlockTitle(line, prev) &&
      !carriesOn(lines, open.start, i)
    ) {
      close(i);
      const label = DOCUMENTS_LINE.test(t);
      open = { start: i, title: '', inlineBody: label ? '' : t, outcome: !label && !BLURB.test(t), documents: label };
      continue;
    }
    // A cut-off last line under a paragraph ("The Director informed th") is that text, not an item.
    if (i === hi - 1 && prev && prev.text.length > 80 && !/[.!?:)]$/.test(t) && open && open.outcome) continue;
    // Without blank lines, a run of title-like lines is a list ("Council, 4 May 2025" / "Board, …").
    const listed =
      paragraphs && i + 1 < hi && isBlockTitle({ ...lines[i + 1], gapBefore: true }, line) && !SECTION_HEADING.test(t);
    // "- Apologies for absence" / "None." / "- Declaration of Interest": a numbered list that lost its
    // numbers prints each heading as a bullet on its own, prose between; a run of bullets is a list.
    const lone = loneBullets >= 2 && loneBullet(lines, i, from, hi);
    const asTitle = lone ? { ...line, bullet: false, gapBefore: true } : line;
    if (isBlockTitle(asTitle, prev) && !isWrappedTitle(lines, i, hi) && !listed && !namesMeeting(lines[i + 1])) {
      close(i);
      open = { start: i, title: tidyTitle(t).title, inlineBody: '', outcome: false };
      continue;
    }
    if (DOCUMENTS_LINE.test(t)) {
      // Each item prints one "Additional documents:" label between its agenda wording and its
      // outcome. A second label after an outcome is the next item, whose title the page dropped:
      // it starts at the agenda wording just above, or at the label itself.
      // A label under the items header with no item open, or a second label straight after the
      // first, is an item whose title and agenda wording the page dropped.
      if (open && open.documents && open.outcome) {
        const above = lines[i - 1];
        const blurb: boolean = !!above && above.gapBefore && BLURB.test(above.text) && i - 1 > open.start;
        close(blurb ? i - 1 : i);
        open = { start: blurb ? i - 1 : i, title: '', inlineBody: blurb ? above.text : '', outcome: false };
      } else if ((!open && from > lo) || (open && open.documents && i === open.start + 1 && !open.title)) {
        close(i);
        open = { start: i, title: '', inlineBody: '', outcome: false };
      }
      if (open) open.documents = true;
      continue;
    }
    if (LABEL_AT_START.test(t)) continue;
    // A title the page dropped: agenda wording after the previous item's outcome (or first of all).
    if (line.gapBefore && AGENDA_WORDING.test(t) && (!open || open.outcome)) {
      close(i);
      open = { start: i, title: '', inlineBody: t, outcome: false };
      continue;
    }
    // "RESOLVED: That …" (however spelt, in capitals) is the outcome, not a field label.
    const marker = DECISION_LINE.test(t) || /^[A-Z]{5,}\s*:/.test(t);
    if (open && !AGENDA_WORDING.test(t) && (marker || !FIELD_LINE.test(t)) && !(BLURB.test(t) && !open.documents))
      open.outcome = true;
  }
  close(hi);
  // The items end where the next begins; a title with nothing after it still counts (agenda pages).
  // A row that printed only its "Additional documents:" label is an item all the same.
  const keep = (it: RawItem) =>
    it.title || it.inlineBody || it.end > it.bodyStart || DOCUMENTS_LINE.test(lines[it.start].text);
  return { items: items.filter(keep), header: from > lo };
}

/** A bullet with no bullet above or below it, set as a short heading. */
function loneBullet(lines: Line[], i: number, from: number, hi: number): boolean {
  const l = lines[i];
  return (
    l.bullet &&
    (i === from || !lines[i - 1].bullet) &&
    i + 1 < hi &&
    !lines[i + 1].bullet &&
    l.text.length <= 80 &&
    titleScore(l.text) >= 1
  );
}

/**
 * Text with no blank lines whose lines are whole paragraphs (they end their sentences), not a
 * page-width wrap: each line stands apart from the next as if a blank line were there.
 */
function oneParagraphPerLine(lines: Line[], lo: number, hi: number): boolean {
  let gaps = 0;
  let long = 0;
  let ended = 0;
  const to = Math.min(hi, lo + 400);
  for (let i = lo + 1; i < to; i++) {
    const t = lines[i].text;
    if (lines[i].gapBefore) gaps++;
    if (t.length < 60) continue;
    long++;
    if (/[.!?:;)"”’]\s*$/.test(t)) ended++;
  }
  return to - lo >= 6 && gaps * 10 <= to - lo && long >= 3 && ended * 10 >= long * 8;
}

/** "1.  That …", "(b) that …", "That the report be noted": the clauses of a decision, which never open a row. */
const DECISION_CLAUSE = /^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?["“]?that\b/i;

/**
 * A paragraph after a wide gap that still belongs to the open item: the decision's clauses under
 * its discussion, or the decision printed a second time (a page that shows the "Decision:" and the
 * "Minutes:" cells with both labels lost repeats the same words).
 */
function carriesOn(lines: Line[], start: number, i: number): boolean {
  const t = lines[i].text;
  if (DECISION_CLAUSE.test(t)) return true;
  if (t.length < 20) return false;
  for (let k = Math.max(start, i - 60); k < i; k++) if (lines[k].text === t) return true;
  return false;
}

/** Blank lines that set one row of a ModernGov items table apart from the next, read as text. */
const WIDE_GAP = 3;

/**
 * Does the text keep the table's layout in its gaps — paragraphs inside a row one or two blank
 * lines apart, rows three or more? Only then can a gap alone say where an item starts.
 */
function rowGaps(lines: Line[], lo: number, hi: number): boolean {
  let narrow = 0;
  let wide = 0;
  for (let i = lo; i < Math.min(hi, lo + 2000); i++) {
    const b = lines[i].blank ?? 0;
    if (b >= WIDE_GAP) wide++;
    else if (b >= 1) narrow++;
  }
  return wide >= 2 && narrow >= 2;
}

/** Lines in the first part of [lo, hi) that end a table row and carry a section label. */
function countLabelledRows(lines: Line[], lo: number, hi: number): number {
  let piped = 0;
  let rows = 0;
  for (let i = lo; i < Math.min(hi, lo + 400) && piped < 2 && rows < 3; i++) {
    const t = lines[i].text;
    if (/\|\s*$/.test(t) && !TABLE_RULE.test(t) && SECTION_LABEL.test(t)) piped++;
    else if (rowStart(t)) rows++;
  }
  return piped >= 2 || rows >= 3 ? 2 : 0;
}

/**
 * A row of the items table flattened onto one line, without its "|" cells: "Apologies To receive
 * any apologies. Minutes: Apologies were received from …" — a title (or the agenda wording that
 * stands for it), then a section label part-way along.
 */
function rowStart(t: string): boolean {
  const label = SECTION_LABEL.exec(t);
  if (!label || label.index === 0) return false;
  const cell = t.slice(0, label.index);
  if (LEAD_NUMBER.test(cell)) return false;
  return AGENDA_WORDING.test(cell) || titleScore(rowTitle(cell)) >= 0;
}

/**
 * Agenda wording run on after the title in the same cell: "Minutes To receive the minutes of …",
 * "Minutes of the meeting held on 9 May RECOMMENDED that the minutes …".
 */
const INLINE_AGENDA_WORDING =
  /\sTo\s+(?:receive|consider|note|approve|agree|confirm|declare|elect|appoint)\b|\s(?:RECOMMENDED|RESOLVED)\s+that\b/;

/**
 * The title in a table row's first cell: the text before the report link or the agenda wording
 * that follows it ("Cabinet Work Programme PDF 107 KB To receive …"); none when the cell opens
 * with agenda wording (the page dropped the title).
 */
function rowTitle(cell: string): string {
  let t = cell.replace(/\|/g, ' ').trim();
  // "The Committee to consider whether all items should be web-cast": a cell that is one clause of
  // agenda wording with no sentence ended in it is the row's heading as printed; with its full
  // stop ("To receive any questions.") it is the blurb under a heading the page dropped.
  if ((AGENDA_WORDING.test(t) || /^The\s+[A-Z][\w-]*\s+to\s+[a-z]+\b/.test(t)) && t.length <= 150 && !/[.!?]/.test(t))
    return tidyTitle(t).title;
  if (AGENDA_WORDING.test(t)) return titleCased(t) ? tidyTitle(t).title : '';
  const doc = DOC_LINK.exec(t);
  if (doc && doc.index > 2) t = t.slice(0, doc.index);
  // "Announcements a) Mayor b) Leader of the Council": the agenda's lettered points run on after the title.
  const points = /\s\(?a\)\s.*\s\(?b\)\s/.exec(t);
  if (points && points.index > 2) t = t.slice(0, points.index);
  const wording = INLINE_AGENDA_WORDING.exec(t);
  if (wording && wording.index > 2) t = t.slice(0, wording.index);
  else if (t.length > 60 || /\.\s*$/.test(t)) t = titleRun(t);
  return tidyTitle(t).title;
}

/**
 * "To Approve the Minutes of the Previous Meeting.": agenda wording set in Title Case is the row's
 * heading, where "To approve the minutes of …" is its blurb.
 */
function titleCased(t: string): boolean {
  if (t.length > 100) return false;
  const words = t.split(/\s+/).filter((w) => !TITLE_JOINERS.has(w) && /^[A-Za-z]/.test(w));
  return words.length >= 3 && words.every((w) => /^[A-Z]/.test(w));
}

/** Small words a Title Case heading keeps in lower case. */
const TITLE_JOINERS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'at', 'by', '&', '-', '–', 'with']);

/** A verb in the past or present tense: a sentence of the record ("welcomed", "were asked", "is"). */
const FINITE_VERB = /\b(?:[a-z]{3,}ed|is|are|was|were|has|have|had)\b/;

/**
 * "The Mayor welcomed everyone …", "Councillors were then asked …": the line opens a sentence of
 * the record (a lower-case word among its first four, a verb in it), not a heading
 * ("DECLARATIONS OF INTEREST Members to give notice …", "Apologies for Absence To note …").
 */
function opensSentence(t: string): boolean {
  const words = t.split(/\s+/, 4);
  if (words[0] === words[0].toUpperCase() || !FINITE_VERB.test(t)) return false;
  return words.slice(1).some((w) => /^[a-z]/.test(w) && !TITLE_JOINERS.has(w));
}

/** A finite verb: the cell holds a sentence (agenda wording), not only a heading. */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|may|shall|should|must|can|would)\b/;

/**
 * Capitalised words that open the agenda wording's sentence inside a Title Case run ("… Public The
 * Chair to move", "… Interest Members are required", "… Business To determine").
 */
const SENTENCE_OPENER = /^(?:The|This|These|Members|Councillors|Officers|To|Any|All|Each|There|It)$/;

/**
 * "Declarations of Interest Members are required to declare …" → "Declarations of Interest": the
 * run of Title Case words, less the words that open the blurb's first sentence. A short cell that
 * is one verbless sentence ("Notification of Substitute Members, if any.") is all title; a title
 * ended by ":-" over a list keeps what is before the colon.
 */
function titleRun(cell: string): string {
  const t = cell.trim();
  const colon = /^([^:]{3,80}?)\s*:-?\s/.exec(t);
  if (colon && titleScore(colon[1]) >= 0 && !FINITE.test(colon[1])) return cutAtOpener(colon[1].split(/\s+/));
  if (t.length <= 100 && !/[.!?]\s+\S/.test(t) && !FINITE.test(t)) return t;
  const words = t.split(/\s+/, 16);
  let n = 0;
  while (n < words.length && (/^[A-Z0-9(‘'"“]/.test(words[n]) || TITLE_JOINERS.has(words[n]))) n++;
  if (n === words.length || n < 2) return cell;
  const cut = cutAtOpener(words.slice(0, n));
  if (cut.length < words.slice(0, n).join(' ').length) return cut;
  while (n > 1 && TITLE_JOINERS.has(words[n - 1])) n--;
  return words.slice(0, n - 1).join(' ');
}

/** Title Case words up to the first capitalised word that opens a sentence ("… Public The Chair to move"). */
function cutAtOpener(words: string[]): string {
  for (let k = 2; k < words.length; k++) if (SENTENCE_OPENER.test(words[k])) return words.slice(0, k).join(' ');
  return words.join(' ');
}

/** A "title" whose sentence carries on in lower case on the next line (even after a blank line) is prose. */
function isWrappedTitle(lines: Line[], i: number, hi: number): boolean {
  const next = i + 1 < hi ? lines[i + 1] : undefined;
  return !!next && /^[a-z]/.test(next.text);
}

/** A decision line that closes an item: "DECIDED: That the update be noted.", "RESOLVED – that …". */
const DECISION_LINE = /^(?:DECIDED|RESOLVED|AGREED|Decided|Resolved|Agreed)\s*[:–—-](?:\s*\S|$)/;
/** Parts of a decision under its marker: "(a) that …", "2. to …", "ii) …", or its wrapped lines. */
const DECISION_PART = /^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s|[a-z])/;

/**
 * Minutes whose item headings were all lost, each item ending in its decision line (CMIS pages:
 * the agenda description, the discussion, "DECIDED: …"): an item runs from the line after one
 * decision (and its parts) to the end of the next. Returns [] unless two decisions are found, each
 * after text of its own.
 */
export function segmentByDecisions(lines: Line[], lo: number, hi: number): RawItem[] {
  let start = lo;
  // The meeting's header (date line, "Items of Business") stands before the first sentence.
  while (start < hi && start - lo < 12 && lines[start].text.length < 40 && !/[.:]$/.test(lines[start].text)) start++;
  const items: RawItem[] = [];
  let open = start;
  for (let i = start; i < hi; i++) {
    if (!DECISION_LINE.test(lines[i].text)) continue;
    if (i === open) return [];
    let end = i + 1;
    while (end < hi && DECISION_PART.test(lines[end].text)) end++;
    items.push(rawItem(open, end, { bodyStart: open }));
    open = end;
    i = end - 1;
  }
  if (items.length < 2) return [];
  if (open < hi) items.push(rawItem(open, hi, { bodyStart: open }));
  return items;
}

/** "| 5 | Minutes - View Papers |": a markdown table row whose first cell is the item's number. */
const NUMBERED_ROW = /^\|\s*(\(?[0-9a-z]{1,4}[.)]?)\s*\|\s*([^|]*)\|?(.*)$/i;

/** Link text a listing prints after each title: "View Papers", "View the report". */
const LINK_TAIL = /\s*\bview\s+(?:the\s+)?(?:papers?|reports?|documents?|item|details)\s*$/i;

/**
 * "Declarations of Interest - Members should declare any interests …" → "Declarations of Interest":
 * a title cell that runs on, after a dash, into a sentence of guidance.
 */
function numberedRowTitle(cell: string): string {
  let t = cell.replace(LINK_TAIL, '').trim();
  const dash = /\s[-–—]\s/.exec(t);
  if (dash) {
    const after = t.slice(dash.index + dash[0].length);
    if (!after.trim() || (after.length > 40 && FINITE.test(after) && /[.!?]$/.test(after))) t = t.slice(0, dash.index);
  }
  return tidyTitle(t).title;
}

/**
 * A listing printed as a markdown table with the item numbers in the first column ("| 5 | Minutes |",
 * "| (a) | Confirm Minute of … |"); rows without a number ("| Public Session | |") head sections
 * and are no items. Returns [] unless three or more numbered rows are found.
 */
export function segmentNumberedTable(lines: Line[], lo: number, hi: number): RawItem[] {
  const rows: Array<{ i: number; label: string; title: string; rest: string }> = [];
  for (let i = lo; i < hi; i++) {
    const t = lines[i].text;
    if (t.charCodeAt(0) !== 124) continue;
    const m = NUMBERED_ROW.exec(t);
    if (!m || !parseNumber(m[1].replace(/\.$/, ''))) continue;
    const title = numberedRowTitle(m[2]);
    if (!title) continue;
    rows.push({ i, label: m[1].replace(/\.$/, ''), title, rest: m[3].replace(/^[\s|]+|[\s|]+$/g, '') });
  }
  if (rows.length < 3) return [];
  return rows.map((r, k) =>
    rawItem(r.i, k + 1 < rows.length ? rows[k + 1].i : hi, {
      number: parseNumber(r.label),
      title: r.title,
      inlineBody: r.rest,
    }),
  );
}

/** ModernGov's decisions register: "18/06/2021 - Variation to the contract ref: 7851  For consultation". */
const DECISION_LIST_LINE = /^(\d{1,2}\/\d{1,2}\/\d{4})\s+[-–—]\s+(.{3,300}?)\s+ref:\s*(\d{1,7})\b/i;

/** A register line with its date and the start of its title, and nothing more. */
const CUT_ENTRY_LINE = /^\d{1,2}\/\d{1,2}\/\d{4}\s+[-–—]\s+([^|]{3,300})$/;

/**
 * A register of decisions (mgDelegatedDecisions, "Issue - decisions"): each "date - title ref: N"
 * line opens one decision, numbered by its reference. The body under it is the decision as printed.
 */
export function segmentDecisionList(lines: Line[], lo: number, hi: number): RawItem[] {
  const starts: Array<{ i: number; title: string; ref: string }> = [];
  for (let i = lo; i < hi; i++) {
    const m = DECISION_LIST_LINE.exec(lines[i].text);
    if (m) starts.push({ i, title: m[2].trim(), ref: m[3] });
  }
  // "05/05/2020 - Former Heath T": the page cut off mid-entry, before its "ref:"; still an entry.
  const last = hi - 1;
  const cut = starts.length && last > starts[starts.length - 1].i ? CUT_ENTRY_LINE.exec(lines[last].text) : null;
  if (cut) starts.push({ i: last, title: cut[1].trim(), ref: '' });
  return starts.map((s, k) =>
    rawItem(s.i, k + 1 < starts.length ? starts[k + 1].i : hi, {
      number: s.ref ? { label: s.ref, prefix: '', major: +s.ref, sub: 0, sub2: 0, year: '', letterOnly: false } : null,
      title: s.title,
      printedDecision: true,
    }),
  );
}

/** "24/06/2021 - Title of the issue": one decision on an "Issue - decisions" page. */
const ISSUE_DECISION_LINE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+[-–—]\s+(.{3,300})$/;

/**
 * An "Issue - decisions" page (mgDecisionDetails): the issue's title repeated above each
 * "dd/mm/yyyy - title" line, each such line one decision taken at the meeting of that date.
 * Null when the page has no such heading.
 */
export function segmentIssueDecisions(
  lines: Line[],
  lo: number,
  hi: number,
): { items: RawItem[]; date: string | null } | null {
  let head = -1;
  for (let i = lo; i < Math.min(hi, lo + 8) && head < 0; i++)
    if (/^issue\s*[-–—:]\s*decisions$/i.test(lines[i].text)) head = i;
  if (head < 0) return null;
  const starts: Array<{ i: number; title: string; date: string }> = [];
  for (let i = head + 1; i < hi; i++) {
    const m = ISSUE_DECISION_LINE.exec(lines[i].text);
    if (m)
      starts.push({
        i,
        title: tidyTitle(m[4]).title,
        date: `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`,
      });
  }
  if (!starts.length) return null;
  const items = starts.map((s, k) =>
    rawItem(s.i, k + 1 < starts.length ? starts[k + 1].i : hi, { title: s.title, printedDecision: true }),
  );
  return { items, date: starts[0].date };
}
