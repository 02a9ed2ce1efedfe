// The top of a meeting page: heading, "<Committee> - <Weekday>, <date> <time>", venue, status
// and the meeting-level documents (agenda frontsheet, printed minutes …).
import type { DocumentLink, Meeting } from '../types';
import { parseDate } from '../text/dates';
import { LABEL, MEETING_DOC_LINKS, MEETING_TITLE, PAGE_HEADING, firstMatch } from '../moderngov/selectors';
import { isDocumentHref, readDocumentLink } from './links';
import { inlineText, squash } from './text';

export interface MeetingHeader {
  heading: string | null;
  committee: string | null;
  meetingDate: string | null;
  time: string | null;
  venue: string | null;
  status: Meeting['status'];
}

const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** Split "Cabinet - Wednesday, 27th September, 2017 10.00 am, CANCELLED". */
export function readTitleLine(line: string): Pick<MeetingHeader, 'committee' | 'meetingDate' | 'time'> {
  const text = squash(line);
  const meetingDate = parseDate(text);
  const time = /\b(\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)/i.exec(text)?.[1] ?? null;
  // The committee is what stands before the " - " that precedes the weekday or the date.
  const dash = text.search(/\s[-–—]\s(?=.*(?:\d{4}|day\b))/);
  const committee = dash > 0 ? text.slice(0, dash).trim() : meetingDate || WEEKDAY.test(text) ? null : text || null;
  return { committee, meetingDate, time };
}

/** Text after a `span.mgLabel` whose label matches `name` ("Venue:"), in the same parent. */
export function labelValue(root: ParentNode, name: RegExp): string | null {
  for (const label of root.querySelectorAll(LABEL)) {
    if (!name.test(squash(label.textContent ?? ''))) continue;
    const parent = label.parentElement;
    const own = parent ? squash((parent.textContent ?? '').replace(label.textContent ?? '', '')) : '';
    if (own) return own;
    const next = label.nextElementSibling ?? parent?.nextElementSibling;
    if (next) return inlineText(next) || null;
  }
  return null;
}

export function readMeetingHeader(root: Element): MeetingHeader {
  const headingEl = firstMatch(root, PAGE_HEADING);
  const titleEl = firstMatch(root, MEETING_TITLE);
  const heading = headingEl ? inlineText(headingEl) || null : null;
  const titleLine = titleEl ? inlineText(titleEl) : '';
  const status = /\bcancell?ed\b/i.test(`${titleLine} ${heading ?? ''}`)
    ? 'cancelled'
    : /\bdraft\b/i.test(heading ?? '')
      ? 'draft'
      : null;
  return {
    heading,
    ...readTitleLine(titleLine),
    venue: labelValue(root, /^venue/i),
    status,
  };
}

/** Meeting-level documents: document links outside the items table. */
export function readMeetingDocuments(root: Element, itemTable: Element | null, base: URL): DocumentLink[] {
  const out: DocumentLink[] = [];
  const seen = new Set<string>();
  for (const selector of MEETING_DOC_LINKS) {
    for (const a of root.querySelectorAll(selector)) {
      if (itemTable?.contains(a)) continue;
      const doc = readDocumentLink(a, base);
      if (!doc || !isDocumentHref(doc.href) || seen.has(doc.href)) continue;
      seen.add(doc.href);
      out.push(doc);
    }
  }
  return out;
}
