// Meeting page (ieListDocuments.aspx): header, meeting documents and one item per table row.
// Sample pages: meeting-table and meeting-bare in tests/unit/moderngov/markup.ts (read in
// tests/unit/parser/samples.test.ts); the demo site's meeting pages (golden tests).
import type { DocumentKind, Meeting } from '../types';
import { AI_TITLE, ITEM_NUMBER_CELL, ITEM_TABLE } from '../moderngov/selectors';
import { buildAgendaItemLazy, type BlockAnalyser } from './build-item';
import { findAgendaItemId, readItemSections } from './item-sections';
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

export function readMeetingPage(
  root: Element,
  url: URL,
): {
  heading: string | null;
  meeting: Meeting;
  anchors: ItemAnchor[];
  pending: Array<(analyseBlock: BlockAnalyser) => void>;
} | null {
  const header = readMeetingHeader(root);
  const { table, rows } = findItemRows(root);
  // Without a dated title line or item rows this is not a meeting page we can read.
  if (!rows.length && !header.meetingDate) return null;
  const kind = meetingKind(header.heading);
  const anchors: ItemAnchor[] = [];
  const pending: Array<(analyseBlock: BlockAnalyser) => void> = [];
  // Now: what a card needs to appear (number, title, routine, agenda item id). Later, in
  // `pending`: the item's sections (documents, Decision:/Minutes: blocks) and their analysis.
  const empty = { agenda: [], decision: [], minutes: [] };
  const items = rows.map(({ numberCell, bodyCell }) => {
    const titleEl = bodyCell.querySelector(AI_TITLE);
    const number = numberCell ? inlineText(numberCell) : null;
    const anchor: ItemAnchor = { anchor: bodyCell, place: 'first', blocks: [] };
    anchors.push(anchor);
    const agendaItemId = findAgendaItemId(bodyCell) ?? (numberCell ? findAgendaItemId(numberCell) : null);
    const ctx = { meetingDate: header.meetingDate, kind };
    const shell = buildAgendaItemLazy(
      { titleEl, title: inlineText(titleEl), blocks: empty, documents: [], agendaItemId, issueId: null },
      number,
      ctx,
    ).item;
    pending.push((analyseBlock) => {
      const sections = readItemSections(bodyCell, url, titleEl);
      if (numberCell) sections.agendaItemId ??= readItemSections(numberCell, url, null).agendaItemId;
      anchor.blocks.push(...sections.blocks.decision, ...sections.blocks.minutes);
      const full = buildAgendaItemLazy(sections, number, ctx);
      full.analyse(analyseBlock);
      Object.assign(shell, full.item);
    });
    return shell;
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
