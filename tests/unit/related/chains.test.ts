// Committee chains on the hand-written demo pages (tests/fixtures/demo-site/extra/chains/): pages
// read by the real DOM readers, references resolved through the index and, for a meeting never
// opened, through the committee's meetings list, fetched once and never again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relatedHandlers } from '../../../utils/background/related-handlers';
import type { sendMessage } from '../../../utils/messages';
import { createParsedPage } from '../../../utils/parser';
import { loadRelated } from '../../../utils/content/load-related';
import { RelatedIndex } from '../../../utils/related/related-index';
import type { FetchedText } from '../../../utils/content/same-origin-fetch';
import type { FollowUp, ParsedPage } from '../../../utils/types';
import { freshDbName, makeFollowUp } from './factory';

const DIR = join(process.cwd(), 'tests/fixtures/demo-site/extra/chains');
const routes = JSON.parse(readFileSync(join(DIR, 'routes.json'), 'utf8')) as { pages: Record<string, string> };
const ORIGIN = 'https://democracy.example.gov.uk';

function fileFor(url: URL): string | null {
  const q = new Map([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v]));
  const cid = q.get('cid') ?? q.get('committeeid');
  const file = url.pathname.split('/').pop()!;
  const key = Object.keys(routes.pages).find((k) => {
    const [p, query] = k.split('?');
    const want = new URLSearchParams(query);
    return (
      p.toLowerCase() === file.toLowerCase() &&
      (!q.get('mid') || want.get('MId') === q.get('mid')) &&
      (q.get('mid') || want.get('CId') === cid)
    );
  });
  return key ? join(DIR, routes.pages[key]) : null;
}

function page(path: string): ParsedPage {
  const url = new URL(path, ORIGIN);
  const doc = new DOMParser().parseFromString(readFileSync(fileFor(url)!, 'utf8'), 'text/html');
  return createParsedPage(doc, url)!;
}

function setup(followUps: FollowUp[] = []) {
  const index = new RelatedIndex({ dbName: freshDbName(), snapshotDelayMs: 60_000 });
  const handlers = relatedHandlers({ index, listFollowUps: async () => followUps, now: () => new Date() });
  const send = ((type: keyof typeof handlers, payload: unknown) =>
    (handlers[type] as (p: unknown, s: object) => Promise<unknown>)(payload, {})) as unknown as typeof sendMessage;
  const requests: string[] = [];
  const fetchText = async (url: string): Promise<FetchedText> => {
    requests.push(url);
    const file = fileFor(new URL(url));
    return file ? { status: 200, text: readFileSync(file, 'utf8') } : { status: 404, text: '' };
  };
  const deps = { send, fetchText, sleep: async () => undefined, parse: createParsedPage };
  return { index, requests, view: (p: ParsedPage) => loadRelated(p, deps) };
}

const M1 = 'ieListDocuments.aspx?CId=7001&MId=70011';
const M3 = 'ieListDocuments.aspx?CId=7001&MId=70013';
const W1 = 'ieListDocuments.aspx?CId=7101&MId=71011';
const W2 = 'ieListDocuments.aspx?MId=71012'; // no CId: the committee comes from its links

describe('committee chains', () => {
  it('reads the committee id from the breadcrumb and title links when the URL has none', () => {
    expect(page(W2).ids.cid).toBe('7101');
    expect(page(W2).meeting.committee).toBe('Communities Scrutiny Committee');
  });

  it('resolves a dated reference to a meeting never opened through one meetings-list request, never repeated', async () => {
    const { requests, view } = setup();
    await view(page(M1));
    const m3 = page(M3);
    const before = requests.filter((u) => /ielistmeetings/i.test(u)).length;
    const first = (await view(m3))!;
    const minutes = m3.meeting.items.findIndex((i) => i.title === 'Minutes');
    const link = first.related[minutes].find((l) => l.reason === 'reference')!;
    expect(new URL(link.href).searchParams.get('MId')).toBe('70012');
    expect(link).toMatchObject({ meetingDate: '2023-06-20', why: 'refers to the minute of 20 June 2023' });
    const listings = requests.filter((u) => /ielistmeetings/i.test(u)).slice(before);
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatch(/ieListMeetings\.aspx\?CId=7001&Act=earlier&D=202306202359/);
    await view(m3);
    expect(requests.filter((u) => /ielistmeetings/i.test(u))).toHaveLength(before + 1);
  });

  it('links an announcement naming an earlier item to it, and never links standing items by title', async () => {
    const { view } = setup();
    await view(page(M1));
    await view(page('ieListDocuments.aspx?CId=7001&MId=70012'));
    const m3 = page(M3);
    const { related } = (await view(m3))!;
    const at = (title: string) => related[m3.meeting.items.findIndex((i) => i.title === title)] ?? [];
    const named = at("Convener's Announcements").find((l) => l.reason === 'similar');
    expect(named).toMatchObject({
      href: `${ORIGIN}/${M1}#AI80014`,
      why: 'names the same matter: ‘Review of School Transport Eligibility’',
    });
    expect(at('Business Planner')).toEqual([]);
    expect(at('School Transport: Consultation Outcome').map((l) => l.href)).toContain(`${ORIGIN}/${M1}#AI80014`);
  });

  it('resolves "(Min. 45/23 refers)" to that minute of the earlier meeting (Welsh council wording)', async () => {
    const { view } = setup();
    await view(page(W1));
    const w2 = page(W2);
    const { related } = (await view(w2))!;
    const update = w2.meeting.items.findIndex((i) => i.number === '53');
    const link = related[update].find((l) => l.reason === 'reference');
    expect(link?.href).toBe(`${ORIGIN}/${W1}#AI81045`);
    // "Min. 45/23", or "the last meeting" resolved through the meetings list: the same item.
    expect(link?.why).toMatch(/^refers to (?:minute 45\/23 of |the previous meeting \()6 July 2023/);
    expect(related[w2.meeting.items.findIndex((i) => i.title === 'Forward Work Programme')]).toBeUndefined();
  });

  it('offers a later item that names a tracked item as its follow-up', async () => {
    const tracked = makeFollowUp({
      id: 'f1',
      source: {
        host: 'democracy.example.gov.uk',
        pageKey: 'democracy.example.gov.uk|meeting|70011',
        url: `${ORIGIN}/${M1}`,
        committee: 'Education, Children and Families Committee',
        meetingDate: '2023-05-02',
        itemNumber: '4',
        itemTitle: 'Review of School Transport Eligibility',
        agendaItemId: '80014',
      },
    });
    const { view } = setup([tracked]);
    await view(page(M1));
    const m3 = page(M3);
    const { matches } = (await view(m3))!;
    const outcome = m3.meeting.items.findIndex((i) => i.title === 'School Transport: Consultation Outcome');
    expect(matches[outcome]?.map((m) => m.followUp.id)).toEqual(['f1']);
    expect(matches[m3.meeting.items.findIndex((i) => i.title === 'Business Planner')]).toBeUndefined();
  });
});
