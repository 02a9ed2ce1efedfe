// One agenda item's body, split into what ModernGov prints in order: the title, the agenda text,
// "Decision:", "Minutes:" and document lists, plus the issue / decision links. Section titles are
// recognised by class (`p.mgSubItemTitleTxt`) or, on templates that drop the classes, by their text.
import type { DocumentLink } from '../types';
import {
  ACTION_LIST,
  AI_ANCHOR,
  AI_TITLE,
  AI_TITLE_LINK,
  BULLET_LIST,
  SUB_ITEM_TITLE,
  SUB_SUB_TITLE,
  WORD_PARA,
} from '../moderngov/selectors';
import { isDocumentHref, readDocumentLink, safeHref } from './links';
import { hasText, inlineText, squash } from './text';

export type SectionName = 'agenda' | 'decision' | 'minutes' | 'documents';

export interface ItemSections {
  titleEl: Element | null;
  title: string;
  /** Body blocks per section, in page order (the overlay highlights inside these). */
  blocks: Record<Exclude<SectionName, 'documents'>, Element[]>;
  documents: DocumentLink[];
  agendaItemId: string | null;
  issueId: string | null;
}

const SECTION_LABEL =
  /^(decisions?|minutes?|additional documents|supporting documents|accompanying documents|documents|background papers)\s*:?$/i;
const HEADING = `${SUB_ITEM_TITLE}, ${SUB_SUB_TITLE}`;

/** Which section a "Decision:"-style label opens, or null when the element is not a label. */
export function sectionLabel(el: Element): SectionName | null {
  const heading = el.matches(HEADING);
  if (!heading && !/^(P|H3|H4|STRONG|B|DIV|SPAN)$/.test(el.tagName.toUpperCase())) return null;
  const text = squash(el.textContent ?? '');
  // Any other ModernGov sub-heading ("Purpose:", "Reasons for the decision:") is context, not the decision.
  if (!SECTION_LABEL.test(text)) return heading ? 'agenda' : null;
  if (/^decision/i.test(text)) return 'decision';
  if (/^minute/i.test(text)) return 'minutes';
  return 'documents';
}

const PARTS = `${HEADING}, ${WORD_PARA}, ${BULLET_LIST}, ${ACTION_LIST}`;

/** Top-level section parts inside `cell`, in document order; falls back to child elements. */
export function sectionParts(cell: Element): Element[] {
  const all = [...cell.querySelectorAll(PARTS)];
  // An ancestor inside `cell` matches PARTS exactly when querySelectorAll found it: a Set lookup
  // instead of `matches()` on every ancestor of every part.
  const matching = new Set<Element>(all);
  const nested = (el: Element): boolean => {
    for (let p = el.parentElement; p && p !== cell; p = p.parentElement) if (matching.has(p)) return true;
    return false;
  };
  const found = all.filter((el) => !nested(el));
  if (found.some((el) => el.matches(WORD_PARA))) return found;
  let children = [...cell.children];
  // A single wrapper div around everything: look inside it.
  while (children.length === 1 && children[0].children.length > 1 && children[0].tagName.toUpperCase() === 'DIV')
    children = [...children[0].children];
  return children;
}

function idFrom(href: string | null, key: RegExp): string | null {
  const m = href ? key.exec(href) : null;
  return m ? m[1] : null;
}

/** Agenda item id from `#AI<id>` anchors or links to mgAi / decision details in `scope`. */
export function findAgendaItemId(scope: Element): string | null {
  const anchor = scope.matches(AI_ANCHOR) ? scope : scope.querySelector(AI_ANCHOR);
  const fromAnchor = anchor ? /^AI(\d+)$/i.exec(anchor.getAttribute('id') ?? anchor.getAttribute('name') ?? '') : null;
  if (fromAnchor) return fromAnchor[1];
  for (const a of scope.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href');
    const id =
      idFrom(href, /mgAi\.aspx\?(?:.*&)?ID=(\d+)/i) ?? idFrom(href, /[?&]AIId=(\d+)/i) ?? idFrom(href, /#AI(\d+)$/i);
    if (id) return id;
  }
  return null;
}

/** Read one item body (`cell`: the title cell of a row, or a page's content area). */
export function readItemSections(cell: Element, base: URL, titleEl?: Element | null): ItemSections {
  const title = titleEl === undefined ? cell.querySelector(AI_TITLE) : titleEl;
  return readSections(sectionParts(cell), cell, base, title);
}

/** Read an item from its parts (in page order); `scope` is searched for `#AI` anchors. */
export function readSections(list: Element[], scope: Element, base: URL, title: Element | null): ItemSections {
  const result: ItemSections = {
    titleEl: title,
    title: inlineText(title),
    blocks: { agenda: [], decision: [], minutes: [] },
    documents: [],
    agendaItemId: findAgendaItemId(scope),
    issueId: null,
  };
  const titleLink = title?.querySelector(AI_TITLE_LINK);
  if (titleLink) {
    const doc = readDocumentLink(titleLink, base, 'report');
    if (doc && isDocumentHref(doc.href)) result.documents.push(doc);
  }
  let section: SectionName = 'agenda';
  for (const el of list) {
    if (title && (el === title || el.contains(title) || title.contains(el))) continue;
    const label = sectionLabel(el);
    if (label) {
      section = label;
      continue;
    }
    // Links to the issue and the decision first: after "Supporting documents:" any list would
    // otherwise be taken for documents (tests/unit/parser/samples.test.ts, meeting-table).
    if (el.matches(ACTION_LIST)) {
      for (const a of el.querySelectorAll('a[href]')) {
        const href = safeHref(a.getAttribute('href'), base);
        result.issueId ??= idFrom(href, /[?&]IId=(\d+)/i);
        result.agendaItemId ??= idFrom(href, /[?&]AIId=(\d+)/i);
      }
      continue;
    }
    if (el.matches(BULLET_LIST) || (section === 'documents' && el.tagName.toUpperCase() === 'UL')) {
      for (const a of el.querySelectorAll('a[href]')) {
        const doc = readDocumentLink(a, base);
        if (doc) result.documents.push(doc);
      }
      continue;
    }
    if (section === 'documents') continue;
    if (hasText(el)) result.blocks[section].push(el);
  }
  return result;
}
