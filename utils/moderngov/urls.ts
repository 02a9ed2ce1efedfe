// Every ModernGov URL Scrutineer reads or builds, in one place. Councils mount ModernGov under
// sub-paths (`/modernGov/`, `/mgov/`), so every URL is built against the "site" directory of a
// page we already have, never against the host root; ids are query parameters whose names vary
// in case and spelling (`MId`, `MID`, `MeetingId`), so reading them normalises once here.
// File names and parameters: ../shared/MODERNGOV.md; web-service shapes: section (c) there.
import { ukDate, utcDay } from '../text/days';

const ID_ALIASES: Record<string, string> = {
  mid: 'mid',
  meetingid: 'mid',
  cid: 'cid',
  committeeid: 'cid',
  id: 'id',
  aiid: 'aiid',
  iid: 'iid',
};

/** The ModernGov ids a URL carries: parameter names folded (`MID`, `MeetingId` → `mid`), values trimmed and lower-cased; `{}` when none. */
export function readModernGovIds(url: URL): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    const name = ID_ALIASES[key.toLowerCase()];
    if (name && value.trim()) ids[name] = value.trim().toLowerCase();
  }
  return ids;
}

/** The file name of a ModernGov URL, lower-cased (`ielistdocuments.aspx`); '' for a bare directory. */
export function modernGovFile(url: URL): string {
  return (url.pathname.split('/').pop() ?? '').toLowerCase();
}

/** The ModernGov "site" directory of a page (councils mount it under sub-paths). */
export function modernGovBase(pageUrl: string): string {
  return new URL('.', pageUrl).href;
}

const q = encodeURIComponent;
const at = (path: string, base: string) => new URL(path, base).href;

/** A meeting's page (ieListDocuments.aspx) on the site of `base`. */
export function meetingUrl(base: string, cid: string, mid: string): string {
  return at(`ieListDocuments.aspx?CId=${q(cid)}&MId=${q(mid)}`, base);
}

/** A committee's meetings list (ieListMeetings.aspx), the page backfill and reference lookups read. */
export function meetingsListUrl(base: string, cid: string): string {
  return at(`ieListMeetings.aspx?CId=${q(cid)}`, base);
}

/**
 * The meetings of a committee up to the end of ISO day `to`, latest first: the list's own "Earlier
 * meetings" link has this form (`Act=earlier&D=<yyyymmddhhmm>`; northnorthants ieListMeetings,
 * MODERNGOV.md; a Kingston listing, aifgi/council_cycle src/test/resources/BrowseMeetings.html),
 * so one request answers a reference to any date, however old.
 */
export function earlierMeetingsUrl(base: string, cid: string, to: string): string {
  return at(
    `ieListMeetings.aspx?CId=${q(cid)}&Act=earlier&D=${to.slice(0, 10).replace(/-/g, '')}2359&MD=ielistmeetings`,
    base,
  );
}

/** An issue's history page (mgIssueHistoryHome.aspx), listing every meeting the issue went to. */
export function issueHistoryUrl(base: string, iid: string): string {
  return at(`mgIssueHistoryHome.aspx?IId=${q(iid)}`, base);
}

/** The day-first form mgWebService.asmx expects (`03/04/2025`), for the UTC day of `d`. */
const webServiceDate = (d: Date) => ukDate(utcDay(d));

/**
 * mgWebService.asmx GetMeetings for a committee between two days. Jadu's client notes the server
 * needs both dates even though the WSDL marks them optional.
 */
export function webServiceMeetingsUrl(base: string, cid: string, from: Date, to: Date): string {
  return at(
    `mgWebService.asmx/GetMeetings?lCommitteeId=${q(cid)}&sFromDate=${webServiceDate(from)}&sToDate=${webServiceDate(to)}`,
    base,
  );
}

/** mgWebService.asmx GetMeeting: one meeting with its items and minutes, as XML. */
export function webServiceMeetingUrl(base: string, mid: string): string {
  return at(`mgWebService.asmx/GetMeeting?lMeetingId=${q(mid)}`, base);
}

/** The page at an agenda item: `#AI<id>` where ModernGov gives the item an id, else the page without a fragment. */
export function itemAnchorUrl(pageUrl: string, agendaItemId: string | null): string {
  const url = new URL(pageUrl);
  url.hash = agendaItemId ? `AI${agendaItemId}` : '';
  return url.href;
}
