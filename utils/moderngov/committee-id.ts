// Which committee a page belongs to, however it was reached: the URL's CId when it has one, else
// the committee links ModernGov prints around the content: the meeting title links to
// `mgCommitteeDetails.aspx?ID=<cid>` and the breadcrumb to that page and to
// `ieListMeetings.aspx?CommitteeId=<cid>` (Kingston meeting page, aifgi/council_cycle
// src/test/resources/Agenda_151.html). Menu links such as the constitution
// (`ieListMeetings.aspx?CId=686&info=1&MD=Constitution`) are not a committee and are skipped.
import { readModernGovIds } from './urls';

const COMMITTEE_LINK = 'a[href*="mgCommitteeDetails.aspx" i], a[href*="ieListMeetings.aspx" i]';

/** The page's committee id (lower case), or null when neither the URL nor a committee link gives one. */
export function readCommitteeId(root: ParentNode, url: URL): string | null {
  const own = readModernGovIds(url).cid;
  if (own) return own;
  for (const a of root.querySelectorAll(COMMITTEE_LINK)) {
    let href: URL;
    try {
      href = new URL(a.getAttribute('href') ?? '', url);
    } catch {
      continue;
    }
    if (/[?&](?:info=1|md=constitution)\b/i.test(href.search)) continue;
    const ids = readModernGovIds(href);
    const cid = /mgcommitteedetails/i.test(href.pathname) ? ids.id : ids.cid;
    if (cid && /^\d+$/.test(cid)) return cid;
  }
  return null;
}
