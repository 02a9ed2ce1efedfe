// The extraction engine's public face: text of a council paper in, meetings with items, decisions,
// recommendations, follow-up actions and references out. The pipeline is normalise → kind and
// parts → segment items → analyse each item's body; every step is a pure function in its own
// module. Nothing here throws: a paper we cannot read yields fewer items, never an exception.
import type {
  Action,
  AgendaItem,
  DocumentKind,
  Extraction,
  Meeting,
  Recommendation,
  Reference,
  Resolution,
} from '../types';
import { findActions, type DueContext, type TriggerGate } from './actions';
import { triggerGate } from './action-hints';
import { readMeeting, readReportCover, detectKind, registerMeeting, topDate, type ReportCover } from './metadata';
import { blockLines, toLines, type InputFormat, type Line } from './normalise';
import { findRegions, type Region, type ReportRegion } from './parts';
import { findRecommendation, restatesDecision } from './recommendations';
import { findReferences, itemReferences } from './references';
import { findResolution, isProcedural, REMARK, type BodyLine } from './resolutions';
import { isRoutineTitle } from './routine';
import {
  DOC_LINK,
  ITEMS_HEADER,
  segmentBlocks,
  segmentByDecisions,
  segmentDecisionList,
  segmentIssueDecisions,
  segmentNumberedTable,
} from './blocks';
import { LEAD_NUMBER } from './numbering';
import { segmentByHeadings, segmentItems, type RawItem } from './segment';
import { rawItem } from './raw-item';
import { tidyTitle, titleScore } from './titles';
import { parseDate } from '../text/dates';

export { isRoutineTitle } from './routine';

export interface ExtractOptions {
  format?: InputFormat;
  fileName?: string;
}

function formatOf(opts?: ExtractOptions): InputFormat | undefined {
  if (opts?.format) return opts.format;
  const f = opts?.fileName?.toLowerCase() ?? '';
  if (/\.html?$/.test(f)) return 'html';
  if (/\.md$/.test(f)) return 'markdown';
  return undefined;
}

const toBody = (l: Line): BodyLine => ({ text: l.text, bullet: l.bullet, heading: l.heading > 0 || l.bold });

function analyse(body: BodyLine[], kind: DocumentKind, due: DueContext, gate?: TriggerGate) {
  const text = body.map((b) => (b.bullet ? '- ' : '') + b.text).join('\n');
  const decides = kind !== 'agenda' && kind !== 'report';
  const resolution = decides ? findResolution(body) : null;
  // Minutes pages print the agenda's own wording before "Minutes:": a proposal put to the meeting.
  const label =
    decides && kind !== 'unknown' ? body.findIndex((b) => /^(?:minutes|decisions?)\s*:?$/i.test(b.text)) : -1;
  const agendaPart = label >= 0 ? body.slice(0, label) : body;
  const proposed = findRecommendation(agendaPart);
  const recommendation = proposed && resolution && restatesDecision(proposed.text, resolution.text) ? null : proposed;
  const actions: Action[] = decides ? findActions(text, due, gate) : [];
  const references: Reference[] = findReferences(text, due.meetingDate);
  return { resolution, recommendation, actions, references };
}

/** "next meeting … to be held on Wednesday, 18 October 2017" printed in the minutes' notes. */
function nextMeetingDate(lines: Line[], r: Region): string | null {
  for (let i = r.start; i < Math.min(r.end, r.start + 60); i++) {
    const m = /\bnext meeting\b[^.]{0,80}?\b(?:held|be held|take place)\s+on\s+(.{6,60})/i.exec(lines[i].text);
    if (m) return parseDate(m[1]);
  }
  return null;
}

function issueTitleOf(lines: Line[]): string | null {
  for (const l of lines.slice(0, 10)) {
    // "Issue - meetings" / "Issue - decisions" are the page's heading, not the issue's title.
    if (/^issue\s*[-–—:]\s*(?:meetings|decisions|details|history)$/i.test(l.text)) continue;
    const m = /^issue\s*[-–—:]\s*(?:items? at meetings\s*[-–—:]\s*)?(.{3,150})$/i.exec(l.text);
    if (m) return m[1].trim();
    if (!/^(?:agenda item|issue|meetings?|decisions?|history|details|item)\b/i.test(l.text) && l.text.length < 150)
      return l.text;
  }
  return null;
}

/**
 * A numbered chain that is only paragraph numbering (3.1, 3.2 under an unnumbered item) or a single
 * number says little: an unnumbered reading of the page may be better.
 */
function weakChain(raws: RawItem[]): boolean {
  if (raws.length <= 1) return true;
  const majors = new Set(raws.map((r) => r.number?.major));
  // "21.5.1", "21.5.2" (year.month.item): three-level numbers that run on are a meeting's minutes.
  if (raws.every((r) => r.number && r.number.sub2 > 0)) return false;
  return majors.size === 1 && raws.every((r) => r.number && r.number.sub > 0 && !r.number.letterOnly);
}

/**
 * A single agenda item page (mgAi): "Agenda item", then its title — after whatever site chrome the
 * council prints above it ("Menu", "Council meetings"). A second "Agenda item" line means the title
 * was lost. Null when the region is not such a page.
 */
function singleItemPage(lines: Line[], r: Region, single: boolean): RawItem[] | null {
  if (!single) return null;
  for (let i = r.start; i < Math.min(r.end - 1, r.start + 12); i++) {
    if (!/^agenda item$/i.test(lines[i].text)) continue;
    let t = i + 1;
    while (t < r.end && /^agenda item$/i.test(lines[t].text)) t++;
    const next = lines[t];
    const titled = !!next && t === i + 1 && !/^(?:decisions?|minutes)\s*:?$/i.test(next.text) && next.text.length < 200;
    const title = titled ? tidyTitle(next.text).title : '';
    return [rawItem(i, r.end, { title, bodyStart: titled ? t + 1 : t })];
  }
  return null;
}

/**
 * "No. Item", then "Declarations of interest pdf icon PDF 41 KB", then "1." …: a row the listing
 * prints without a number, above its first numbered item, is an item too. So is a row with no link
 * that still has a row's own cells ("Available papers" / "The Members had before them: …" /
 * "Additional documents:").
 */
/** The labels ModernGov prints inside an item's row. */
const ROW_CELL = /^(?:additional documents|minutes|decisions?)\s*:\s*$/i;

function unnumberedLead(lines: Line[], r: Region, raws: RawItem[]): RawItem[] {
  const first = raws[0];
  if (!first?.number) return [];
  let header = -1;
  for (let i = r.start; i < first.start && header < 0; i++) if (ITEMS_HEADER.test(lines[i].text)) header = i;
  if (header < 0 || first.start - header > 12) return [];
  // Only a row with its report link or a row's own cell label ("Available papers" / … /
  // "Additional documents:"): a bare line there ("STANDARD ITEMS") heads a section.
  const linked = segmentBlocks(lines, header, first.start).items.filter(
    (it) => it.title && DOC_LINK.test(lines[it.start].text),
  );
  if (linked.length) return linked;
  const top = lines[header + 1];
  let cell = false;
  for (let i = header + 1; i < first.start && !cell; i++) cell = ROW_CELL.test(lines[i].text);
  // "1. Order of business" / "Additional documents:" / "1.1 …": a numbered section row, not an item.
  if (!cell || !top || ROW_CELL.test(top.text) || LEAD_NUMBER.test(top.text)) return [];
  if (top.text.length > 100 || /[.:;,]$/.test(top.text)) return [];
  if (titleScore(top.text) < 0) return [];
  return [rawItem(header + 1, first.start, { title: tidyTitle(top.text).title })];
}

/** Bold or markdown headings mark the titles themselves: the headings reading beats the plain-text one. */
function hasMarkedHeadings(lines: Line[], r: Region): boolean {
  let n = 0;
  for (let i = r.start; i < r.end && n < 2; i++)
    if ((lines[i].heading > 0 || lines[i].bold) && lines[i].text.length < 150) n++;
  return n >= 2;
}

function fallbackItems(lines: Line[], r: Region, single: boolean): RawItem[] {
  if (r.kind === 'issue-history' && /^meeting\s*:/i.test(lines[r.start]?.text ?? '')) {
    // "Meeting: 08/02/2007 - Cabinet (Item 1)" then the item's title, then its sections.
    const next = lines[r.start + 1];
    const titled =
      !!next &&
      r.start + 1 < r.end &&
      titleScore(next.text) >= 0 &&
      !/^(?:additional documents|decisions?|minutes)\s*:?$/i.test(next.text);
    const title = titled ? tidyTitle(next.text).title : '';
    return [
      {
        number: null,
        title,
        agendaItem: r.itemHint,
        pages: null,
        start: r.start,
        bodyStart: r.start + (titled ? 2 : 1),
        inlineBody: '',
        end: r.end,
      },
    ];
  }
  if (r.kind === 'decision-record') {
    let title = '';
    for (let i = r.start; i < Math.min(r.end, r.start + 15); i++) {
      const t = lines[i].text;
      if (/^(?:decisions?(?: taken| made)?|reasons? for (?:the )?decisions?)$/i.test(t)) break;
      if (/^(?:decision details|record of decision|decision notice)$/i.test(t) || /:/.test(t) || t.length > 150)
        continue;
      title = t;
      break;
    }
    return [rawItem(r.start, r.end, { title, bodyStart: r.start })];
  }
  const headed = segmentByHeadings(
    lines,
    r.start,
    r.end,
    (t) => /^(?:present|apologies|in attendance|also present|officers|minutes|agenda)\b/i.test(t) && !isRoutineTitle(t),
  );
  if (headed.length || !single) return headed;
  // One item's page whose header was lost: its "Minutes:" / "Decision:" label still shows it.
  for (let i = r.start; i < Math.min(r.end, r.start + 40); i++) {
    if (/^(?:minutes|decisions?)\s*:?$/i.test(lines[i].text)) return [rawItem(r.start, r.end, { bodyStart: r.start })];
  }
  return [];
}

/** "Decision Maker: …", "Effective from: …", "Wards affected: …": the register's fields, not the decision. */
const FIELD = /^[A-Z][\w ()'’-]{1,40}:(?:\s|$)/;

/** The decision text of a register entry: its lines other than the labelled fields. */
function printedDecision(body: BodyLine[]): Resolution | null {
  // The paragraph between an entry's title and its first field ("To provide an update report on
  // …") says what the entry is about; the decision comes after the fields. An entry the page cut
  // off before its fields has no decision printed.
  const first = body.findIndex((b) => FIELD.test(b.text));
  if (first < 0) return null;
  const text = body
    .slice(first)
    .filter((b) => !FIELD.test(b.text))
    .map((b) => b.text);
  // "Decision: None.": the register printed the field with nothing decided in it; "Cllr X advised
  // she will continue to attend …": a remark recorded in the field, not a decision.
  if (!text.length || isProcedural(text.join(' ')) || REMARK.test(text[0])) return null;
  return { text: text.join(' ').slice(0, 6000), parts: text.filter((t) => /^(?:\(?\d{1,2}[.)]|\(?[a-z]\))\s/.test(t)) };
}

function buildItem(
  raw: RawItem,
  lines: Line[],
  region: Region,
  reports: ReportRegion[],
  due: DueContext,
  issueTitle: string | null,
): AgendaItem {
  const body: BodyLine[] = [];
  // An inline body may hold several paragraphs (a table row rejoined from hard-wrapped lines).
  if (raw.inlineBody)
    for (const text of raw.inlineBody.split('\n')) if (text) body.push({ text, bullet: false, heading: false });
  for (let i = raw.bodyStart; i < raw.end; i++) body.push(toBody(lines[i]));
  const a = analyse(body, region.kind, due, triggerGate);
  if (raw.printedDecision && !a.resolution) a.resolution = printedDecision(body);
  const number = raw.number
    ? raw.number.label
    : region.itemHint && region.kind === 'issue-history'
      ? region.itemHint
      : null;
  let recommendation = a.recommendation;
  if (region.kind === 'agenda' && number) {
    const report = reports.find((r) => r.agendaItem === number && !r.used && r.start > region.start);
    if (report) {
      report.used = true;
      const rb: BodyLine[] = [];
      for (let i = report.start; i < report.end; i++) rb.push(toBody(lines[i]));
      recommendation = findRecommendation(rb) ?? recommendation;
    }
  }
  const title = raw.title || issueTitle || '';
  return {
    number,
    title,
    agendaItem: raw.agendaItem,
    pages: raw.pages,
    text: body
      .map((b) => b.text)
      .join('\n')
      .slice(0, 50_000),
    resolution: a.resolution,
    recommendation,
    actions: a.actions,
    references: itemReferences(title, a.references, due.meetingDate),
    documents: [],
    routine: isRoutineTitle(title),
    agendaItemId: null,
    issueId: null,
  };
}

/** A single committee report: one item, the report, with its recommendation. */
function reportPart(lines: Line[], cover: ReportCover): Meeting {
  const raw = rawItem(cover.line, lines.length, { title: tidyTitle(cover.title).title });
  const region: Region = {
    kind: 'report',
    start: 0,
    end: lines.length,
    committee: cover.committee,
    meetingDate: cover.meetingDate,
    itemHint: null,
  };
  const item = buildItem(raw, lines, region, [], { meetingDate: cover.meetingDate, nextMeetingDate: null }, null);
  return {
    kind: 'report',
    committee: cover.committee,
    meetingDate: cover.meetingDate,
    time: null,
    venue: null,
    status: null,
    items: [item],
    documents: [],
  };
}

function extract(input: string, opts?: ExtractOptions): Extraction {
  const lines = toLines(input, formatOf(opts));
  if (!lines.length) return { parts: [] };
  const docKind = detectKind(lines);
  const cover = docKind === 'agenda-pack' ? null : readReportCover(lines);
  if (cover) return { parts: [reportPart(lines, cover)] };
  const { regions, reports } = findRegions(lines, docKind);
  // Issue histories: the page title above the first "Meeting:" line names the issue.
  const issueTitle = docKind === 'issue-history' ? issueTitleOf(lines) : null;
  const parts: Meeting[] = [];
  for (const r of regions) {
    const issue = segmentIssueDecisions(lines, r.start, r.end);
    let raws = issue ? issue.items : segmentItems(lines, r.start, r.end, r.itemHint);
    // A markdown table with the numbers in its first column: the numbered reading cannot see them.
    const numberedTable = issue ? [] : segmentNumberedTable(lines, r.start, r.end);
    if (numberedTable.length > raws.length) raws = numberedTable;
    const page = !issue && weakChain(raws) ? singleItemPage(lines, r, regions.length === 1) : null;
    if (page) raws = page;
    else if (
      !issue &&
      weakChain(raws) &&
      r.kind !== 'issue-history' &&
      r.kind !== 'decision-record' &&
      !hasMarkedHeadings(lines, r)
    ) {
      const blocks = segmentBlocks(lines, r.start, r.end);
      if (blocks.items.length > raws.length && (blocks.header || raws.length === 0 || blocks.items.length >= 3))
        raws = blocks.items;
    }
    let register: ReturnType<typeof registerMeeting> = null;
    if (!issue && weakChain(raws)) {
      const entries = segmentDecisionList(lines, r.start, r.end);
      if (entries.length > raws.length) {
        raws = entries;
        register = registerMeeting(lines, r.start, r.end);
      }
    }
    if (!issue && raws.length <= 1 && r.kind !== 'issue-history' && r.kind !== 'decision-record' && !page) {
      // Every heading lost, but each item still ends in its "DECIDED:" line.
      const decided = segmentByDecisions(lines, r.start, r.end);
      if (decided.length > raws.length) raws = decided;
    }
    if (!raws.length) raws = fallbackItems(lines, r, regions.length === 1);
    raws = [...unnumberedLead(lines, r, raws), ...raws];
    // The meeting's name and date are printed above its first item. With several items and nothing
    // above them, the dates in the items' text are other meetings' (earlier minutes, the next meeting).
    const headerEnd =
      raws.length && raws[0].start > r.start + 1 ? raws[0].start : raws.length > 1 ? r.start + 1 : r.end;
    const meta = readMeeting(lines, r.start, headerEnd, r.kind, r.end);
    // No header above the first item: the paper's own heading may still open that item.
    const top =
      headerEnd <= r.start + 1 && !meta.meetingDate ? topDate(lines, r.start, Math.min(r.end, r.start + 12)) : null;
    const meetingDate = r.meetingDate ?? issue?.date ?? register?.date ?? meta.meetingDate ?? top;
    const due: DueContext = { meetingDate, nextMeetingDate: nextMeetingDate(lines, r) };
    const items = raws.map((raw) => buildItem(raw, lines, r, reports, due, issueTitle));
    datePreviousMeeting(items, meetingDate);
    parts.push({
      ...meta,
      kind: r.kind === 'unknown' ? 'minutes' : r.kind,
      committee: r.committee ?? meta.committee ?? register?.committee ?? null,
      meetingDate,
      items,
      documents: [],
    });
  }
  const withItems = parts.filter((p) => p.items.length);
  return { parts: withItems.length ? withItems : parts.slice(0, 1) };
}

/**
 * "Since the last meeting of Full Council" in one item, "the minutes of the meeting held on 14 July
 * 2022" in another: the last meeting is the one whose minutes this meeting confirms. When the
 * meeting's items name exactly one earlier meeting's minutes, undated mentions of the previous or
 * last meeting take its date.
 */
function datePreviousMeeting(items: AgendaItem[], meetingDate: string | null): void {
  const dates = new Set<string>();
  for (const it of items)
    for (const r of it.references)
      if (r.kind === 'minutes-of-meeting' && r.meetingDate && (!meetingDate || r.meetingDate < meetingDate))
        dates.add(r.meetingDate);
  if (dates.size !== 1) return;
  const [only] = dates;
  for (const it of items)
    for (const r of it.references)
      if (!r.meetingDate && /\b(?:previous|last|preceding)\b/i.test(r.text)) r.meetingDate = only;
}

/** Any council paper → meetings with items. Never throws. */
export function extractDocument(input: string, opts?: ExtractOptions): Extraction {
  try {
    return extract(input, opts);
  } catch {
    return { parts: [] };
  }
}

/**
 * The text of one item's "Minutes:"/"Decision:" block (the in-page overlay) → its decision,
 * recommendation, actions and references. Never throws.
 */
export function analyseBlock(
  text: string,
  ctx: { meetingDate: string | null; kind: DocumentKind },
): {
  resolution: Resolution | null;
  recommendation: Recommendation | null;
  actions: Action[];
  references: Reference[];
} {
  try {
    const body = blockLines(text).map(toBody);
    const result = analyse(body, ctx.kind, { meetingDate: ctx.meetingDate, nextMeetingDate: null });
    // A "Decision:" block on a decision page is the decision itself, marker or not.
    if (!result.resolution && body.length && (ctx.kind === 'decisions' || ctx.kind === 'decision-record')) {
      const all = body.map((b) => b.text);
      if (isProcedural(all.join(' '))) return result;
      result.resolution = {
        text: all.join(' ').slice(0, 6000),
        parts: all.filter((t) => /^(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\(?\d{1,2}[.)])\s/i.test(t)),
      };
    }
    return result;
  } catch {
    return { resolution: null, recommendation: null, actions: [], references: [] };
  }
}
