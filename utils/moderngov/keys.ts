// Keys that survive URL variants: ModernGov links the same meeting as `MId=`, `MID=`,
// `MeetingId=`, with or without `Ver=4`, `bcr=1`, a sub-path or a `#AI` fragment. A key is the
// council host plus the kind plus one id, lower-cased and trimmed here and nowhere else, never
// the raw URL. One function per kind; every stored key (follow-ups' page keys and dedupe keys,
// the related index's meetings, items, issues and backfill jobs) is built by one of them.
import { modernGovFile, readModernGovIds } from './urls';

const norm = (s: string) => s.trim().toLowerCase();

/** `host|meeting|<mid>`: a meeting (its CId is redundant and sometimes missing). */
export function meetingKey(host: string, mid: string): string {
  return `${norm(host)}|meeting|${norm(mid)}`;
}

/** `host|item|<agenda item id>`: the same from mgAi.aspx?ID=, ieDecisionDetails.aspx?AIId= and `#AI<id>`. */
export function itemKey(host: string, agendaItemId: string): string {
  return `${norm(host)}|item|${norm(agendaItemId)}`;
}

/** `host|issue|<iid>`: an issue, whichever issue view (history, details, decision) is open. */
export function issueKey(host: string, iid: string): string {
  return `${norm(host)}|issue|${norm(iid)}`;
}

/** `host|decision|<id>`: a decision page without an agenda item id. */
export function decisionKey(host: string, id: string): string {
  return `${norm(host)}|decision|${norm(id)}`;
}

/** `host|committee|<cid>`: a committee (one backfill job per committee). */
export function committeeKey(host: string, cid: string): string {
  return `${norm(host)}|committee|${norm(cid)}`;
}

/** True when `key` was made by meetingKey (a page key may name an item, an issue or a bare page). */
export function isMeetingKey(key: string): boolean {
  return key.split('|')[1] === 'meeting';
}

/**
 * The key of the page a URL names: a meeting by its MId, an agenda item by its id, an issue by
 * its IId. A page with none of those is keyed `host|file|sorted ids`, which is stable but
 * matches nothing else.
 */
export function pageKey(url: URL): string {
  const ids = readModernGovIds(url);
  const file = modernGovFile(url);
  if (file === 'ielistdocuments.aspx' && ids.mid) return meetingKey(url.host, ids.mid);
  if (file === 'mgai.aspx' && ids.id) return itemKey(url.host, ids.id);
  if (file === 'iedecisiondetails.aspx') {
    if (ids.aiid) return itemKey(url.host, ids.aiid);
    if (ids.id) return decisionKey(url.host, ids.id);
  }
  if (ids.iid) return issueKey(url.host, ids.iid);
  const rest = Object.keys(ids)
    .sort()
    .map((k) => `${k}=${ids[k]}`)
    .join('&');
  return `${norm(url.host)}|${file}|${rest}`;
}

/**
 * The key of a meeting page without an MId (a council's own route to a meeting): its lower-cased
 * path and query. Matches no other page, but keeps the meeting's items together.
 */
export function pageOnlyMeetingKey(url: URL): string {
  return `${norm(url.host)}|page|${url.pathname.toLowerCase()}${url.search.toLowerCase()}`;
}
