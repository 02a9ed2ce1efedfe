// Issue pages (ieIssueDetails.aspx Opt=3, mgIssueHistoryHome.aspx, mgDecisionDetails.aspx): the
// same matter at several meetings. Each entry is a "Meeting: dd/mm/yyyy - Committee (Item N)"
// line (or a "dd/mm/yyyy - Title" line) followed by the item title and its Decision:/Minutes:.
// Sample pages: the demo site's issue pages (tests/unit/parser/golden.test.ts); no real issue-page
// markup has been saved anywhere we can reach (../shared/MODERNGOV.md), so its shape is inferred.
import type { AgendaItem, IssueHistoryEntry, Meeting } from '../types';
import { CONTENT, AI_TITLE, MEETING_TITLE, PAGE_HEADING, firstMatch } from '../moderngov/selectors';
import { buildAgendaItemLazy, type BlockAnalyser } from './build-item';
import { readSections, sectionParts } from './item-sections';
import { safeHref } from './links';
import { readMeetingRef, type MeetingRef } from './meeting-ref';
import type { ItemAnchor } from './page-result';
import { inlineText } from './text';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the global.
const isAfter = (a: Element, b: Element) => (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
const REF_LINE = /^(meeting\s*:|\d{1,2}\/\d{1,2}\/\d{4}\s+[-–—]\s)/i;

interface Entry {
  ref: MeetingRef;
  refEl: Element | null;
  title: Element;
}

function entries(content: Element): Entry[] {
  const out: Entry[] = [];
  let pending: { ref: MeetingRef; el: Element } | null = null;
  // "Meeting:" lines are p.mgAiTitleTxt (issue home) or h2.mgSubTitleTxt (issue - meetings).
  for (const el of content.querySelectorAll(`${AI_TITLE}, ${MEETING_TITLE[0]}`)) {
    const text = inlineText(el);
    if (REF_LINE.test(text)) {
      pending = { ref: readMeetingRef(text), el };
      continue;
    }
    if (!el.matches(AI_TITLE)) continue;
    out.push({
      ref: pending?.ref ?? { meetingDate: null, committee: null, itemNumber: null },
      refEl: pending?.el ?? null,
      title: el,
    });
    pending = null;
  }
  return out;
}

function meetingHref(scope: Element[], base: URL): string | null {
  for (const el of scope) {
    for (const a of el.matches('a[href]') ? [el] : el.querySelectorAll('a[href]')) {
      const href = safeHref(a.getAttribute('href'), base);
      if (href && /ielistdocuments\.aspx|mgai\.aspx/i.test(href)) return href;
    }
  }
  return null;
}

export function readIssuePage(
  root: Element,
  url: URL,
): {
  heading: string | null;
  meeting: Meeting;
  anchors: ItemAnchor[];
  history: IssueHistoryEntry[];
  pending: Array<(analyseBlock: BlockAnalyser) => void>;
} | null {
  const content = root.querySelector(CONTENT) ?? root;
  const list = entries(content);
  const subTitle = firstMatch(content, MEETING_TITLE);
  if (!list.length && !subTitle) return null;
  const parts = sectionParts(content);
  const items: AgendaItem[] = [];
  const anchors: ItemAnchor[] = [];
  const history: IssueHistoryEntry[] = [];
  const pending: Array<(analyseBlock: BlockAnalyser) => void> = [];
  list.forEach((entry, i) => {
    const next = list[i + 1];
    const stop = next ? (next.refEl ?? next.title) : null;
    const own = parts.filter((p) => isAfter(entry.title, p) && (!stop || isAfter(p, stop)));
    const links = [...content.querySelectorAll('a[href]')].filter(
      (a) => entry.title.contains(a) || (isAfter(entry.title, a) && (!stop || isAfter(a, stop))),
    );
    const sections = readSections(own, entry.title, url, entry.title);
    sections.agendaItemId ??=
      links.map((a) => /#AI(\d+)$/i.exec(a.getAttribute('href') ?? '')?.[1]).find(Boolean) ?? null;
    const line = inlineText(entry.title);
    const numbered = /^(?:item\s*)?(\d+[a-z]?(?:[./]\d+)?[.:]?)\s*(\D.*)$/i.exec(line);
    sections.title = numbered ? numbered[2] : line;
    const { item, analyse } = buildAgendaItemLazy(sections, numbered ? numbered[1] : entry.ref.itemNumber, {
      meetingDate: entry.ref.meetingDate,
      kind: 'issue-history',
    });
    items.push(item);
    anchors.push({
      anchor: entry.title,
      place: 'after',
      blocks: [...sections.blocks.decision, ...sections.blocks.minutes],
    });
    const entryOut: IssueHistoryEntry = {
      meetingDate: entry.ref.meetingDate,
      committee: entry.ref.committee,
      itemNumber: item.number,
      title: item.title,
      href: meetingHref([entry.title, ...links, ...(entry.refEl ? [entry.refEl] : [])], url) ?? url.href,
      decision: null,
    };
    history.push(entryOut);
    pending.push((analyseBlock) => {
      analyse(analyseBlock);
      entryOut.decision = item.resolution?.text ?? null;
    });
  });
  const headingEl = firstMatch(root, PAGE_HEADING);
  return {
    heading: headingEl ? inlineText(headingEl) : null,
    meeting: {
      kind: 'issue-history',
      committee: null,
      meetingDate: null,
      time: null,
      venue: null,
      status: null,
      items,
      documents: [],
    },
    anchors,
    history,
    pending,
  };
}
