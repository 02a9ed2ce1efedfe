// Which committee a page belongs to when its URL has no CId (`ieListDocuments.aspx?MId=…`): the
// committee links ModernGov prints around the content. The meeting title links to
// `mgCommitteeDetails.aspx?ID=<cid>` and the breadcrumb to that page and to
// `ieListMeetings.aspx?CommitteeId=<cid>` (Kingston meeting page, aifgi/council_cycle
// src/test/resources/Agenda_151.html). Menu links such as the constitution
// (`ieListMeetings.aspx?CId=686&info=1&MD=Constitution`, Kingston; Bristol's
// `…&MD=Constitution&info=1&bcr=1`) are not a committee and are skipped.

const COMMITTEE_ID = /(?:mgCommitteeDetails\.aspx\?ID|ieListMeetings\.aspx\?(?:[^#]*&)?C(?:ommittee)?Id)=(\d+)/i;

/** The committee id the page's committee links give, or null when none does. */
export function readCommitteeId(root: ParentNode): string | null {
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    const cid = /info=1/i.test(href) ? null : COMMITTEE_ID.exec(href)?.[1];
    if (cid) return cid;
  }
  return null;
}
