// A fake council site over the demo fixtures (tests/fixtures/demo-site), logging each request's
// (fake) time, for backfill tests that need no HTTP server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FetchedText } from '../../../utils/content/same-origin-fetch';

const DIR = join(process.cwd(), 'tests/fixtures/demo-site');
const routes = JSON.parse(readFileSync(join(DIR, 'routes.json'), 'utf8')) as {
  pages: Record<string, string>;
  webService: Record<string, string>;
};
export const ORIGIN = 'https://democracy.example.gov.uk';

function lookup(url: URL, webService: boolean | 'count-only'): string | null {
  const p = url.searchParams;
  const get = (k: string) => [...p].find(([key]) => key.toLowerCase() === k)?.[1];
  const file = url.pathname.split('/').pop()!.toLowerCase();
  if (url.pathname.toLowerCase().includes('mgwebservice.asmx')) {
    if (!webService) return null;
    if (file === 'getmeetings') {
      return webService === 'count-only'
        ? '<getmeetings><meetingscount> 12</meetingscount></getmeetings>'
        : read(routes.webService['mgWebService.asmx/GetMeetings?lCommitteeId=433']);
    }
    if (file === 'getmeeting')
      return read(routes.webService[`mgWebService.asmx/GetMeeting?lMeetingId=${get('lmeetingid')}`]);
    return null;
  }
  if (file === 'ielistmeetings.aspx') return read(routes.pages[`ieListMeetings.aspx?CId=${get('cid')}`]);
  if (file === 'ielistdocuments.aspx') return read(routes.pages[`ieListDocuments.aspx?CId=433&MId=${get('mid')}`]);
  if (file === 'mgissuehistoryhome.aspx') return read(routes.pages[`mgIssueHistoryHome.aspx?IId=${get('iid')}`]);
  return null;
}

function read(rel: string | undefined): string | null {
  return rel ? readFileSync(join(DIR, rel), 'utf8') : null;
}

export function fakeSite(webService: boolean | 'count-only' = false) {
  const requests: Array<{ url: string; time: number }> = [];
  const fetchText = async (url: string): Promise<FetchedText> => {
    requests.push({ url, time: Date.now() });
    const body = lookup(new URL(url), webService);
    return body === null ? { status: 404, text: '' } : { status: 200, text: body };
  };
  return { requests, fetchText };
}
