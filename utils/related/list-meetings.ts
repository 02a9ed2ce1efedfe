// Reading a committee's meetings list (ieListMeetings.aspx): each meeting is a link to
// ieListDocuments.aspx with an MId whose text is the date ("16 Mar 2026 6.30 pm"), and an
// "earlier meetings" link (`Act=earlier`) pages back. Pure: DOM in, data out.
// Sample: northnorthants ieListMeetings.aspx?Act=earlier&CId=151 (MODERNGOV.md); demo site.
import { readModernGovIds } from '../moderngov/urls';
import { parseDate } from '../text/dates';
import type { ListedMeeting } from './types';

/** Meetings listed on the page (deduplicated by MId) and the link to earlier ones, if any. */
export function readMeetingList(
  root: Document | Element,
  url: URL,
): { meetings: ListedMeeting[]; earlierUrl: string | null } {
  const byMid = new Map<string, ListedMeeting>();
  let earlierUrl: string | null = null;
  for (const a of root.querySelectorAll('a[href]')) {
    const raw = a.getAttribute('href') ?? '';
    let href: URL;
    try {
      href = new URL(raw.trim(), url);
    } catch {
      continue;
    }
    if (href.origin !== url.origin) continue;
    const file = href.pathname.toLowerCase();
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (file.endsWith('ielistmeetings.aspx') && (/act=earlier/i.test(href.search) || /earlier/i.test(text))) {
      earlierUrl ??= href.href;
      continue;
    }
    if (!file.endsWith('ielistdocuments.aspx')) continue;
    const mid = readModernGovIds(href).mid;
    if (!mid || byMid.has(mid)) continue;
    href.hash = '';
    const context = `${text} ${a.getAttribute('title') ?? ''} ${(a.parentElement?.textContent ?? '').slice(0, 200)}`;
    byMid.set(mid, {
      mid,
      url: href.href,
      meetingDate: parseDate(text) ?? parseDate(context),
      cancelled: /cancelled|postponed|withdrawn/i.test(context),
    });
  }
  return { meetings: [...byMid.values()], earlierUrl };
}
