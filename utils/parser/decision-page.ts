// Decision details (ieDecisionDetails.aspx): title, "Decision Maker:", status, "Decision:" and
// "Reasons for the decision:" sections, dates, "Decided at meeting: dd/mm/yyyy - Committee".
// Sample pages: decision-details in tests/unit/moderngov/markup.ts (selector evidence); the demo
// site's decision page (tests/unit/parser/golden.test.ts).
import type { Meeting } from '../types';
import { parseDate } from '../text/dates';
import { CONTENT, SUB_TITLE_BLOCK, MEETING_TITLE, PAGE_HEADING, firstMatch } from '../moderngov/selectors';
import { buildAgendaItemLazy, type BlockAnalyser } from './build-item';
import { readSections, sectionParts } from './item-sections';
import { labelValue } from './meeting-header';
import { readMeetingRef } from './meeting-ref';
import type { ItemAnchor } from './page-result';
import { inlineText } from './text';

export function readDecisionPage(
  root: Element,
  url: URL,
): {
  heading: string | null;
  meeting: Meeting;
  anchors: ItemAnchor[];
  pending: Array<(analyseBlock: BlockAnalyser) => void>;
} | null {
  const content = root.querySelector(CONTENT) ?? root;
  const titleEl = firstMatch(content, MEETING_TITLE);
  const headingEl = firstMatch(root, PAGE_HEADING);
  const sections = readSections(sectionParts(content), root, url, titleEl);
  // No title and no decision text: not a decision page we can read.
  if (!titleEl || !sections.blocks.decision.length) return null;
  const ref = readMeetingRef(labelValue(content, /^decided at meeting/i) ?? '');
  const meetingDate = parseDate(labelValue(content, /^date of decision/i) ?? '') ?? ref.meetingDate;
  const aiid = url.searchParams.get('AIId') ?? url.searchParams.get('aiid');
  if (aiid) sections.agendaItemId ??= aiid;
  const { item, analyse } = buildAgendaItemLazy(sections, ref.itemNumber, { meetingDate, kind: 'decision-record' });
  return {
    heading: headingEl ? inlineText(headingEl) : null,
    meeting: {
      kind: 'decision-record',
      committee: labelValue(content, /^decision maker/i) ?? ref.committee,
      meetingDate,
      time: null,
      venue: null,
      status: null,
      items: [item],
      documents: [],
    },
    pending: [analyse],
    anchors: [
      { anchor: titleEl.closest(SUB_TITLE_BLOCK) ?? titleEl, place: 'after', blocks: sections.blocks.decision },
    ],
  };
}
