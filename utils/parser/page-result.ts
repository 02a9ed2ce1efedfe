// What a reader returns: the plain-data page, plus (for the overlay only) where each item stands
// in the DOM it was read from. Index i of `anchors` belongs to `page.meeting.items[i]`.
import type { ParsedPage } from '../types';

export interface ItemAnchor {
  /** Element the item's card is placed against. */
  anchor: Element;
  /** `first`: inside `anchor`, before its content; `after`: right after `anchor`. */
  place: 'first' | 'after';
  /** Blocks holding the item's decision / minutes text (where resolutions are highlighted). */
  blocks: Element[];
}

export interface PageRead {
  page: ParsedPage;
  anchors: ItemAnchor[];
}
