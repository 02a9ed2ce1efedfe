// ParsedPage → index records. Pure: the same function runs on a viewed page, a backfilled one
// and a GetMeeting answer turned into a ParsedPage.
import { isRoutineTitle } from '../extract';
import { isMeetingKey, itemKey, meetingKey, pageKey, pageOnlyMeetingKey } from '../moderngov/keys';
import { itemAnchorUrl } from '../moderngov/urls';
import type { AgendaItem, ParsedPage } from '../types';
import { normaliseCommittee } from './text';
import type { IndexedItem, IndexedMeeting } from './types';

/** Item text kept in the index; longer minutes are cut (the search needs the gist, not everything). */
export const MAX_TEXT = 4000;

/** The key of the meeting a page belongs to, or null when the page is not one meeting's. */
export function meetingKeyOf(page: ParsedPage): string | null {
  const url = new URL(page.url);
  if (page.pageKind === 'meeting') {
    const key = pageKey(url);
    return isMeetingKey(key) ? key : pageOnlyMeetingKey(url);
  }
  if (page.ids.mid) return meetingKey(url.host, page.ids.mid);
  return null;
}

/** Key of one item: ModernGov's agenda item id where known (it survives URL variants). */
export function itemKeyOf(host: string, meeting: string, item: AgendaItem, position: number): string {
  return item.agendaItemId ? itemKey(host, item.agendaItemId) : `${meeting}#${position}`;
}

/** The page URL at the item (`#AI<id>`) without any existing fragment. */
export function itemHref(pageUrl: string, item: AgendaItem): string {
  return itemAnchorUrl(pageUrl, item.agendaItemId);
}

/** Meeting and item records for a meeting page; null for pages that are not one meeting. */
export function recordsFromPage(
  page: ParsedPage,
  source: IndexedMeeting['source'],
  now = new Date(),
): { meeting: IndexedMeeting; items: IndexedItem[] } | null {
  const key = meetingKeyOf(page);
  if (!key || page.pageKind !== 'meeting') return null;
  const url = new URL(page.url);
  url.hash = '';
  const host = url.host.toLowerCase();
  const m = page.meeting;
  const committeeNorm = normaliseCommittee(m.committee);
  const meeting: IndexedMeeting = {
    key,
    host,
    origin: url.origin,
    cid: page.ids.cid ?? null,
    mid: page.ids.mid ?? null,
    committee: m.committee,
    committeeNorm,
    meetingDate: m.meetingDate,
    url: url.href,
    status: m.status,
    itemCount: m.items.length,
    stub: false,
    source,
    indexedAt: now.toISOString(),
  };
  const items = m.items.map((item, position): IndexedItem => ({
    key: itemKeyOf(host, key, item, position),
    meetingKey: key,
    host,
    committee: m.committee,
    committeeNorm,
    meetingDate: m.meetingDate,
    href: itemHref(url.href, item),
    position,
    number: item.number,
    title: item.title,
    text: item.text.length > MAX_TEXT ? item.text.slice(0, MAX_TEXT) : item.text,
    resolution: item.resolution?.text ?? null,
    actions: item.actions.map((a) => a.text),
    references: item.references,
    issueId: item.issueId ? item.issueId.toLowerCase() : null,
    agendaItemId: item.agendaItemId,
    routine: item.routine || isRoutineTitle(item.title),
  }));
  return { meeting, items };
}
