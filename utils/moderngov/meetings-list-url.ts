// The committee meetings list ModernGov pages back through: `ieListMeetings.aspx?CId=<cid>&Act=earlier
// &D=<yyyymmddhhmm>&MD=ielistmeetings` lists the meetings before that moment, latest first (the
// list's own "Earlier meetings" link has this form: northnorthants ieListMeetings, MODERNGOV.md;
// a Kingston listing page, aifgi/council_cycle src/test/resources/BrowseMeetings.html).

/** URL of the meetings of committee `cid` up to the end of ISO date `to`, under the ModernGov `base`. */
export function earlierMeetingsUrl(base: string, cid: string, to: string): string {
  const d = `${to.slice(0, 10).replace(/-/g, '')}2359`;
  return new URL(`ieListMeetings.aspx?CId=${encodeURIComponent(cid)}&Act=earlier&D=${d}&MD=ielistmeetings`, base).href;
}
