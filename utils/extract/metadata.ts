// Step 2b: what the paper is and which meeting it belongs to, read from the header lines: document
// kind, committee, meeting date, time, venue and draft/confirmed status. Header wording is the most
// uniform part of the genre ("Minutes of the meeting of X held at Y on <date>", "Date: …",
// "Venue: …"), so plain patterns over the first lines of each region suffice.
import type { DocumentKind, Meeting } from '../types';
import type { Line } from './normalise';
import { findDate, parseDate } from '../text/dates';
import { ITEMS_HEADER } from './blocks';

const HEADER_LINES = 40;

/** Whole-document kind, from words that only one kind of paper prints near its top. */
export function detectKind(lines: Line[]): DocumentKind {
  const head = lines
    .slice(0, 80)
    .map((l) => l.text)
    .join('\n');
  let reportHeaders = 0;
  let minutesHeaders = 0;
  let issueMeetings = 0;
  for (const l of lines) {
    if (l.text.length > 120) continue;
    if (/^agenda item\s*(?:no\.?)?\s*:?\s*\d{1,3}[a-z]?\s*\.?$/i.test(l.text)) reportHeaders++;
    else if (/^(?:(?:draft|confirmed|unconfirmed)\s+)?minutes of\b/i.test(l.text)) minutesHeaders++;
    else if (/^meeting\s*:\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–—]/i.test(l.text)) issueMeetings++;
  }
  if (issueMeetings > 0 && /issue|meetings?\b/i.test(head)) return 'issue-history';
  if (/\bdecision maker\s*:|\bdate of decision\s*:|\bdecision details\b/i.test(head)) return 'decision-record';
  // Weigh what each kind prints: minutes record who was present and what was resolved; agendas
  // announce business "to receive / to consider" with page numbers.
  const body = lines.length > 4000 ? lines.slice(0, 4000) : lines;
  let resolved = 0;
  let toDo = 0;
  let pageRanges = 0;
  let proposals = 0;
  for (const l of body) {
    // "The Council has resolved that …" quoted in a report tells of an earlier decision, not this one.
    if (
      /\bRESOLVED\b|\bresolved (?:that|to)\b|^decision\s*:?$/i.test(l.text) &&
      !/\b(?:has|have|had) (?:been )?resolved\b/i.test(l.text)
    )
      resolved++;
    // What the meeting is asked to do: "Council is asked to approve …", "(copy herewith 24/202)".
    if (
      /\b(?:is|are) (?:asked|invited|requested) to\b|\(copy (?:herewith|enclosed|attached|to follow)\b|^submit (?:a )?reports? by\b/i.test(
        l.text,
      )
    )
      proposals++;
    if (/^to (?:receive|consider|note|approve|confirm|agree|elect|appoint)\b/i.test(l.text)) toDo++;
    if (/\s\d{1,3} - \d{1,3}$/.test(l.text)) pageRanges++;
  }
  const agendaWord =
    /(^|\n)\s*(?:agenda|a g e n d a|agenda and reports|summons|agenda (?:for|-|–).{0,200})\s*:?\s*(\n|$)|\bnotice (?:is hereby given|of meeting)\b|\byou are (?:hereby )?summoned\b/i.test(
      head,
    ) ||
    // A printed summons: "A meeting of the COUNTY COUNCIL will be held … to consider the following
    // items", "AGENDA Page Nos." over the page-number column of a flattened agenda.
    /\ba meeting of (?:the )?[^.\n]{2,80}? will be held\b|\bAGENDA\s+Page\s+Nos?\b/i.test(head);
  // "West Lothian Council Agenda - 27 April 2010, 10:00": the page's own title names it an agenda
  // ("Agenda and minutes" / "Agenda item 4" do not).
  const agendaTitle = lines
    .slice(0, 3)
    .some(
      (l) =>
        l.text.length <= 120 &&
        /\bagenda\s*(?:[-–—,:|]|$)/i.test(l.text) &&
        !/\bagenda\s*(?:and|&|,)\s*(?:minutes|decisions)\b/i.test(l.text),
    );
  const minutesSignal =
    /\bpresent\s*:|\bin attendance\b|\bapologies (?:for absence )?(?:were|was) received\b|(?:^|\n)\s*(?:draft |confirmed |unconfirmed )?minutes of (?:the |a )?(?:[\w'&-]+ ){0,10}?(?:meeting|proceedings)\b[^\n]*\bheld\b/i.test(
      head,
    );
  if (agendaWord && (reportHeaders > 0 || (minutesHeaders > 0 && !minutesSignal))) return 'agenda-pack';
  if (/(^|\n)\s*(?:record of (?:executive )?decisions|decision notice|decisions? (?:list|taken|of the))/i.test(head))
    return 'decisions';
  const minutesScore = (minutesSignal ? 3 : 0) + (resolved > 0 ? 2 : 0) + (/\bminutes\b/i.test(head) ? 1 : 0);
  const agendaScore =
    (agendaWord || agendaTitle ? 3 : 0) +
    (toDo >= 2 ? 1 : 0) +
    (pageRanges >= 2 ? 1 : 0) +
    (reportHeaders > 0 ? 1 : 0) +
    (proposals >= 2 ? 2 : 0);
  // A ModernGov items table ("No. Item") whose rows carry no "Minutes:" / "Decision:" cell, on a
  // page that does not call itself "Agenda and minutes/decisions": the agenda alone, published
  // before the meeting. Its proposals are not decisions yet.
  if (resolved === 0 && !minutesSignal && agendaOnlyTable(body, head)) return 'agenda';
  if (minutesScore === 0 && agendaScore === 0) return 'unknown';
  if (agendaScore > minutesScore) return reportHeaders > 0 ? 'agenda-pack' : 'agenda';
  return 'minutes';
}

function agendaOnlyTable(body: Line[], head: string): boolean {
  if (/\bagenda\s*(?:,|and|&)\s*(?:decisions|minutes)\b|\bminutes\s*:|\bdecisions?\s*:/i.test(head)) return false;
  let header = false;
  for (const l of body) {
    // "Item | Subject |": the items table of an archived agenda page.
    if (ITEMS_HEADER.test(l.text) || /^(?:item|no\.?)\s*\|\s*(?:subject|title|business)\s*\|?\s*$/i.test(l.text))
      header = true;
    else if (/(?:^|\s)(?:minutes|decisions?)\s*:/i.test(l.text)) return false;
    // An outcome told in the past tense ("The minutes were approved …", "The Cabinet noted the report").
    else if (
      /\b(?:was|were|had been)\s+(?:approved|agreed|noted|confirmed|accepted|signed|adopted)\b|\b(?:noted|approved|agreed|endorsed)\s+the\b/i.test(
        l.text,
      )
    )
      return false;
  }
  return header;
}

function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  const small = new Set(['and', 'of', 'the', 'for', 'to', 'in', 'on', 'a', 'an', 'at', 'by', '&']);
  return s
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

const NOT_COMMITTEE =
  /^(?:minutes|agenda|present|apologies|date|time|venue|contact|tel|telephone|phone|e-?mail|web|address|clerk|public|members?|item|pages|page|contents|notice|summons|decision|issue|meeting|decisions?|report|ltem|council meetings|menu|most\b|the chair|\d)/i;
/** A clause, not a name: "The Chair of the Committee has called in …", "Members are asked to note …". */
const CLAUSE = /\b(?:is|are|was|were|has|have|had|will|would|can|may)\s+[a-z]+|\b[a-z]{3,}ed\s+(?:a|an|the)\b/;
/** "Brighton & Hove City Council": the council's own name, printed above the committee's. */
const COUNCIL_NAME = /\b(?:city|county|borough|district|town|parish|metropolitan|unitary)?\s*council$/i;

const COMMITTEE_WORD =
  /\b(?:committee|cabinet|council|board|panel|forum|sub-committee|executive|assembly|group|district|authority)\b/i;

/** Lower-case words a committee's name may carry: "Health and Wellbeing Board", "Member for Environment". */
const NAME_JOINERS = /^(?:of|and|for|the|on|in|to|with|&|-|–)$/;

/**
 * A committee's name is set in Title Case; a line with other lower-case words is a sentence,
 * a link ("Speaking at a Council or Committee meeting") or a breadcrumb ("Council & democracy").
 */
function nameLike(s: string): boolean {
  return s.split(/\s+/).every((w) => !/^[a-z]/.test(w) || NAME_JOINERS.test(w));
}

function committeeFrom(lines: Line[], lo: number, hi: number): string | null {
  for (let i = lo; i < hi; i++) {
    const t = lines[i].text;
    let m =
      /^(?:(?:draft|confirmed|unconfirmed|signed)\s+)?minutes? of (?:the |a |an )?(?:\w+ )?meeting of (?:the )?(.+?)(?: held\b| on\b| at\b|,|$)/i.exec(
        t,
      );
    if (m && m[1].length < 100) return titleCase(m[1].trim());
    m =
      /^(?:(?:draft|confirmed|unconfirmed)\s+)?minutes of (?:the |a |an )?((?:[A-Z][\w&'-]*\s+){1,8})meeting (?:held|of)\b/i.exec(
        t,
      );
    if (
      m &&
      !/^(?:(?:a|an|the)\s+)?(?:monthly|annual|ordinary|special|extraordinary|last|previous|a|an|the)?\s*$/i.test(m[1])
    )
      return titleCase(m[1].trim());
    // "MINUTES OF THE LICENSING AND REGULATORY COMMITTEE" (no "meeting of").
    m =
      /^(?:(?:draft|confirmed|unconfirmed)\s+)?minutes? of (?:the )?((?:[\w'&,-]+ ){0,8}(?:committee|cabinet|council|board|panel|forum|sub-committee|executive|assembly))$/i.exec(
        t,
      );
    if (m) return titleCase(m[1].trim());
    m = /^(?:decision maker|committee|meeting of|body)\s*:\s*(.{3,100})$/i.exec(t);
    if (m) return titleCase(m[1].trim());
  }
  for (let i = lo; i < hi; i++) {
    const l = lines[i];
    const t = l.text.replace(/\s*\b(?:Date|Time|Venue)\s*:.*$/, '').trim();
    if (!t || t.length > 90 || NOT_COMMITTEE.test(t)) continue;
    if (parseDate(t) || /\d{2,}/.test(t)) {
      // "Cabinet Thursday, 28 September 2017, County Hall": the name before the date.
      const cut = /^(.{3,80}?)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)/i.exec(t);
      const name = cut?.[1].replace(/[-–—,\s]+$/, '') ?? '';
      if (
        cut &&
        (l.bold || l.heading || lines[i].lead || COMMITTEE_WORD.test(name)) &&
        !NOT_COMMITTEE.test(name) &&
        nameLike(name)
      )
        return titleCase(name);
      continue;
    }
    if (/[.:;]$/.test(t) || /^[a-z]/.test(t) || CLAUSE.test(t) || !nameLike(t)) continue;
    if (l.heading || l.bold || COMMITTEE_WORD.test(t)) {
      // The council's name above the committee's: the committee is the meeting's body.
      const next = i + 1 < hi ? lines[i + 1].text : '';
      if (
        COUNCIL_NAME.test(t) &&
        next.length < 90 &&
        COMMITTEE_WORD.test(next) &&
        !COUNCIL_NAME.test(next) &&
        !NOT_COMMITTEE.test(next) &&
        !CLAUSE.test(next)
      )
        return titleCase(next);
      return titleCase(t);
    }
  }
  return null;
}

/**
 * A date printed under a label that names the meeting ("Decided at meeting: 13/03/2024 - Cabinet",
 * "Meeting date:", "Date of meeting:", "Date:", "Date of decision:"), best label first. Labels
 * beat any date in the body ("the contract expires on 31 March 2024").
 */
const DATE_LABEL =
  /^(?:((?:decided|made) at meeting|meeting)|(meeting date|date of (?:the )?meeting|date and time|date)|(date of decision|decision date))\s*:\s*(.{6,80})/i;

function labelledDate(lines: Line[], lo: number, hi: number): string | null {
  let best: string | null = null;
  let rank = 9;
  for (let i = lo; i < hi; i++) {
    const t = lines[i].text;
    if (t.length > 200) continue;
    const m = DATE_LABEL.exec(t);
    if (!m) continue;
    const r = m[1] ? 0 : m[2] ? 1 : 2;
    // "Date:" alone, the date on the next line.
    const d = parseDate(m[4]) ?? (i + 1 < hi ? parseDate(lines[i + 1].text.slice(0, 80)) : null);
    if (d && r < rank) {
      best = d;
      rank = r;
    }
  }
  return best;
}

/**
 * A register of decisions ("Decisions published", one entry per decision) prints, per entry, the
 * meeting it was made at ("Made at meeting: 09/07/2019 - Cabinet"). The meeting most entries share
 * is the page's meeting; the page's own heading is only the date range searched.
 */
export function registerMeeting(
  lines: Line[],
  lo: number,
  hi: number,
): { date: string; committee: string | null } | null {
  const counts = new Map<string, { n: number; committee: string | null }>();
  for (let i = lo; i < hi; i++) {
    const t = lines[i].text;
    if (t.length > 200 || !/^(?:decided|made) at meeting\s*:/i.test(t)) continue;
    const value = t.slice(t.indexOf(':') + 1).trim();
    const d = parseDate(value.slice(0, 60));
    if (!d) continue;
    // "09/07/2019 - Cabinet": the body after the date.
    const body = /^\S+\s+[-–—]\s+(.{3,80})$/.exec(value)?.[1] ?? null;
    const c = counts.get(d) ?? { n: 0, committee: body };
    c.n++;
    counts.set(d, c);
  }
  let best: { date: string; committee: string | null } | null = null;
  let most = 0;
  for (const [date, c] of counts) {
    if (c.n <= most) continue;
    best = { date, committee: c.committee };
    most = c.n;
  }
  return best;
}

const EARLIER_MEETING =
  /\b(?:minutes of|previous meeting|last meeting|next meeting|called in|from the [\w ]{0,40}meeting (?:of|held|on)|meeting held on .{0,40}\b(?:were|was) (?:agreed|approved|confirmed|signed))\b/i;
/** "Minutes of the meeting of the Cabinet held on …" as the paper's own heading. */
const MINUTES_HEADING =
  /^(?:(?:draft|confirmed|unconfirmed)\s+)?minutes of (?:the |a )?(?:[\w'&,-]+ ){0,10}?(?:meeting|proceedings)\b(?!.*\b(?:were|was)\b)/i;

/**
 * "… Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008 …",
 * "GRANTS COMMITTEE MINUTES OF MEETING HELD ON THURSDAY 25 AUGUST 2016": the paper names its own
 * meeting part-way along a line (PDF text runs the header together). Not "The minutes of the
 * meeting held on 6 July were agreed": that is an earlier meeting's.
 */
const OWN_MINUTES =
  /\bminutes? of (?:the |a |an )?(?:[\w'’&,-]+ ){0,10}?(?:meeting|proceedings)\b[^.;]{0,120}?\b(?:held|on)\b/i;

export function ownMinutesDate(lines: Line[], lo: number, hi: number): string | null {
  for (let i = lo; i < hi; i++) {
    const line = lines[i].text;
    const t = line.slice(0, 2000) + (i + 1 < hi ? ' ' + lines[i + 1].text.slice(0, 200) : '');
    const m = OWN_MINUTES.exec(t);
    if (!m || m.index > line.length) continue;
    // "Minutes of the Previous Meeting" / "To confirm the minutes of …": an earlier meeting's.
    if (/\b(?:previous|last|preceding)\b/i.test(m[0]) || /\bminutes? of\b/i.test(m[0].slice(8))) continue;
    // "To confirm the minutes of the meeting held on …": an earlier meeting's, put to this one.
    if (
      /\b(?:approve|confirm|agree|sign|receive|note|adopt|previous|last)\w*\W+(?:the\s+)?$/i.test(
        t.slice(Math.max(0, m.index - 30), m.index),
      )
    )
      continue;
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 160).replace(/([ap]\.?m\.?)(\d)/gi, '$1 $2');
    const hit = findDate(rest);
    if (!hit) continue;
    if (/^[\s,]*(?:were|was|be|are|is)\b/i.test(rest.slice(hit.index + hit.length))) continue;
    return hit.iso;
  }
  return null;
}

/** "26 Nov 2019 - 14:30 to 16:30" (CMIS meeting details): a line that is the meeting's date and time. */
const DATE_TIME_LINE =
  /^\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}\s*[-–,]\s*\d{1,2}[.:]\d{2}/;

/** The meeting's date where its first item starts at the top: its own minutes heading, or a date-and-time line. */
export function topDate(lines: Line[], lo: number, hi: number): string | null {
  const own = ownMinutesDate(lines, lo, hi);
  if (own) return own;
  for (let i = lo; i < Math.min(hi, lo + 6); i++) {
    if (DATE_TIME_LINE.test(lines[i].text)) return findDate(lines[i].text)?.iso ?? null;
  }
  return null;
}

function dateFrom(lines: Line[], lo: number, hi: number): string | null {
  const labelled = labelledDate(lines, lo, hi);
  if (labelled) return labelled;
  let fallback: string | null = null;
  for (let i = lo; i < hi; i++) {
    // A header date is sometimes broken over two lines ("… Dorchester,\nDorset, DT1 1XJ on Wednesday, 27 September 2017.").
    // "4.00pm1 July 2021": a time glued to the date by PDF text extraction.
    const t = (lines[i].text + (i + 1 < hi ? ' ' + lines[i + 1].text : '')).replace(/([ap]\.?m\.?)(\d)/gi, '$1 $2');
    // "The minutes of the meeting held on 6 July 2023 were agreed": an earlier meeting's date.
    if (EARLIER_MEETING.test(lines[i].text) && !MINUTES_HEADING.test(lines[i].text)) continue;
    let hit = findDate(t);
    // "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018": the date it was moved to.
    if (
      hit &&
      /\b(?:moved|postponed|rescheduled|originally|changed)\s+(?:from\s+)?(?:\w+day,?\s+)?$/i.test(
        t.slice(0, hit.index),
      )
    ) {
      const from = hit.index + hit.length;
      const next = findDate(t.slice(from));
      hit = next ? { ...next, index: from + next.index } : null;
    }
    if (!hit || hit.index > lines[i].text.length) continue;
    const before = t.slice(Math.max(0, hit.index - 40), hit.index);
    if (
      /publication|published|despatch|dispatch|issued?|printed|deadline|by \d|submitted|call-?in|expiry|received|circulat|updated|effective|with effect|no later than/i.test(
        before,
      )
    )
      continue;
    if (
      /\b(?:held|date|meeting|on|minutes)\b|^\W*(?:mon|tues|wednes|thurs|fri|satur|sun)day/i.test(before) ||
      /day,?\s*$/i.test(before) ||
      hit.index < 3
    )
      return hit.iso;
    fallback ??= hit.iso;
  }
  return ownMinutesDate(lines, lo, hi) ?? fallback;
}

/** Meeting metadata from the header: lines [lo, firstItem) (at most HEADER_LINES of them). */
export function readMeeting(
  lines: Line[],
  lo: number,
  hi: number,
  kind: DocumentKind,
  regionEnd = hi,
): Omit<Meeting, 'items' | 'documents'> {
  const end = Math.max(Math.min(hi, lo + HEADER_LINES), lo + 1);
  // Decision pages print their labelled dates after the decision, however long it is.
  const dated = kind === 'decision-record' ? labelledDate(lines, lo, Math.min(regionEnd, lo + 400)) : null;
  const head = lines
    .slice(lo, end)
    .map((l) => l.text)
    .join('\n');
  const time =
    /\b(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))/i.exec(head)?.[1] ??
    /\btime\s*:\s*(\d{1,2}[.:]\d{2})/i.exec(head)?.[1] ??
    null;
  const venue =
    /venue\s*:\s*(.{3,150}?)(?:\s*(?:contact|date|time)\s*:|\n|$)/i.exec(head)?.[1] ??
    /\bheld (?:at|in) (?:the )?([^\n]{3,150}?)(?:,?\s+on\s+(?:\w+day|\d)|\n|$)/i.exec(head)?.[1] ??
    null;
  let status: Meeting['status'] = null;
  if (/\bcancell?ed\b/i.test(head.slice(0, 600))) status = 'cancelled';
  else if (/\b(?:draft|unconfirmed|unapproved|subject to (?:approval|confirmation))\b/i.test(head)) status = 'draft';
  else if (/\b(?:confirmed|approved) (?:minutes|as a correct record)\b|^confirmed\b/im.test(head.slice(0, 400)))
    status = 'confirmed';
  return {
    kind,
    committee: committeeFrom(lines, lo, end),
    meetingDate: dated ?? dateFrom(lines, lo, end),
    time: time ? time.trim() : null,
    venue: venue ? venue.trim().replace(/[,.]$/, '') : null,
    status,
  };
}

/** Cover-block fields of a committee report ("From:", "To:", "Subject:"), one label per line. */
const COVER_TO = /^(?:to|report to|meeting)\s*:\s*(.{3,150})$/i;
const COVER_SUBJECT = /^(?:subject|report title|title of report|title)\s*:\s*(.{3,250})$/i;
const COVER_FROM = /^(?:from|report of|report by|by|lead officer|report author\(?s?\)?)\s*:/i;

export interface ReportCover {
  title: string;
  committee: string | null;
  meetingDate: string | null;
  /** Line index of the subject line (the report's body starts after it). */
  line: number;
}

/**
 * A single committee report opens with a cover block: "From: …", "To: Cabinet – 30 January 2025",
 * "Subject: …". Such a paper is one item (the report) with its recommendation, not a meeting.
 */
export function readReportCover(lines: Line[]): ReportCover | null {
  let subject: { text: string; line: number } | null = null;
  let to: string | null = null;
  let from = false;
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const t = lines[i].text;
    const s = COVER_SUBJECT.exec(t);
    if (s && !subject) subject = { text: s[1].trim(), line: i };
    const m = COVER_TO.exec(t);
    if (m && !to) to = m[1].trim();
    if (COVER_FROM.test(t)) from = true;
  }
  if (!subject || !(to || from)) return null;
  const meetingDate = to ? parseDate(to) : null;
  const committee = to
    ? to.split(/\s+[-–—]\s+|,\s*(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i)[0].trim() || null
    : null;
  return { title: subject.text, committee, meetingDate, line: subject.line };
}
