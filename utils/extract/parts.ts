// Step 2: split one document into the meetings it holds. An agenda pack prints the agenda, then
// the previous meeting's minutes, then one report per item under an "Agenda Item N" header; an
// issue history prints one "Meeting: 20/09/2017 - Council (Item 52)" block per meeting. Only
// agenda and minutes regions are segmented into items; report regions feed recommendations.
import type { DocumentKind } from '../types';
import type { Line } from './normalise';
import { parseDate } from '../text/dates';

export interface Region {
  kind: DocumentKind;
  /** Lines [start, end) of this meeting's own text (header included). */
  start: number;
  end: number;
  /** Committee / date / item known from a separator line (issue histories). */
  committee: string | null;
  meetingDate: string | null;
  itemHint: string | null;
}

export interface ReportRegion {
  agendaItem: string;
  /** Set once an agenda item has taken this report's recommendation. */
  used?: boolean;
  start: number;
  end: number;
}

const MINUTES_HEADER =
  /^(?:(?:draft|confirmed|unconfirmed|signed)\s+)?minutes of (?:the |a |an )?(?:[\w'&,()-]+\s+){0,12}?(?:meeting|proceedings)\b|^minutes of .{0,120}\bheld\b/i;
const REPORT_HEADER = /^agenda item\s*(?:no\.?)?\s*:?\s*(\d{1,3}[a-z]?)\s*\.?$/i;
const ISSUE_MEETING =
  /^meeting\s*:\s*(\d{1,2}\/\d{1,2}\/\d{2,4})\s*[-–—]\s*(.+?)\s*(?:\((?:item|minute)\s*([\w/.]+)\))?\s*$/i;
const END_MARKER =
  /^(?:the meeting (?:ended|closed|finished|concluded|terminated|rose)\b|meeting (?:duration|ended|closed)\b|duration of (?:the )?meeting\b|signed\s*[.…_:]{2,}\s*(?:chair|$))/i;
/** The chair's signature line: "Chairman ....." or a "Chairman" heading, not "… signed by the" / "Chairman.". */
const SIGNATURE = /^(?:chairman|chairperson|chair|cathaoirleach)\s*(?:[.…_]{2,}.*|:?\s*)$/i;

function isEnd(lines: Line[], i: number): boolean {
  const l = lines[i];
  if (END_MARKER.test(l.text)) return true;
  if (!SIGNATURE.test(l.text)) return false;
  return /[.…_]{2,}/.test(l.text) || l.heading > 0 || l.bold || i >= lines.length - 4;
}
const AGENDA_HEADER =
  /^(?:agenda|agenda and (?:reports|papers)|summons(?: and agenda)?|notice of (?:the )?meeting|agenda frontsheet)\s*:?$/i;

function isMinutesHeader(lines: Line[], i: number): boolean {
  const t = lines[i].text;
  if (t.length > 300 || !MINUTES_HEADER.test(t)) return false;
  if (/\bPDF\b|\bto (?:confirm|approve|agree|sign)\b/i.test(t)) return false;
  const prev = lines[i - 1]?.text ?? '';
  if (/^\d{1,4}[a-z]?\.?$/.test(prev)) return false;
  // A real header stands out (heading, bold, capitals, a venue) or is followed by the attendance;
  // "Minutes of the meeting held on 14 September (Pages 5 - 10)" inside an agenda is an item's text.
  const l = lines[i];
  if (l.heading || l.bold || t === t.toUpperCase() || /\bheld (?:at|in)\b/i.test(t)) return true;
  for (let j = i + 1; j < Math.min(lines.length, i + 5); j++)
    if (/^(?:present|in attendance|members present|attendance)\b/i.test(lines[j].text)) return true;
  return false;
}

/** Regions of the document, in order. Always at least one. */
export function findRegions(lines: Line[], docKind: DocumentKind): { regions: Region[]; reports: ReportRegion[] } {
  const regions: Region[] = [];
  const reports: ReportRegion[] = [];
  let current: Region = {
    kind: docKind === 'agenda-pack' ? 'agenda' : docKind,
    start: 0,
    end: lines.length,
    committee: null,
    meetingDate: null,
    itemHint: null,
  };
  let report: ReportRegion | null = null;
  let seenMinutesHeader = false;
  let closed = false;
  const closeCurrent = (at: number) => {
    if (!closed) current.end = at;
    closed = true;
  };
  regions.push(current);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length > 200) continue;
    const rep = REPORT_HEADER.exec(t);
    if (rep && (docKind === 'agenda-pack' || docKind === 'agenda')) {
      if (report) report.end = i;
      closeCurrent(i);
      report = { agendaItem: rep[1], start: i + 1, end: lines.length };
      reports.push(report);
      continue;
    }
    const iss = ISSUE_MEETING.exec(t);
    if (iss) {
      if (regions.length === 1 && !closed && current.start === 0 && !current.meetingDate) {
        // The page header before the first "Meeting:" line holds only the issue title.
        current.end = i;
      } else closeCurrent(i);
      current = {
        kind: 'issue-history',
        start: i,
        end: lines.length,
        committee: iss[2],
        meetingDate: parseDate(iss[1]),
        itemHint: iss[3] ?? null,
      };
      regions.push(current);
      closed = false;
      continue;
    }
    // A second agenda after minutes or reports (packs printed back to back) starts a new meeting.
    if (
      (report || current.kind !== 'agenda' || closed) &&
      (docKind === 'agenda-pack' || docKind === 'agenda') &&
      AGENDA_HEADER.test(t) &&
      (lines[i].heading || lines[i].bold)
    ) {
      if (report) {
        report.end = i;
        report = null;
      }
      closeCurrent(i);
      let start = i;
      // Its committee / date header sits just above the "Agenda" heading.
      while (
        start > 0 &&
        i - start < 4 &&
        lines[start - 1].text.length < 200 &&
        !REPORT_HEADER.test(lines[start - 1].text)
      )
        start--;
      if (reports.length && reports[reports.length - 1].end > start) reports[reports.length - 1].end = start;
      current = { kind: 'agenda', start, end: lines.length, committee: null, meetingDate: null, itemHint: null };
      regions.push(current);
      closed = false;
      continue;
    }
    if (isMinutesHeader(lines, i)) {
      if (!seenMinutesHeader && i < 40 && regions.length === 1 && docKind !== 'agenda-pack' && docKind !== 'agenda') {
        seenMinutesHeader = true;
        continue;
      }
      seenMinutesHeader = true;
      if (report) {
        report.end = i;
        report = null;
      }
      closeCurrent(i);
      // The committee heading printed just above the minutes header belongs to the minutes.
      let start = i;
      while (
        start > 0 &&
        i - start < 2 &&
        lines[start - 1].text.length < 120 &&
        !/^\d/.test(lines[start - 1].text) &&
        (lines[start - 1].heading ||
          lines[start - 1].bold ||
          lines[start - 1].text === lines[start - 1].text.toUpperCase())
      )
        start--;
      if (regions[regions.length - 1].end > start) regions[regions.length - 1].end = start;
      current = { kind: 'minutes', start, end: lines.length, committee: null, meetingDate: null, itemHint: null };
      regions.push(current);
      closed = false;
      continue;
    }
    if (!closed && current.kind === 'minutes' && i > current.start + 3 && isEnd(lines, i)) closeCurrent(i + 1);
  }
  if (regions.length > 1 && regions[0].end - regions[0].start <= 0) regions.shift();
  return { regions: regions.filter((r) => r.end > r.start), reports };
}

export { AGENDA_HEADER, END_MARKER, REPORT_HEADER };
