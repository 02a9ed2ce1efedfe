// Item sections (DOM) → an AgendaItem (data). The text inside each block goes through the shared
// extraction engine (utils/extract), so the overlay and the PDF/CLI path read wording the same way.
import type { AgendaItem, DocumentKind, Resolution } from '../types';
import type { analyseBlock } from '../extract';
import { isRoutineTitle } from '../extract/routine';
import type { ItemSections } from './item-sections';
import { blockText } from './text';

export interface ItemContext {
  meetingDate: string | null;
  /** What the page prints (minutes, decisions, agenda): the kind for the agenda text. */
  kind: DocumentKind;
}

/** "7." → "7", "Item 4:" → "4", "78/21" kept; empty → null. */
export function normaliseNumber(raw: string | null): string | null {
  const text = (raw ?? '')
    .replace(/^item\s*/i, '')
    .replace(/[.:)\s]+$/, '')
    .replace(/^\(/, '')
    .trim();
  return text && text.length <= 12 ? text : null;
}

function dedupe<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

const textOf = (els: Element[]) => els.map(blockText).filter(Boolean).join('\n');

/**
 * The extraction engine's block analyser, passed in rather than imported: the content script
 * reads the DOM and mounts cards with the small part of the parser, and loads the engine (the
 * larger part) as a separate module just before the idle analysis (utils/content/analysis-loader.ts).
 */
export type BlockAnalyser = typeof analyseBlock;

export interface LazyItem {
  /** The item as read from the DOM alone: number, title, documents, ids, routine. */
  item: AgendaItem;
  /** Fill in the text and what the extraction engine finds in it (mutates `item`). */
  analyse(analyseBlock: BlockAnalyser): void;
}

/**
 * Build the item in two steps: the cheap DOM read now, the text analysis when `analyse()` is
 * called (the overlay mounts cards first and analyses in idle time). Until then `text` is '' and
 * resolution / recommendation / actions / references are empty. The resolution comes from the
 * decision block first, then minutes, then agenda text; recommendations from the agenda text first.
 */
export function buildAgendaItemLazy(s: ItemSections, number: string | null, ctx: ItemContext): LazyItem {
  const item: AgendaItem = {
    number: normaliseNumber(number),
    printedNumber: number ? number.trim() || null : null,
    title: s.title,
    agendaItem: null,
    pages: null,
    text: '',
    resolution: null,
    recommendation: null,
    actions: [],
    references: [],
    documents: dedupe(s.documents, (d) => d.href),
    routine: isRoutineTitle(s.title),
    agendaItemId: s.agendaItemId,
    issueId: s.issueId,
  };
  const analyse = (analyseBlock: BlockAnalyser) => {
    const agenda = textOf(s.blocks.agenda);
    const decision = textOf(s.blocks.decision);
    const minutes = textOf(s.blocks.minutes);
    const fromDecision = decision ? analyseBlock(decision, { meetingDate: ctx.meetingDate, kind: 'decisions' }) : null;
    const fromMinutes = minutes ? analyseBlock(minutes, { meetingDate: ctx.meetingDate, kind: 'minutes' }) : null;
    const agendaKind: DocumentKind = decision || minutes ? ctx.kind : 'agenda';
    const fromAgenda = agenda ? analyseBlock(agenda, { meetingDate: ctx.meetingDate, kind: agendaKind }) : null;
    // A "Decision:" block is the decision as recorded, even when it has no "RESOLVED" wording.
    const printedDecision: Resolution | null = decision ? { text: decision, parts: [] } : null;
    const all = [fromDecision, fromMinutes, fromAgenda].filter((x) => x !== null);
    item.text = [agenda, decision, minutes].filter(Boolean).join('\n');
    item.resolution =
      fromDecision?.resolution ?? fromMinutes?.resolution ?? printedDecision ?? fromAgenda?.resolution ?? null;
    item.recommendation = fromAgenda?.recommendation ?? fromDecision?.recommendation ?? null;
    item.actions = dedupe(
      all.flatMap((r) => r.actions),
      (a) => a.text,
    );
    item.references = dedupe(
      all.flatMap((r) => r.references),
      (r) => r.text,
    );
  };
  return { item, analyse };
}
