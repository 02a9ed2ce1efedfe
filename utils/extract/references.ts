// Step 4d: pointers to earlier meetings, as data, so related minutes can be linked. Three shapes:
//  - a date named as a meeting's ("the minutes of the meeting held on 6 September 2017", "the
//    Cabinet agenda for 11 September 2023", "the committee's referral from 3 December"), with a
//    minute or decision number printed beside it ("(Minute No 42)", "numbered CAB 21 to CAB 31");
//  - the previous meeting without a date ("the minutes of the previous meeting", "matters
//    outstanding from previous minutes"), dated when the same item names that meeting;
//  - a decision, minute or item of another meeting ("Decision - 24/00093", "Cabinet decision CAB 24",
//    "(Min. 45/23)", "the recommendation of the Scrutiny Committee", "Item 11 – <title>" called in).
// Not references: the meeting's own minute numbers ("(Minute 56 refers)" to a later item of the
// same meeting), future meetings ("consideration by Council on 22 March"), report numbers.
import type { Reference } from '../types';
import { findDate, MONTH_PATTERN, monthNumber } from '../text/dates';

/** Words that make a nearby date a meeting's date. */
const CUE =
  /\b(?:meetings?|minutes?|minuted|decisions?|agenda|referral|recommendations?|request|committee|cabinet|board|council|panel|executive|sub-committee|working group|forum|assembly|scrutiny)\b/i;
/** …and words that make it a future one, or not a meeting at all. */
const FUTURE =
  /\b(?:next|future|forthcoming|will|would|to be held|scheduled|due to|consideration by|for consideration|be considered|deadline|no later than|closing date|by no|submitted by|received by|until|starting|commencing|effective|from \d|by \d|working days|before the date|in writing|for the meeting)\b/i;
/** "the financial performance at 30 September", "for the period 1 April to …": a date in a period, not a meeting's. */
const POINT_IN_TIME = /\b(?:as at|at|period(?: from)?|ending|ended|to|between|up to|year to)\s+(?:the\s+)?$/i;
/** Words that say the meeting is past even when this paper's own date reads earlier (a misread date). */
const PAST =
  /\b(?:minutes?|held on|took place|previous|last|called in|decisions?|agenda for|referral|recommendations?)\b/i;
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})\s?(?:st|nd|rd|th)?(?:\s+of)?\s+(${MONTH_PATTERN})\b\.?(?:,?\s+(\d{4}))?`,
  'gi',
);
/** A number printed with the date: "(Minute No 42)", "numbered CAB 21 to CAB 31", "decision numbers …". */
const NUMBER_AFTER =
  /^[^.;]{0,40}?(?:\(\s*Min(?:ute)?s?\.?\s*(?:No\.?\s*)?|numbered\s+|decision numbers?\s+|minute numbers?\s+)([A-Z]{0,5}\s?\d{1,4}(?:\/\d{2,5})?(?:\s+to\s+[A-Z]{0,5}\s?\d{1,4})?)/i;
const PREVIOUS =
  /\b(?:(?:the|its|their)\s+)?(?:previous|last|preceding)\s+(?:(?:[A-Z][\w&'’-]*\s+){1,4})?(?:meetings?|minutes)\b(?:\s+of\s+the\s+(?:[A-Z][\w&'’-]*\s*){1,6})?|\bminutes\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting\b/gi;
/**
 * The words between "previous" and "meeting" name the meeting ("the last Full Council meeting"),
 * capitalised or one of these; the pattern ignores case, so it is checked here: "in previous
 * employment he had attended meetings" is no meeting of the council's.
 */
const MEETING_WORD = /^(?:full|ordinary|special|extraordinary|annual|general|council|committee|cabinet|board|panel)$/i;
function namesBody(match: string): boolean {
  const m = /^(?:(?:the|its|their)\s+)?(?:previous|last|preceding)\s+(.*?)\s*(?:meetings?|minutes)\b/i.exec(match);
  if (!m || !m[1]) return true;
  // "the last Footpath and Conservation Committee meeting": joining words between capitalised ones.
  return m[1].split(/\s+/).every((w) => /^[A-Z&]/.test(w) || MEETING_WORD.test(w) || /^(?:and|of|for)$/.test(w));
}
const DECISION_NO =
  /\b(?:(?:[A-Z][\w&'’-]*\s+){0,3}[Dd]ecision\s*(?:no\.?|number|-|–)?\s*(\d{2}\/\d{3,5}|[A-Z]{2,5}\s?\d{1,4})(?:\s*[-–]\s*([^.\n;]{3,100}))?)/g;
const SHARED_MONTH_DAY = /\b(?:on|of)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:,|and|&)\s*(?:the\s+)?$/i;
const MINUTE_OF =
  /\bMin(?:ute)?s?\.?\s*(?:No\.?\s*|Number\s+)?(\d{1,4}(?:\/\d{2,4})?[a-z]?)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w&'’-]*\s+){0,4}meeting\b/i;
const MINUTE_NO =
  /\((?:see\s+)?Min(?:ute)?s?\.?\s*(?:No\.?\s*)?(\d{1,4}(?:\/\d{2,4})?[a-z]?)\)|\bMin(?:ute)?s?\.?\s*(?:No\.?\s*|Number\s+)?(\d{1,4}\/\d{2,4}|\d{1,4}[a-z]?)\b/g;
const ASKED_BY =
  /\b(?:the\s+)?(?:attached\s+)?(?:recommendations?|request|referral|call-in)\s+(?:of|from)\s+the\s+((?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for)\s+)?){0,6}(?:Committee|Board|Panel|Group|Forum))\b/g;
/**
 * "Item 11 – <title>", "Item Number 70. <title>", "arising under item 7 (<title>)": an item of the
 * earlier meeting named ("item 6 (a)" alone, lower case, is this meeting's agenda in a declaration).
 */
const ITEM_REF =
  /\b(?:Item|(?:[Aa]rising\s+(?:under|from)|in relation to)\s+item)\s+(?:Number\s+|No\.?\s*)?(\d{1,3}[a-z]?)(?:\s*(?::|–|-|—|\.)\s*([A-Z][^.\n;]{3,100})|\s*\(([A-Z][^)\n]{3,100})\))/g;
/** "at the AGM", "since the last Annual Meeting": the annual meeting, named without a date. */
const ANNUAL_MEETING =
  /\b(?:at|since|from|following)\s+(?:the|last year's|this year's)\s+(?:last\s+)?(?:AGM|Annual\s+(?:General\s+|Council\s+)?Meeting)\b/gi;
const MAX = 60;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The words before a date that belong to its phrase: back to the clause start, at most ~100 characters. */
function phraseStart(text: string, at: number): number {
  const from = Math.max(0, at - 110);
  const window = text.slice(from, at);
  let cut = -1;
  for (const m of window.matchAll(/[.;:]\s|\n/g)) {
    // "Minute No. 21/21 of the meeting held on …": an abbreviation's dot does not end the clause.
    // Only when the words run on to the date unbroken: "(Minute No. 45/23 refers), the hours started on 1 May" is two clauses.
    if (
      m[0][0] === '.' &&
      /\b(?:No|Nos|Cllrs?|Mrs?|Ms|Dr)$/i.test(window.slice(Math.max(0, m.index - 5), m.index)) &&
      !/[,()]/.test(window.slice(m.index))
    )
      continue;
    cut = m.index + m[0].length;
  }
  // A comma starts the phrase when what follows it still names the meeting ("…CAB 24, made at its meeting held on …").
  const comma = window.lastIndexOf(', ');
  if (comma >= 0 && comma + 2 > cut && CUE.test(window.slice(comma + 2))) cut = comma + 2;
  if (cut >= 0) return from + cut;
  // No clause break in reach: start at the beginning of the word cut into.
  let start = from;
  while (start > 0 && from - start < 20 && /\S/.test(text[start - 1])) start--;
  return start;
}

/** A date with no year: the latest such day on or before the meeting, or null. */
function pastDay(day: number, month: number, meetingDate: string | null): string | null {
  if (!meetingDate || !month) return null;
  let y = +meetingDate.slice(0, 4);
  const iso = (yy: number) => `${yy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (iso(y) === meetingDate) return meetingDate;
  if (iso(y) > meetingDate) y--;
  return iso(y);
}

/** The latest full date the text prints (as the end of its year's 31 December), to date "18 May" in an undated page. */
function contextDate(hits: RegExpExecArray[] | RegExpMatchArray[]): string | null {
  let y = 0;
  for (const h of hits) if (h[3]) y = Math.max(y, +h[3]);
  return y ? `${y}-12-31` : null;
}

function datedReferences(text: string, meetingDate: string | null, out: Reference[]): void {
  // Cheap test first: no day-month date, nothing to do here.
  if (!/\d/.test(text)) return;
  const hits = [...text.matchAll(DAY_MONTH)];
  for (let i = 0; i < hits.length && out.length < MAX; i++) {
    const m = hits[i];
    const at = m.index;
    // "25 July and 15 September 2022": the year printed once serves both.
    let year = m[3];
    for (let j = i + 1; !year && j < hits.length && j <= i + 3; j++) {
      if (
        !/^[\s,]*(?:and|&|,)[\s,]*(?:the\s+)?$/i.test(
          text.slice(hits[j - 1].index + hits[j - 1][0].length, hits[j].index),
        )
      )
        break;
      year = hits[j][3];
    }
    const start = phraseStart(text, at);
    const before = text.slice(start, at);
    if (!CUE.test(before) || FUTURE.test(before) || POINT_IN_TIME.test(before)) continue;
    let iso: string | null = null;
    // No year printed: the year the same day carries elsewhere in the text, else the latest on or
    // before this meeting, else (meeting undated) the latest year the text prints with a date.
    if (!year) year = hits.find((h) => h[3] && +h[1] === +m[1] && monthNumber(h[2]) === monthNumber(m[2]))?.[3] ?? year;
    if (year) iso = findDate(`${m[1]} ${m[2]} ${year}`)?.iso ?? null;
    else iso = pastDay(+m[1], monthNumber(m[2]), meetingDate ?? contextDate(hits));
    // This meeting's own date is not a reference; a later one only where the words say it is past.
    // Minutes are always of an earlier meeting, whatever this paper's date was read as.
    if (
      iso &&
      meetingDate &&
      !/\bminutes?\b/i.test(before) &&
      (iso === meetingDate || (iso > meetingDate && !PAST.test(before)))
    )
      continue;
    const after = text.slice(at + m[0].length, at + m[0].length + 80);
    const num = NUMBER_AFTER.exec(after);
    // "Minute No. 21/21 of the meeting held on 18 March": the number printed before the date.
    const numBefore = num ? null : MINUTE_OF.exec(before);
    // The phrase runs on to the last date of a list ("… 25 July and 15 September 2022").
    let end = at + m[0].length;
    for (
      let j = i + 1;
      j < hits.length && /^[\s,]*(?:and|&|,)[\s,]*(?:the\s+)?$/i.test(text.slice(end, hits[j].index));
      j++
    )
      end = hits[j].index + hits[j][0].length;
    const tail = num ? num.index + num[0].length + (after.slice(num.index + num[0].length).startsWith(')') ? 1 : 0) : 0;
    const ref: Reference = {
      kind: /minute/i.test(before) ? 'minutes-of-meeting' : 'meeting',
      text: squash(text.slice(start, Math.max(end, at + m[0].length + tail))),
      meetingDate: iso,
      committee: committeeIn(before),
      minute: num ? squash(num[1]) : numBefore ? numBefore[1] : null,
    };
    // "the meetings held on 3rd and 17th May 2023": the bare day before shares this month and year.
    const shared = SHARED_MONTH_DAY.exec(before);
    if (shared && iso && +shared[1] >= 1 && +shared[1] <= 31 && out.length < MAX) {
      out.push({ ...ref, meetingDate: `${iso.slice(0, 8)}${shared[1].padStart(2, '0')}`, minute: null });
    }
    out.push(ref);
  }
}

function committeeIn(s: string): string | null {
  const m =
    /\b((?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for)\s+)?){0,6}(?:Committee|Cabinet|Board|Panel|Council|Executive|Group|Forum))\b/.exec(
      s,
    );
  return m && !/^(?:The|This|That)\s/.test(m[1])
    ? m[1].trim()
    : m
      ? m[1].replace(/^(?:The|This|That)\s+/, '').trim()
      : null;
}

/** References in an item's text (heading and body). `meetingDate` is this meeting's date, when known. */
export function findReferences(text: string, meetingDate: string | null = null): Reference[] {
  const out: Reference[] = [];
  if (!text) return out;
  const t = text.length > 100_000 ? text.slice(0, 100_000) : text;
  // Cheap test first: a reference needs a number or one of these words.
  if (!/\d|previous|last|preceding|decision|recommendation|request|referral|call-in|\bAGM\b|annual/i.test(t))
    return out;
  datedReferences(t, meetingDate, out);
  const dated = out.filter((r) => r.meetingDate);
  // The earlier meetings the item names by date (and those whose minutes it names), for undated mentions.
  const when = new Set(dated.map((r) => r.meetingDate));
  const confirmed = new Set(dated.filter((r) => r.kind === 'minutes-of-meeting').map((r) => r.meetingDate));
  const spans = out.map((r) => r.text);
  const inDated = (s: string) => spans.some((x) => x.includes(s));
  // "the previous meeting": dated when this item names exactly one earlier meeting.
  if (/previous|last|preceding/i.test(t)) {
    const only = when.size === 1 ? dated[0].meetingDate : null;
    for (const m of t.matchAll(PREVIOUS)) {
      if (out.length >= MAX) break;
      let from = Math.max(phraseStart(t, m.index), m.index - 40);
      if (from > 0 && /\S/.test(t[from - 1])) from = t.indexOf(' ', from) + 1 || m.index;
      const phrase = squash(t.slice(Math.min(from, m.index), m.index + m[0].length));
      if (inDated(squash(m[0])) || FUTURE.test(phrase) || !namesBody(m[0])) continue;
      out.push({ kind: 'minutes-of-meeting', text: phrase, meetingDate: only, committee: null, minute: null });
    }
  }
  // "had been appointed at the AGM": the annual meeting, named and past, undated.
  if (/\bAGM\b|annual (?:general |council )?meeting/i.test(t)) {
    for (const m of t.matchAll(ANNUAL_MEETING)) {
      if (out.length >= MAX) break;
      const start = phraseStart(t, m.index);
      const clause = t.slice(start, m.index + m[0].length);
      if (FUTURE.test(clause) || inDated(squash(m[0])) || !/\b(?:had|has|have|was|were)\b|\b[a-z]{3,}ed\b/.test(clause))
        continue;
      out.push({ kind: 'meeting', text: squash(clause).slice(-100), meetingDate: null, committee: null, minute: null });
    }
  }
  if (/decision/i.test(t)) {
    for (const m of t.matchAll(DECISION_NO)) {
      if (out.length >= MAX || inDated(m[1])) continue;
      const code = m[1];
      // "CAB 24" inside "CAB 21 to CAB 31" of a dated decision list takes that meeting's date.
      const range = dated.find((r) => r.minute && sameSeries(r.minute, code));
      out.push({
        kind: 'minute-number',
        text: squash(m[0]),
        meetingDate: range?.meetingDate ?? null,
        committee: null,
        minute: code,
        title: m[2] ? squash(m[2]) : null,
      });
    }
  }
  if (/\bmin/i.test(t)) {
    // Minute numbers run by municipal year (May to May): "112/23" in April 2024 is this year's.
    const year = meetingDate
      ? String((+meetingDate.slice(0, 4) - (+meetingDate.slice(5, 7) < 5 ? 1 : 0)) % 100).padStart(2, '0')
      : null;
    for (const m of t.matchAll(MINUTE_NO)) {
      if (out.length >= MAX) break;
      const minute = m[1] ?? m[2];
      if (inDated(m[0].replace(/[()]/g, '').trim()) || spans.some((x) => x.includes(minute))) continue;
      // A bare minute number is this meeting's own unless it is from another year ("Min. 45/23" in 2024)
      // or the words around it say it is earlier.
      const yy = /\/(\d{2,4})$/.exec(minute)?.[1].slice(-2) ?? null;
      const around = t.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40);
      // Matters arising are raised on the previous meeting's minutes, by their numbers.
      const arising = /\bmatters arising\b/i.test(t.slice(0, 300));
      // "Minute 70 of the Cabinet": another body's minute.
      const ofBody = /^\s*of\s+(?:the\s+)?[A-Z]/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 20));
      // "approved, subject to the correction … in Minute 47": a minute of the minutes being confirmed.
      const sentence = t.slice(Math.max(0, t.lastIndexOf('.', m.index) + 1), m.index);
      const onConfirmed = confirmed.size === 1 && /\b(?:minutes|amend\w*|correct\w*|arising|under)\b/i.test(sentence);
      const earlier =
        (yy && year && yy < year) ||
        /\b(?:previous|last|earlier|prior)\b/i.test(around) ||
        arising ||
        ofBody ||
        onConfirmed;
      if (!earlier) continue;
      // Dated by the one earlier meeting the item names (its minutes first), if only one.
      const date =
        (arising || onConfirmed || ofBody) && confirmed.size === 1
          ? [...confirmed][0]
          : ofBody && when.size === 1
            ? [...when][0]
            : null;
      out.push({
        kind: 'minute-number',
        text: squash(m[0].replace(/^\(|\)$/g, '')),
        meetingDate: date,
        committee: null,
        minute,
      });
    }
  }
  if (/recommendation|request|referral|call-in/i.test(t)) {
    for (const m of t.matchAll(ASKED_BY)) {
      if (out.length >= MAX || inDated(m[0])) continue;
      // Dated by the one earlier meeting the item names, if only one.
      out.push({
        kind: 'meeting',
        text: squash(m[0]),
        meetingDate: when.size === 1 ? dated[0].meetingDate : null,
        committee: m[1].trim(),
        minute: null,
      });
    }
  }
  // "Item 11 – <title>" of another meeting: only where the item names an earlier meeting (a call-in).
  if (dated.length && /\b[Ii]tem\s+(?:Number\s+|No\.?\s*)?\d/.test(t)) {
    for (const m of t.matchAll(ITEM_REF)) {
      if (out.length >= MAX) break;
      out.push({
        kind: 'meeting',
        text: squash(m[0]),
        meetingDate: dated[0].meetingDate,
        committee: dated[0].committee,
        minute: m[1],
        title: squash(m[2] ?? m[3]),
      });
    }
  }
  return out;
}

/** "CAB 24" is one of "CAB 21 to CAB 31". */
function sameSeries(range: string, code: string): boolean {
  const r = /^([A-Z]*)\s?(\d+)\s+to\s+([A-Z]*)\s?(\d+)$/i.exec(range);
  const c = /^([A-Z]*)\s?(\d+)$/i.exec(code);
  if (!r || !c) return false;
  return r[1].toLowerCase() === c[1].toLowerCase() && +c[2] >= +r[2] && +c[2] <= +r[4];
}

/**
 * An item's references: those in its heading, then its body. A heading that is only a date
 * ("5TH FEBRUARY, 2018" under "Minutes") names the meeting whose minutes it is. Each mention is
 * listed, so a heading and a minute naming the same meeting give two.
 */
export function itemReferences(title: string, body: Reference[], meetingDate: string | null): Reference[] {
  const head = title ? findReferences(title, meetingDate) : [];
  if (!head.length && title && title.length < 40) {
    const d = findDate(title);
    if (d && d.index < 3 && title.length - d.length < 6 && (!meetingDate || d.iso < meetingDate))
      head.push({ kind: 'minutes-of-meeting', text: title.trim(), meetingDate: d.iso, committee: null, minute: null });
  }
  const all = [...head, ...body];
  // "the previous meeting" in the body takes the date the heading gives.
  const dates = new Set(all.filter((r) => r.meetingDate && r.kind !== 'minute-number').map((r) => r.meetingDate));
  if (dates.size === 1) {
    const only = [...dates][0];
    for (const r of all) if (!r.meetingDate && r.kind === 'minutes-of-meeting') r.meetingDate = only;
  }
  return all;
}
