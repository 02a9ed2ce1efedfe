// Reading what a check fetched, in the background. A MV3 service worker has no DOMParser, so
// linkedom's stands in there (Firefox's MV2 background page has its own); the readers are the
// same pure functions the content script and backfill use, so a checked meeting is read exactly
// as a viewed one.
import { DOMParser as LinkedomParser } from 'linkedom';
import { createParsedPage } from '../parser';
import { readMeetingList } from '../related/list-meetings';
import type { ListedMeeting } from '../related/types';
import { readGetMeeting, readGetMeetings } from '../related/web-service';
import type { ParsedPage } from '../types';

/** Install a DOMParser where the global scope has none (the service worker); web-service.ts needs the global. */
export function ensureDomParser(): void {
  const g = globalThis as { DOMParser?: unknown };
  g.DOMParser ??= LinkedomParser;
}

/** Always linkedom's parser, wherever this runs, so what a check reads is the same in every build and in tests. */
function parse(text: string, type: 'text/html' | 'text/xml'): Document {
  ensureDomParser();
  return new LinkedomParser().parseFromString(text, type) as unknown as Document;
}

/** GetMeetings XML → meetings; null when the web service answered with nothing usable (count only, not XML). */
export function readWsList(text: string, base: string, cid: string): ListedMeeting[] | null {
  try {
    const read = readGetMeetings(parse(text, 'text/xml'), base, cid);
    return read.meetings.length ? read.meetings : null;
  } catch {
    return null;
  }
}

/** ieListMeetings.aspx HTML → meetings (an empty list for a page that is not one). */
export function readHtmlList(text: string, url: string): ListedMeeting[] {
  try {
    return readMeetingList(parse(text, 'text/html'), new URL(url)).meetings;
  } catch {
    return [];
  }
}

/** A meeting, from GetMeeting XML or its ieListDocuments page; null when unreadable. */
export function readMeeting(
  text: string,
  source: 'ws' | 'html',
  meetingUrl: string,
  committee: string | null,
): ParsedPage | null {
  try {
    const page =
      source === 'ws'
        ? readGetMeeting(parse(text, 'text/xml'), meetingUrl, committee)
        : createParsedPage(parse(text, 'text/html'), new URL(meetingUrl));
    if (!page || page.pageKind !== 'meeting') return null;
    page.meeting.committee ??= committee;
    return page;
  } catch {
    return null;
  }
}
