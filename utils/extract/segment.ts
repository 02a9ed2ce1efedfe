// Step 3: find where items start. Every line that opens with something number-like is a candidate,
// scored on layout (heading, bold lead, title-like text, "(Agenda Item N)") and then the best
// chain of candidates whose numbers run upwards is kept (a small dynamic programme). Running order
// is what tells a minute heading from a numbered paragraph, a resolution part or a report section,
// whatever shape the council prints its numbers in.
import type { Line } from './normalise';
import { LEAD_NUMBER, parseNumber, transition, type ItemNumber } from './numbering';
import { rawItem } from './raw-item';
import { MONTH_PATTERN } from '../text/dates';
import { DOC_LINK, namesMeeting } from './blocks';
import {
  capsLead,
  colonHeading,
  capsRunOn,
  headingCased,
  inlineHeading,
  isOutcomeWord,
  runOnHeading,
  tidyTitle,
  titleFromSentence,
  titleScore,
  verblessSentence,
} from './titles';

export interface RawItem {
  number: ItemNumber | null;
  title: string;
  agendaItem: string | null;
  pages: string | null;
  /** First line of the item (the title line, or the heading above the number). */
  start: number;
  /** First line of the body. */
  bodyStart: number;
  /** Body text found on the title line itself (table cell, sentence after the number). */
  inlineBody: string;
  /** Exclusive end line. */
  end: number;
  /** The body is the decision as printed, with no "RESOLVED" (a register of decisions). */
  printedDecision?: boolean;
}

interface Candidate extends Omit<RawItem, 'end' | 'number'> {
  number: ItemNumber;
  line: number;
  base: number;
}

const LOOKBACK = 120;

/**
 * Named score weights: what each layout signal adds to (or takes from) a candidate's base score.
 * The chain search adds the transition scores from numbering.ts on top.
 */
export const WEIGHT = {
  /** "(Item 4)" printed under or after the title: the agenda number, so surely an item. */
  itemRef: 6,
  /** The numbered title runs on to an "(Item N)" line below it. */
  numberedWithItemRef: 3,
  /** The line's sentence carries on in lower case on the next line: a numbered paragraph. */
  wrappedSentence: -4,
  /** A lettered heading followed by a numbered paragraph ("(a) Declarations" / "1.1 There were …"). */
  letterOverParagraph: -4,
  /** A lettered line right after a line ending in ":" or ";" is a list entry. */
  listAfterColon: -3,
  /** A number alone between blank lines with prose below: an item only when the running order wants it. */
  untitledNumber: -2,
  /** A numbered point right under "RESOLVED:" / "The Cabinet agreed to:": a part of the decision. */
  decisionPart: -8,
} as const;

/** A line that introduces the parts of a decision: "RESOLVED:", "The Cabinet RESOLVED that:", "It was agreed to:". */
const DECISION_INTRO = /\b(?:resolved|agreed|decided|recommended|recommendations?)\b[^.]{0,60}[:–—-]\s*$/i;

/** "(Item 4)", "(Agenda Item 4)" alone on a line, or with the body after it. */
const ITEM_REF_LINE = /^\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}[a-z]?)\s*\)\s*(.*)$/i;
/** "Participation Team Update (Item 4)": a title ending with its agenda number. */
const ITEM_REF_END = /^(.{3,200}?)\s*\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}[a-z]?)\s*\)\s*$/i;
/** A numbered paragraph: "1.1 There were …", "3.2. The …". */
const PARAGRAPH_NUMBER = /^\d{1,3}\.\d{1,2}\.?\s/;
const STARTS_WITH_MONTH = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:${MONTH_PATTERN})\\b`, 'i');
const BARE_NUMBER = /^(?:[A-Z]{2,5}\.?|[A-Z]\/?(?=\d{1,4}\/\d{2,4}))?\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?\.?$/;
/**
 * "3 Resolution" with no heading above it: Scottish agendas title the item that excludes the public
 * by the resolution it proposes. The bare noun is the item's title, not the minute's outcome.
 */
const NOUN_TITLE = /^resolutions?$/i;
/** ModernGov item tables rendered as text: number, title, then "Minutes:" / "Decision:" below. */
const BLOCK_LABEL = /^(?:minutes|decision|additional documents)\s*:?$/i;
/** "i. The Council discussed …", "b) …": a list point under a heading starts lower-case but is no wrapped sentence. */
const LIST_MARKER = /^(?:[ivx]{1,6}|[a-z])[.)]\s/;
const AGENDA_VERB =
  /^to\s+(?:approve|note|receive|consider|agree|confirm|resolve|discuss|review|ratify|adopt|accept|authorise|determine|decide)\b/i;

/** A person as attendance lists print them: "Mr K E Smith", "Cllr Mrs A Jones", "Councillor Lee". */
const PERSON =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Professor|Prof)\.?\s+){1,2}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}$/;

function isPerson(line: Line | undefined): boolean {
  return !!line && line.text.length <= 50 && PERSON.test(line.text);
}

/** The first capitals heading below a stranded number, before any other numbered line; -1 if none. */
function strandedHeading(lines: Line[], from: number, hi: number): number {
  for (let k = from; k < Math.min(hi, from + 60); k++) {
    const t = lines[k].text;
    if (LEAD_NUMBER.test(t)) return -1;
    if (isCaps(t) && t.length <= 120 && !isPerson(lines[k]) && titleScore(t) >= 1) return k;
  }
  return -1;
}

/** "304-2": a minute reference and its item, a shape no paragraph numbering takes. */
function refDashed(n: ItemNumber): boolean {
  return /^\d{1,4}-\d{1,2}$/.test(n.label);
}

/**
 * Text after a capitals heading that is the item's own text, not the rest of a mixed-case title
 * ("UK SPF Funding Plan", "SHIFT / LIFT - Presentation on the new health centre"): five words or
 * more, opening a sentence straight after the heading, or after a dash when it repeats the heading's
 * first word ("MINUTE - Minute of the meeting of 20th May").
 */
function sentenceBody(head: { title: string; body: string; dashed: boolean; outcome: boolean }): boolean {
  if (head.outcome) return true;
  if (tidyTitle(head.body).title.split(' ').length < 5) return false;
  if (!head.dashed) return true;
  const first = (t: string) => (/[A-Za-z]+/.exec(t)?.[0] ?? '').toLowerCase();
  return first(head.title).length >= 4 && first(head.body).startsWith(first(head.title));
}

/**
 * A capitals heading and its text on one line (`capsLead`), unless a dash joins the capitals to the
 * rest of a mixed-case title: "SHIFT / LIFT - Presentation on the new health centre" has no verb,
 * "ELECTION OF CHAIRMAN – Cllr Hale proposed …" does.
 */
function capsHeading(after: string): ReturnType<typeof capsLead> {
  const lead = capsLead(after);
  if (!lead) return null;
  const dashed =
    after
      .slice(lead.title.length, lead.title.length + 4)
      .trim()
      .startsWith('-') || /^\s*[–—]/.test(after.slice(lead.title.length));
  // A sentence ("Apologies from Cllr Webb.") or a verb in the rest says it is the item's text.
  const text = /\b(?:is|are|was|were|has|have|had|will|would|[a-z]{3,}ed|cllrs?|councillors?)\b|^(?:nil|none)\b|[.!]$/i;
  if (dashed && !text.test(lead.body)) return null;
  return lead;
}

function isCaps(s: string): boolean {
  if (s.length > 200) return false;
  const letters = s.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

function headingLike(line: Line | undefined): number {
  if (!line) return -9;
  if (line.bullet || line.text.length > 200) return -9;
  if (LEAD_NUMBER.test(line.text) || isOutcomeWord(line.text)) return -9;
  let s = titleScore(line.text);
  if (line.heading || line.bold) s += 1;
  return s;
}

/**
 * Printed minutes that put the agenda number under the title ("Apologies and Substitutes" /
 * "(Item 1)") or after it: the title is the line(s) above, back to the last blank line. When a
 * minute number opens those lines ("84. Apologies" / "(Item 1)"), the numbered line is the candidate.
 */
function itemRefCandidate(lines: Line[], i: number, lo: number): Candidate | null {
  const line = lines[i];
  const own = ITEM_REF_END.exec(line.text);
  const alone = own ? null : ITEM_REF_LINE.exec(line.text);
  if (!own && !alone) return null;
  // "Meeting: 20/09/2023 - Council (Item 52)" points at a meeting (issue pages): not a title.
  if (own && (LEAD_NUMBER.test(line.text) || /^meeting\s*:|\d{1,2}\/\d{1,2}\/\d{2,4}/i.test(line.text))) return null;
  const titleLines: string[] = own ? [own[1]] : [];
  let start = i;
  // Title lines above: no blank line between them and the reference, at most three.
  for (let k = own ? i : i - 1, n = 0; k >= lo && n < 3; k--, n++) {
    const l = lines[k];
    if (k !== i) {
      // The previous paragraph's last sentence ("3. RESOLVED that the update be noted.") ends the title.
      if (titleLines.length && /[.;:]$/.test(l.text)) break;
      if (LEAD_NUMBER.test(l.text) || headingLike(l) < -2) {
        if (LEAD_NUMBER.test(l.text)) return null;
        break;
      }
      // With no blank lines (PDF text), a line further up joins the title only when the title
      // was wrapped: it is long and does not end a sentence or a parenthesis.
      if (titleLines.length && (l.text.length < 50 || /[.;:)]$/.test(l.text))) break;
      titleLines.unshift(l.text);
      start = k;
    }
    if (l.gapBefore) break;
  }
  // "1850." alone above the title ("1850." / "Apologies (agenda item 1)"): the minute number printed
  // in its own cell is the item's number; the bare-number candidate there takes the title.
  const above = start - 1 >= lo ? lines[start - 1] : undefined;
  if (above && BARE_NUMBER.test(above.text)) return null;
  const tidy = tidyTitle(titleLines.join(' '));
  if (!tidy.title || tidy.title.length < 2) return null;
  const number = parseNumber((own ?? alone)![2 - (own ? 0 : 1)]);
  if (!number) return null;
  return {
    number,
    title: tidy.title,
    agendaItem: number.label,
    pages: tidy.pages,
    start,
    bodyStart: i + 1,
    inlineBody: alone ? alone[2] : '',
    line: i,
    base: WEIGHT.itemRef,
  };
}

/**
 * The line that opens the numbered list this line belongs to: back over the list's earlier points
 * ("1. …; and" above "2. …"), which must count down to 1 — a decision's parts restart at 1.
 */
function listIntro(lines: Line[], i: number, lo: number, n: ItemNumber): Line | undefined {
  if (n.letterOnly || n.prefix || n.year || n.sub) return undefined;
  let want = n.major - 1;
  for (let k = i - 1; k >= lo && want >= 0 && i - k <= 12; k--) {
    if (want === 0) return lines[k];
    const m = LEAD_NUMBER.exec(lines[k].text);
    const p = m ? parseNumber(m[1]) : null;
    if (!p || p.letterOnly || p.major !== want || p.sub || p.prefix) return undefined;
    want--;
  }
  return undefined;
}

function candidateAt(lines: Line[], i: number, lo: number, hi: number): Candidate | null {
  const line = lines[i];
  if (/\(\s*(?:agenda\s+)?item\b/i.test(line.text) && !LEAD_NUMBER.test(line.text))
    return itemRefCandidate(lines, i, lo);
  let base = 0;
  let source = line.text;
  let fromLead = false;
  // A number spaced apart from its text is a number column only when the text is a heading
  // ("4.      Friends of the Park – Agreement"); word processors space list points the same way
  // ("1.    Note the outcome of the consultation …"): those read as one line of text.
  if (line.lead && LEAD_NUMBER.test(line.lead) && (!line.spaced || headingCased(line.rest))) {
    source = line.lead;
    fromLead = true;
  }
  const m = LEAD_NUMBER.exec(source);
  if (!m) return null;
  const number = parseNumber(m[1]);
  if (!number) return null;
  const after = source.slice(m[0].length).trim();
  // "Item No. 1.", "Minute 12": a number that says what it is.
  const worded = /^(?:item|min)/i.test(m[0]);
  if (worded) base += 2;
  let title = '';
  let inlineBody = fromLead ? line.rest : '';
  let start = i;
  let bodyStart = i + 1;
  let untitled = false;
  let inline: ReturnType<typeof inlineHeading> = null;
  let runOn: ReturnType<typeof runOnHeading> = null;
  let lead: ReturnType<typeof capsLead> = null;

  if (line.heading) base += 2;
  if (fromLead || line.bold) base += 2;
  if (line.bullet) base -= 1;
  if (number.letterOnly) base -= 1;

  // A table's title cell is the title even when it runs long or ends with a stop.
  if (!after && fromLead && line.rest && titleScore(line.rest) >= (line.piped ? -3 : 0)) {
    // Table row: number cell, then title cell ("<td>45.</td><td>Apologies</td>").
    title = line.rest;
    inlineBody = '';
    base += 1;
  } else if (!after && BARE_NUMBER.test(line.text) && !fromLead && isPerson(lines[i + 1]) && isPerson(lines[i + 2])) {
    // Two-column PDF text strands a minute number inside the attendance list ("49." between
    // "Mr A Baker" and "Mrs C Dale"); its heading comes after the list. A name is never a title.
    const k = strandedHeading(lines, i + 3, hi);
    if (k < 0) return null;
    title = lines[k].text;
    bodyStart = k + 1;
  } else if (!after) {
    // "1." alone, the title on the next line (ModernGov item tables rendered as text).
    const next = lines[i + 1];
    let labelled = false;
    for (let k = i + 2; k < Math.min(lines.length, i + 6) && !labelled; k++) labelled = BLOCK_LABEL.test(lines[k].text);
    // Page numbers also stand alone: the line below must read as a title, not as wrapped prose.
    if (
      next &&
      BARE_NUMBER.test(line.text) &&
      headingLike(next) >= (labelled ? -4 : 0) &&
      !fromLead &&
      // A title ending "… of" / "… for" is prose wrapped by the page, unless the text stops there:
      // a page cut off mid-title ("8." / "REPORT TO END OF") still has its last item.
      (!/\b(?:the|of|and|to|a|an|in|for|that|with|by|on|at)$/i.test(next.text) || i + 2 >= hi)
    ) {
      title = next.text;
      bodyStart = i + 2;
      // "219." / "Exempt Information pdf icon PDF 74 KB": the title carries its report link, as a
      // ModernGov items table prints each row.
      base += (/\.$/.test(line.text) ? 1 : -1) + (labelled || DOC_LINK.test(next.text) ? 2 : 0);
    } else if (
      next &&
      BARE_NUMBER.test(line.text) &&
      !fromLead &&
      line.gapBefore &&
      next.gapBefore &&
      /^\d{1,3}\.?$/.test(line.text) &&
      (/[.:]$/.test(next.text) || next.text.length >= 60 || /^resolved\b/i.test(next.text))
    ) {
      // "3" between blank lines, then the minute's text: an item whose title the page lost (CMIS).
      untitled = true;
      base += WEIGHT.untitledNumber;
    } else return null;
  } else if (!fromLead && isOutcomeWord(after) && !(NOUN_TITLE.test(after) && headingLike(lines[i - 1]) < 1)) {
    const prev = lines[i - 1];
    if (i - 1 < lo || headingLike(prev) < 1) return null;
    title = prev.text;
    start = i - 1;
    inlineBody = after;
    base += 2;
  } else if ((inline = inlineHeading(after)) && (inline.caps || titleScore(after) < 0)) {
    // "1. APOLOGIES: had been received from …": number, heading and text on one line.
    title = inline.title;
    inlineBody = inline.body;
    base += inline.caps ? Math.min(titleScore(inline.title), 2) : -1;
  } else if (!fromLead && (lead = capsHeading(after))) {
    // "21.5.1. ELECTION OF CHAIRMAN – Cllr Hale proposed …": the capitals are the title.
    title = lead.title;
    inlineBody = lead.body;
    base += Math.min(titleScore(lead.title), 2);
  } else {
    const own = titleScore(after);
    const prev = i - 1 >= lo ? lines[i - 1] : undefined;
    // Only scored when the number's own text is no title (most numbered lines have one).
    const prevScore = own >= 0 || fromLead ? 0 : headingLike(prev);
    const capsHead = !fromLead ? capsRunOn(after) : null;
    const agendaRun = !fromLead && own >= 0 && !capsHead ? runOnHeading(after) : null;
    if (agendaRun && /^To\s/.test(agendaRun.body)) {
      // "3. Minutes To approve the minutes of the meeting held on …": heading, then agenda wording.
      title = agendaRun.title;
      inlineBody = agendaRun.body;
      base += Math.min(titleScore(agendaRun.title), 2);
    } else if (own >= 0 && capsHead && sentenceBody(capsHead)) {
      // "4. COUNCIL MINUTES To confirm as a correct record the minutes …": the heading is the capitals.
      title = capsHead.title;
      inlineBody = capsHead.body;
      base += Math.min(titleScore(capsHead.title), 2);
    } else if (own >= 0 || fromLead) {
      title = after;
      base += Math.min(own, 2);
    } else if ((runOn = capsHead)) {
      // "3. CIVIC BUSINESS BULLETIN Circulated to members …": a capitals heading and its text.
      title = runOn.title;
      inlineBody = runOn.body;
      base += Math.min(titleScore(runOn.title), 2) - 1;
    } else if (!fromLead && (runOn = runOnHeading(after))) {
      // "2 Minutes of Previous Meeting The minutes of the meeting … were submitted": the heading is
      // on the number's own line, whatever the line above says.
      title = runOn.title;
      inlineBody = runOn.body;
      base -= 1;
    } else if (
      prevScore >= 1 &&
      !LEAD_NUMBER.test(prev!.text) &&
      // "219." / "Exempt Information" / "1  To highlight reports …": the heading is the bare number's.
      !(i - 2 >= lo && BARE_NUMBER.test(lines[i - 2].text))
    ) {
      // The heading on the line before the minute number: "Apologies for Absence" / "111 Apologies …".
      title = prev!.text;
      start = i - 1;
      // A long heading wrapped by the page width ("… Accountable Care" / "System").
      const above = i - 2 >= lo ? lines[i - 2] : undefined;
      if (
        above &&
        !prev!.gapBefore &&
        above.text.length >= 50 &&
        headingLike(above) >= 0 &&
        !/[.:;,]$/.test(above.text)
      ) {
        title = `${above.text} ${title}`;
        start = i - 2;
      }
      inlineBody = after;
      base += 1 + Math.min(prevScore, 2);
    } else if (!fromLead && !number.letterOnly && colonHeading(after) && /^[A-Z]/.test(lines[i + 1]?.text ?? '')) {
      // "304-1.To receive apologies from Members:" / "Apologies were received from …".
      title = after;
    } else if (
      !fromLead &&
      !number.letterOnly &&
      verblessSentence(after) &&
      lines[i + 1]?.gapBefore &&
      (i === lo || line.gapBefore)
    ) {
      // "3.1.1 The Minutes of the Meeting held on 9 May (previously circulated)." between blank lines.
      title = after;
    } else {
      base -= 3;
      // Cheap exit: a plain numbered sentence cannot make the cut (most lines of a long paper).
      const possible =
        (number.prefix || number.year || refDashed(number) ? 1 : 0) +
        (worded ? 2 : 0) +
        (/agenda item/i.test(after) ? 2 : 0) +
        (/\d [-–] \d/.test(after) ? 1 : 0);
      if (base + possible <= -3) return null;
      title = titleFromSentence(after);
      inlineBody = after;
    }
  }
  // ALL-CAPS titles wrapped onto the next line ("45 ANNUAL GOVERNANCE STATEMENT AND" / "CODE OF …").
  const cont = lines[bodyStart];
  if (
    title === after &&
    isCaps(title) &&
    cont &&
    bodyStart < lines.length &&
    isCaps(cont.text) &&
    cont.text.length < 80 &&
    !LEAD_NUMBER.test(cont.text) &&
    !cont.gapBefore
  ) {
    title = `${title} ${cont.text}`;
    bodyStart++;
  }
  // "88. 24/00108 - Revenue and Capital Budget Monitoring Report – November" / "2024-25" / "(Item 5)".
  let itemRef: string | null = null;
  for (let k = bodyStart; k < Math.min(lines.length, bodyStart + 3); k++) {
    if (k > bodyStart - 1 && lines[k].gapBefore && k !== bodyStart) break;
    const ref = ITEM_REF_LINE.exec(lines[k].text);
    if (ref) {
      for (let j = bodyStart; j < k; j++) title += ' ' + lines[j].text;
      itemRef = ref[1];
      inlineBody = [inlineBody, ref[2]].filter(Boolean).join(' ');
      bodyStart = k + 1;
      base += WEIGHT.numberedWithItemRef;
      break;
    }
    // A finished sentence between the number and "(Item N)" means a paragraph, not a wrapped title.
    if (LEAD_NUMBER.test(lines[k].text) || lines[k].text.length > 120 || /[.;:]$/.test(lines[k].text)) break;
  }
  // "1. Mr Love, Cabinet Member for Education, provided an update on" / "the …": a paragraph.
  const below = lines[bodyStart];
  if (
    !itemRef &&
    title === after &&
    below &&
    !below.heading &&
    /^[a-z]/.test(below.text) &&
    !LIST_MARKER.test(below.text) &&
    !/[.:;!?]$/.test(after)
  )
    base += WEIGHT.wrappedSentence;
  if (number.letterOnly && below && PARAGRAPH_NUMBER.test(below.text)) base += WEIGHT.letterOverParagraph;
  if (number.letterOnly && !itemRef) {
    // "(a) Adopt the plan on behalf of Kent" / "County Council": a list entry wrapped by the page.
    const cutShort = after.length >= 50 && !/[.:;!?)]$/.test(after);
    if (title === after && cutShort && below && !below.gapBefore && !below.heading && !LEAD_NUMBER.test(below.text))
      base += WEIGHT.wrappedSentence;
    // "RESOLVED that Cabinet agree to:" / "(a) …": the parts of a decision, not items.
    const above = i - 1 >= lo ? lines[i - 1] : undefined;
    if (above && /[:;]\s*$/.test(above.text)) base += WEIGHT.listAfterColon;
  }
  // "The Cabinet RESOLVED:" / "1. To approve …" / "2. To receive …": the decision's numbered parts
  // restart at 1 under every decision, so they must never become the page's item numbering.
  const intro = fromLead ? undefined : listIntro(lines, i, lo, number);
  if (intro && DECISION_INTRO.test(intro.text) && !line.heading && !line.bold) base += WEIGHT.decisionPart;
  const tidy = tidyTitle(title);
  if (!untitled && (!tidy.title || tidy.title.length < 2)) return null;
  if (itemRef) tidy.agendaItem ??= itemRef;
  // "a) To approve the schedule of payments": agenda-worded sub-points belong to their parent item;
  // lettered sub-items with a title of their own ("(a) Land at Mill Lane") are items.
  // The same holds when the title came from the heading above ("ANNOUNCEMENTS" / "(a) To receive …").
  if (number.letterOnly && (AGENDA_VERB.test(tidy.title) || AGENDA_VERB.test(after))) return null;
  if (tidy.agendaItem) base += 2;
  if (tidy.pages) base += 1;
  if (!number.prefix && number.major >= 1900 && number.major <= 2100 && !fromLead && !line.heading) base -= 2;
  if (number.prefix || number.year) base += number.prefix && number.year ? 2 : 1;
  else if (refDashed(number)) base += 2;
  // "12 September 2023 – Council" is a date, not item 12.
  if (!number.prefix && STARTS_WITH_MONTH.test(after)) base -= 4;
  return {
    number,
    title: tidy.title,
    agendaItem: tidy.agendaItem,
    pages: tidy.pages,
    start,
    bodyStart,
    inlineBody,
    line: i,
    base,
  };
}

/**
 * A numbered list whose numbers were all printed "1." (web pages and Word files that lost the list's
 * counter): three or more "1." lines and no "2." anywhere. Each "1." opens an item, its title the
 * heading on the line, else the sentence's opening.
 */
function allOnes(lines: Line[], lo: number, hi: number): RawItem[] {
  const at: number[] = [];
  for (let i = lo; i < hi; i++) {
    const t = lines[i].text;
    if (/^2[.)]\s/.test(t)) return [];
    if (/^1\.\s+[A-Z]/.test(t)) at.push(i);
  }
  if (at.length < 3) return [];
  return at.map((i, k) => {
    const after = lines[i].text.replace(/^1\.\s+/, '');
    // "Minutes RESOLVED that …": the heading, then the decision run into it.
    const decided = /^([A-Z][^.:]{2,80}?)\s+(?=RESOLVED\b|AGREED\b)/.exec(after);
    const lead = decided
      ? { title: decided[1], body: after.slice(decided[0].length) }
      : (capsLead(after) ?? inlineHeading(after) ?? runOnHeading(after));
    const whole = titleScore(after) >= 0 || verblessSentence(after);
    const title = lead ? lead.title : whole ? after : titleFromSentence(after);
    return rawItem(i, k + 1 < at.length ? at[k + 1] : hi, {
      number: parseNumber('1'),
      title: tidyTitle(title).title,
      inlineBody: lead ? lead.body : whole ? '' : after,
    });
  });
}

/** The best upward-running chain of candidates (a small dynamic programme), or null. */
function bestChain(cands: Candidate[]): Candidate[] | null {
  if (!cands.length) return null;
  const n = cands.length;
  const best = new Float64Array(n);
  const from = new Int32Array(n).fill(-1);
  // The main item a lettered "(a)" hangs under, carried along the chain.
  const parent: (ItemNumber | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const c = cands[i];
    best[i] = c.base;
    parent[i] = c.number.letterOnly ? null : c.number;
    for (let j = Math.max(0, i - LOOKBACK); j < i; j++) {
      const p = cands[j];
      if (p.line >= c.start && p.line !== c.line) continue;
      if (p.line === c.line) continue;
      let t: number | null;
      if (c.number.letterOnly) t = transition(p.number, c.number);
      else {
        const ref = p.number.letterOnly ? parent[j] : p.number;
        t = ref ? transition(ref, c.number) : null;
      }
      if (t === null) continue;
      const v = best[j] + t + c.base;
      if (v > best[i]) {
        best[i] = v;
        from[i] = j;
        parent[i] = c.number.letterOnly ? (p.number.letterOnly ? parent[j] : p.number) : c.number;
      }
    }
    if (c.number.letterOnly && from[i] < 0) best[i] = -Infinity;
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (best[i] > best[end]) end = i;
  if (best[end] <= 0) return null;
  const chain: Candidate[] = [];
  for (let k = end; k >= 0; k = from[k]) chain.push(cands[k]);
  chain.reverse();
  return chain;
}

/**
 * "41. Exclusion of Press and Public" lists the private reports by minute number ("53 Disposal of
 * Sites", "54 …", "55 …"), and "42." follows after them: when the chain jumps ahead and the text,
 * after the chain's end, still prints the number right after the item before the jump, the numbers
 * in between were a list inside that item. Returns the candidates to leave out, or null.
 */
function insetRun(chain: Candidate[], cands: Candidate[]): Set<Candidate> | null {
  const last = chain[chain.length - 1];
  const same = (a: ItemNumber, b: ItemNumber) => a.prefix === b.prefix && a.year === b.year;
  for (let k = 0; k + 1 < chain.length; k++) {
    const p = chain[k].number;
    const q = chain[k + 1].number;
    if (p.letterOnly || q.letterOnly || !same(p, q) || q.major - p.major < 3) continue;
    const back = cands.find(
      (r) =>
        r.line > last.line &&
        r.base >= 2 &&
        !r.number.letterOnly &&
        r.number.sub === 0 &&
        same(r.number, p) &&
        r.number.major === p.major + 1,
    );
    if (!back) continue;
    return new Set(
      cands.filter((c) => c.line > chain[k].line && c.line < back.line && c.number.major > back.number.major),
    );
  }
  return null;
}

/** Items in lines[lo, hi): the best upward-running chain of numbered candidates. */
export function segmentItems(lines: Line[], lo: number, hi: number, hint: string | null = null): RawItem[] {
  const ones = allOnes(lines, lo, hi);
  if (ones.length) return ones;
  const cands: Candidate[] = [];
  for (let i = lo; i < hi; i++) {
    const c = candidateAt(lines, i, lo, hi);
    // An issue history names the item number on its "Meeting: … (Item 52)" line.
    if (c && hint && c.number.label.toLowerCase() === hint.toLowerCase()) c.base += 3;
    if (c && c.base > -3) cands.push(c);
  }
  let chain = bestChain(cands);
  if (!chain) return [];
  const inset = insetRun(chain, cands);
  if (inset) chain = bestChain(cands.filter((c) => !inset.has(c))) ?? chain;
  // Single weak candidates are more often a numbered paragraph than an item.
  if (chain.length === 1 && chain[0].base < 2) return [];
  const items: RawItem[] = dropSectionHeadings(chain).map((c, k, kept) => ({
    number: c.number,
    title: c.title,
    agendaItem: c.agendaItem,
    pages: c.pages,
    start: c.start,
    bodyStart: c.bodyStart,
    inlineBody: c.inlineBody,
    end: k + 1 < kept.length ? kept[k + 1].start : hi,
  }));
  const folded = foldAgendaPoints(lines, items);
  const pre = decidedPreamble(lines, lo, folded[0].start);
  return pre ? [pre, ...folded] : folded;
}

/** The outcome cell of a ModernGov item read as text: "Minutes:" or "Decision:" alone on its line. */
const OUTCOME_LABEL = /^(?:minutes|decisions?)\s*:?$/i;

/**
 * ModernGov pages print a "Minutes:" (or "Decision:") cell under every item. Where the main items
 * carry one, a sub-item is a row of its own only when it has its own cell too: "(a) Communications
 * by the Mayor" / "(b) Apologies" in the agenda wording above one shared "Minutes:", or "33.1
 * Chairman's Engagements" inside the minutes cell, are the parent's text.
 */
function foldAgendaPoints(lines: Line[], items: RawItem[]): RawItem[] {
  const labelled = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (OUTCOME_LABEL.test(lines[k].text)) return true;
    return false;
  };
  const isSub = (it: RawItem) => !!it.number && (it.number.letterOnly || it.number.sub > 0);
  // Each main item with the sub-items under it.
  const groups: RawItem[][] = [];
  for (const it of items) {
    if (isSub(it) && groups.length) groups[groups.length - 1].push(it);
    else groups.push([it]);
  }
  if (groups.length < 2 || groups.every((g) => g.length === 1)) return items;
  // Only pages whose main items nearly all print their own cell (the last may be cut off).
  const before = groups.slice(0, -1);
  const cells = before.filter((g) => labelled(g[0].bodyStart, g[g.length - 1].end)).length;
  if (cells * 4 < before.length * 3) return items;
  return groups.flatMap((g) => {
    if (g.length === 1) return g;
    const [parent, ...subs] = g;
    // Rows of their own: every sub-item has its own cell, and the parent's text above them has none.
    const own = subs.every((s) => labelled(s.bodyStart, s.end)) && !labelled(parent.bodyStart, subs[0].start);
    return own ? g : [{ ...parent, end: subs[subs.length - 1].end }];
  });
}

/**
 * Printed minutes decide some business before the first numbered minute, unnumbered, in the same
 * run-on form: "Order of Business The Committee decided: that the items be dealt with …". Such a
 * line between the attendance and the first number is an item of its own.
 */
function decidedPreamble(lines: Line[], lo: number, first: number): RawItem | null {
  for (let k = Math.max(lo, first - 12); k < first; k++) {
    const t = lines[k].text;
    if (LEAD_NUMBER.test(t) || t.length > 1000) continue;
    const r = runOnHeading(t);
    // "The Committee decided:", "The Sub-Committee resolved", "The Council agreed".
    if (!r || r.title.length > 80 || !/^(?:The|An?)\s+\S+(?:\s+\S+)?\s+(?:decided|resolved|agreed)\b/.test(r.body))
      continue;
    return rawItem(k, first, { title: r.title, inlineBody: r.body });
  }
  return null;
}

/**
 * Two-level numbering ("1. Order of business" / "1.1 Order of Business", "7. Reports" / "7.1" …
 * "7.7"): when every main number of the chain opens sub-items, the main numbers only group them
 * and the sub-items are the items. When only some do (an announcements item with 2.1–2.3 topics),
 * the main numbers are items too.
 */
function dropSectionHeadings(chain: Candidate[]): Candidate[] {
  const mains = chain.filter((c) => !c.number.letterOnly && c.number.sub === 0);
  if (mains.length < 2) return chain;
  const opensSubs = (c: Candidate, k: number) => {
    const next = chain[k + 1];
    return (
      !!next &&
      !next.number.letterOnly &&
      next.number.major === c.number.major &&
      next.number.sub === 1 &&
      next.number.prefix === c.number.prefix
    );
  };
  const grouping = chain.every((c, k) => c.number.letterOnly || c.number.sub > 0 || opensSubs(c, k));
  return grouping ? chain.filter((c) => c.number.letterOnly || c.number.sub > 0) : chain;
}

/**
 * Unnumbered items: when a region has no numbered chain, its headings are the items (decision
 * pages, some parish minutes). Headings are markdown/bold/ALL-CAPS title lines after a gap.
 */
export function segmentByHeadings(lines: Line[], lo: number, hi: number, skip: (t: string) => boolean): RawItem[] {
  const starts: number[] = [];
  for (let i = lo; i < hi; i++) {
    const l = lines[i];
    const next = lines[i + 1];
    if (!next || i + 1 >= hi) continue;
    const strong = l.heading > 0 || l.bold || (l.text === l.text.toUpperCase() && /[A-Z]{3}/.test(l.text));
    if (!strong || skip(l.text) || namesMeeting(next)) continue;
    // "MINUTE OF MEETING of the" / "CLACKMANNANSHIRE COUNCIL": a line the page wrapped, not a heading.
    const prev = i > lo ? lines[i - 1] : undefined;
    if (prev && !l.gapBefore && /\b(?:of|the|and|for|to)$/i.test(prev.text)) continue;
    if (headingLike(l) < 1 || l.text.length > 120) continue;
    if (headingLike(next) >= 1 && (next.heading > 0 || next.bold)) continue;
    starts.push(i);
  }
  return starts.map((s, k) =>
    rawItem(s, k + 1 < starts.length ? starts[k + 1] : hi, { title: tidyTitle(lines[s].text).title }),
  );
}
