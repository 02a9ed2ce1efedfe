// Single agenda item (mgAi.aspx?ID=): the item title line ("117 <a>Title</a>"), "Meeting:" and
// "Venue:" labels, the item body, "Supporting documents:".
// Sample pages: the demo site's mgAi page (tests/unit/parser/golden.test.ts); no real mgAi.aspx
// markup has been saved anywhere we can reach (../shared/MODERNGOV.md), so its shape is inferred.
import type { Meeting } from '../types';
import { CONTENT, AI_TITLE, MEETING_TITLE, PAGE_HEADING, firstMatch } from '../moderngov/selectors';
import { buildAgendaItemLazy, type BlockAnalyser } from './build-item';
import { readSections, sectionParts } from './item-sections';
import { labelValue } from './meeting-header';
import { readMeetingRef } from './meeting-ref';
import type { ItemAnchor } from './page-result';
import { inlineText } from './text';

export function readAgendaItemPage(
  root: Element,
  url: URL,
): {
  heading: string | null;
  meeting: Meeting;
  anchors: ItemAnchor[];
  pending: Array<(analyseBlock: BlockAnalyser) => void>;
} | null {
  const content = root.querySelector(CONTENT) ?? root;
  const titleEl = content.querySelector(AI_TITLE) ?? firstMatch(content, MEETING_TITLE);
  if (!titleEl) return null;
  const headingEl = firstMatch(root, PAGE_HEADING);
  const ref = readMeetingRef(labelValue(content, /^meeting/i) ?? '');
  const line = inlineText(titleEl);
  const numbered = /^(\d+[a-z]?(?:[./]\d+)?\.?)\s+(.+)$/i.exec(line);
  const sections = readSections(sectionParts(content), root, url, titleEl);
  const subTitle = firstMatch(content, MEETING_TITLE);
  sections.title = numbered ? numbered[2] : line || (subTitle ? inlineText(subTitle) : '');
  sections.agendaItemId ??= url.searchParams.get('ID') ?? url.searchParams.get('id');
  const kind = sections.blocks.minutes.length ? 'minutes' : sections.blocks.decision.length ? 'decisions' : 'agenda';
  const { item, analyse } = buildAgendaItemLazy(sections, numbered ? numbered[1] : ref.itemNumber, {
    meetingDate: ref.meetingDate,
    kind,
  });
  return {
    heading: headingEl ? inlineText(headingEl) : null,
    meeting: {
      kind,
      committee: ref.committee,
      meetingDate: ref.meetingDate,
      time: /\b(\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)/i.exec(labelValue(content, /^meeting/i) ?? '')?.[1] ?? null,
      venue: labelValue(content, /^venue/i),
      status: null,
      items: [item],
      documents: [],
    },
    pending: [analyse],
    anchors: [{ anchor: titleEl, place: 'after', blocks: [...sections.blocks.decision, ...sections.blocks.minutes] }],
  };
}
