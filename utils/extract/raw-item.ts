// One constructor for the items readers find by title or position (unnumbered blocks, decision
// registers, single-item pages), so each says only what differs from the default.
import type { RawItem } from './segment';

/**
 * An item found by its title or position rather than a number: no number, report or page range
 * unless given, its body on the line after its first.
 */
export function rawItem(start: number, end: number, fields: Partial<RawItem> = {}): RawItem {
  return {
    number: null,
    title: '',
    agendaItem: null,
    pages: null,
    start,
    bodyStart: start + 1,
    inlineBody: '',
    end,
    ...fields,
  };
}
