// The watch check against the demo site's pages (read from disk through a fake fetch that keeps a
// request log): the first read only records, an unchanged list costs one request, a published
// meeting gives committee and subject entries, and a failing site is backed off, not retried.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { relatedHandlers } from '../../../utils/background/related-handlers';
import { HostPacer } from '../../../utils/related/host-pacer';
import { RelatedIndex } from '../../../utils/related/related-index';
import { runCheck, type CheckDeps } from '../../../utils/watch/check';
import type { FetchAnswer } from '../../../utils/watch/conditional-fetch';
import { watchDb } from '../../../utils/watch/db';
import { WatchStore } from '../../../utils/watch/store';
import type { CommitteeWatch, SubjectWatch } from '../../../utils/watch/types';

const SITE = resolve('tests/fixtures/demo-site');
const ORIGIN = 'https://democracy.example.gov.uk';
const LIST = `${ORIGIN}/ieListMeetings.aspx?CId=433`;

let routes: Map<string, string | number>;
let log: string[];
/** When each request was made (the fake clock), beside `log`. */
let times: number[];
let store: WatchStore;
let clock: number;

function deps(): CheckDeps {
  return {
    store,
    now: () => new Date(clock),
    sleep: async (ms) => void (clock += ms),
    async fetch(url): Promise<FetchAnswer> {
      log.push(url);
      times.push(clock);
      const u = new URL(url);
      const key = `${u.pathname.slice(1)}${u.pathname.includes('Documents') ? `?MId=${u.searchParams.get('MId')}` : `?CId=${u.searchParams.get('CId') ?? u.searchParams.get('lCommitteeId')}`}`;
      const hit = routes.get(key);
      if (hit === undefined) return { kind: 'missing', status: 404 };
      if (typeof hit === 'number') return { kind: 'failed', error: `HTTP ${hit}`, retryAfter: null };
      return {
        kind: 'ok',
        status: 200,
        text: hit.startsWith('<') ? hit : readFileSync(resolve(SITE, hit), 'utf8'),
        validators: { etag: null, lastModified: null },
      };
    },
  };
}

const committee: CommitteeWatch = {
  id: 'committee|democracy.example.gov.uk|433',
  kind: 'committee',
  origin: ORIGIN,
  host: 'democracy.example.gov.uk',
  base: `${ORIGIN}/`,
  cid: '433',
  committee: 'People and Health Overview Committee',
  paused: false,
  createdAt: '2026-01-01T00:00:00Z',
};
const subject: SubjectWatch = {
  id: 'subject|1',
  kind: 'subject',
  words: 'libraries',
  origin: ORIGIN,
  host: 'democracy.example.gov.uk',
  base: null,
  cid: null,
  committee: null,
  paused: false,
  createdAt: '2026-01-01T00:00:01Z',
};

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  const db = await watchDb(`watch-test-${Math.random()}`);
  store = new WatchStore(async () => db);
  routes = new Map([['ieListMeetings.aspx?CId=433', 'pages/dorset-phoc-list-meetings.html']]);
  log = [];
  times = [];
  clock = Date.parse('2026-03-01T09:00:00Z');
  await store.putWatch(committee);
  await store.putWatch(subject);
});

describe('runCheck', () => {
  it('records the list on the first read, then costs one request while nothing changes', async () => {
    const first = await runCheck(deps());
    // mgWebService first (404 here), then the HTML list.
    expect(first.requests).toBe(2);
    expect(first.added).toEqual([]);
    log = [];
    const second = await runCheck(deps());
    expect(second.requests).toBe(1);
    expect(log).toEqual([LIST]);
    expect(second.hosts['democracy.example.gov.uk'].outcome).toBe('unchanged');
  });

  it('reports a published meeting and the items matching a subject, once', async () => {
    await runCheck(deps());
    routes.set('ieListMeetings.aspx?CId=433', 'extra/watch/list-published.html');
    routes.set('ieListDocuments.aspx?MId=5590', 'extra/watch/meeting-5590.html');
    const report = await runCheck(deps());
    expect(report.requests).toBe(2);
    const reasons = report.added.map((e) => `${e.reason}: ${e.title}`);
    expect(reasons).toContain('committee: Agenda: People and Health Overview Committee, 21 November 2023');
    expect(reasons).toContain('subject: Library Service Review and Opening Hours');
    expect(report.added.find((e) => e.reason === 'subject')!.href).toBe(
      `${ORIGIN}/ieListDocuments.aspx?CId=433&MId=5590&Ver=4#AI55953`,
    );
    expect(await store.countUnseen()).toBe(2);
    const again = await runCheck(deps());
    expect(again.added).toEqual([]);
    expect(again.requests).toBe(1);
  });

  it('backs off a failing site: no retry within a check, nothing sent until the wait is over', async () => {
    await runCheck(deps());
    routes.set('ieListMeetings.aspx?CId=433', 500);
    log = [];
    const failed = await runCheck(deps());
    expect(failed.requests).toBe(1);
    expect(failed.hosts['democracy.example.gov.uk'].outcome).toBe('failed');
    for (let i = 0; i < 3; i++) expect((await runCheck(deps())).requests).toBe(0);
    expect(log).toHaveLength(1);
    clock += 16 * 60_000;
    expect((await runCheck(deps())).requests).toBe(1);
    // Second failure in a row: the wait doubles.
    const host = await store.host('democracy.example.gov.uk');
    expect(host!.failures).toBe(2);
    expect(host!.retryAt - clock).toBe(30 * 60_000);
  });

  it('reads only the HTML list when the user turned the web service off', async () => {
    routes.set('mgWebService.asmx/GetMeetings?CId=433', 'webservice/GetMeetings-433.xml');
    const on = await runCheck(deps());
    expect(log).toEqual([expect.stringContaining('mgWebService.asmx/GetMeetings')]);
    expect(on.requests).toBe(1);
    log = [];
    globalThis.indexedDB = new IDBFactory();
    const db = await watchDb(`watch-test-${Math.random()}`);
    store = new WatchStore(async () => db);
    await store.putWatch(committee);
    const off = await runCheck({ ...deps(), webService: false });
    expect(off.requests).toBe(1);
    expect(log).toEqual([LIST]);
  });

  it('does not report old meetings as new when the list comes by the other route', async () => {
    // Read through the web service, whose span (a year either side of today) leaves out the oldest meeting.
    clock = Date.parse('2023-11-01T09:00:00Z');
    const xml = readFileSync(resolve(SITE, 'webservice/GetMeetings-433.xml'), 'utf8').replace(
      /<meeting>\s*<meetingid>5561<\/meetingid>[\s\S]*?<\/meeting>/,
      '',
    );
    routes.set('mgWebService.asmx/GetMeetings?CId=433', xml);
    routes.set('ieListDocuments.aspx?MId=5561', 'pages/dorset-phoc-2022-10-25.html');
    await runCheck(deps());
    expect(log).toHaveLength(1);
    log = [];
    // The user turns the web service off: the HTML list also names the meeting of 25 October 2022.
    const report = await runCheck({ ...deps(), webService: false });
    expect(log[0]).toBe(LIST);
    expect(log.some((u) => u.includes('MId=5561'))).toBe(false);
    expect(report.added).toEqual([]);
  });

  it("shares one request clock per council with the content script's request slots", async () => {
    const pacer = new HostPacer();
    const related = relatedHandlers({
      index: new RelatedIndex({ dbName: `pace-${Math.random()}`, snapshotDelayMs: 60_000 }),
      listFollowUps: async () => [],
      now: () => new Date(clock),
      settings: async () => ({ backfillMonths: 12, backfillWebService: true }),
      pacer,
    });
    const slot = () => related['related/request-slot']({ pageUrl: `${ORIGIN}/mgIssueHistoryHome.aspx?IId=1` }, {});
    // A page on the council has just been given a slot (its fetch goes now)…
    expect((await slot()).waitMs).toBe(0);
    const pageFetchAt = clock;
    // …so the check's first request waits a second from it, and its second a second from the first.
    await runCheck({ ...deps(), pacer });
    expect(times).toHaveLength(2);
    expect(times[0] - pageFetchAt).toBeGreaterThanOrEqual(1000);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(1000);
    // And the next slot a page asks for keeps its distance from the check's last request.
    const next = await slot();
    expect(clock + next.waitMs - times[1]).toBeGreaterThanOrEqual(1000);
    // Another council is not held up.
    expect((await related['related/request-slot']({ pageUrl: 'https://other.gov.uk/x' }, {})).waitMs).toBe(0);
  });

  it('skips paused watches', async () => {
    await store.putWatch({ ...committee, paused: true });
    expect((await runCheck(deps())).requests).toBe(0);
  });
});
