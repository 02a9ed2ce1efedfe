// Meeting page (ieListDocuments.aspx): header, meeting documents and one item per table row.
// Sample pages: tests/unit/parser/fixtures.ts F_MEETING, F_MEETING_BARE, F_CANCELLED, F_NO_ITEMS;
// demo site meeting pages (golden tests).
import type { DocumentKind, Meeting } from '../types';
import { AI_TITLE, ITEM_NUMBER_CELL, ITEM_TABLE } from '../moderngov/selectors';
import { buildAgendaItemLazy } from './build-item';
import { readItemSections } from './item-sections';
import { readMeetingDocuments, readMeetingHeader } from './meeting-header';
import type { ItemAnchor } from './page-result';
import { inlineText } from './text';

export interface ItemRow {
  row: Element;
  numberCell: Element | null;
  bodyCell: Element;
}

/** Rows of the items table that carry an item (header rows and nested Word tables excluded). */
export function findItemRows(root: Element): { table: Element | null; rows: ItemRow[] } {
  for (const selector of ITEM_TABLE) {
    for (const table of root.querySelectorAll(selector)) {
      if (table.parentElement?.closest('table')) continue;
      const rows: ItemRow[] = [];
      for (const row of table.querySelectorAll('tr')) {
        if (row.closest('table') !== table) continue;
        const cells = [...row.children].filter((c) => c.tagName.toUpperCase() === 'TD');
        if (cells.length < 2) continue;
        const numbered = cells[0].matches(ITEM_NUMBER_CELL) || !!cells[0].querySelector(AI_TITLE);
        if (!numbered || !cells[1].querySelector(AI_TITLE)) continue;
        rows.push({ row, numberCell: cells[0], bodyCell: cells[1] });
      }
      if (rows.length) return { table, rows };
    }
  }
  return { table: null, rows: [] };
}

/** "Agenda, decisions and minutes" → minutes; "Agenda and decisions" → decisions; "Agenda" → agenda. */
export function meetingKind(heading: string | null): DocumentKind {
  const h = (heading ?? '').toLowerCase();
  if (h.includes('minutes')) return 'minutes';
  if (h.includes('decision')) return 'decisions';
  if (h.includes('agenda')) return 'agenda';
  return 'unknown';
}

export function readMeetingPage(root: Element, url: URL): { heading: string | null; meeting: Meeting; anchors: ItemAnchor[]; pending: Array<() => void> } | null {
  const header = readMeetingHeader(root);
  const { table, rows } = findItemRows(root);
  // Without a dated title line or item rows this is not a meeting page we can read.
  if (!rows.length && !header.meetingDate) return null;
  const kind = meetingKind(header.heading);
  const anchors: ItemAnchor[] = [];
  const pending: Array<() => void> = [];
  const items = rows.map(({ numberCell, bodyCell }) => {
    const sections = readItemSections(bodyCell, url);
    if (numberCell) sections.agendaItemId ??= readItemSections(numberCell, url, null).agendaItemId;
    anchors.push({ anchor: bodyCell, place: 'first', blocks: [...sections.blocks.decision, ...sections.blocks.minutes] });
    const lazy = buildAgendaItemLazy(sections, numberCell ? inlineText(numberCell) : null, { meetingDate: header.meetingDate, kind });
    pending.push(lazy.analyse);
    return lazy.item;
  });
  const meeting: Meeting = {
    kind,
    committee: header.committee,
    meetingDate: header.meetingDate,
    time: header.time,
    venue: header.venue,
    status: header.status,
    items,
    documents: readMeetingDocuments(root, table, url),
  };
  return { heading: header.heading, meeting, anchors, pending };
}
