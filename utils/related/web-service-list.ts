// mgWebService.asmx GetMeetings answers (see web-service.ts) turned into the meetings listed.
// Apart from web-service.ts so that the content script, which reads these lists for backfill,
// does not carry the extraction engine GetMeeting's item text needs.
import { meetingUrl } from '../moderngov/urls';
import { parseDate } from '../text/dates';
import type { ListedMeeting } from './types';

/** The trimmed text of the first `tag` element under `el` ('' when there is none). */
export const text = (el: Element | null | undefined, tag: string) =>
  (el?.getElementsByTagName(tag)[0]?.textContent ?? '').trim();

/** GetMeetings: the meetings listed; `countOnly` when the council returns only counts (Sutton style). */
export function readGetMeetings(
  xml: Document,
  base: string,
  cid: string,
): { meetings: ListedMeeting[]; countOnly: boolean } {
  const meetings: ListedMeeting[] = [];
  for (const m of xml.getElementsByTagName('meeting')) {
    const mid = text(m, 'meetingid');
    if (!mid) continue;
    meetings.push({
      mid,
      url: meetingUrl(base, cid, mid),
      meetingDate: parseDate(text(m, 'meetingdate')),
      cancelled: /cancel/i.test(text(m, 'meetingstatus')),
    });
  }
  const count = Number(text(xml.documentElement, 'meetingscount') || '0');
  return { meetings, countOnly: !meetings.length && count > 0 };
}
