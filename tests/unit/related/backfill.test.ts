import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { relatedHandlers } from '../../../utils/background/related-handlers';
import type { sendMessage } from '../../../utils/messages';
import { runBackfill, type RunnerDeps } from '../../../utils/content/backfill-runner';
import { clampMonths } from '../../../utils/related/backfill-queue';
import { RelatedIndex } from '../../../utils/related/related-index';
import { sleep } from '../../../utils/content/same-origin-fetch';
import { createParsedPage } from '../../../utils/parser';
import { readGetMeeting } from '../../../utils/related/web-service';
import type { BackfillJob } from '../../../utils/related/types';
import { ORIGIN, fakeSite } from './demo-site';
import { freshDbName, makeItem, makePage } from './factory';

const PAGE_URL = `${ORIGIN}/ieListDocuments.aspx?CId=433&MId=5581&Ver=4`;
const COMMITTEE = 'People and Health Overview Committee';

function setup(dbName = freshDbName(), settings = async () => ({ backfillMonths: 12, backfillWebService: true })) {
  const index = new RelatedIndex({ dbName, snapshotDelayMs: 60_000 });
  const handlers = relatedHandlers({ index, listFollowUps: async () => [], now: () => new Date(), settings });
  const send = ((type: keyof typeof handlers, payload: unknown) =>
    (handlers[type] as (p: unknown, s: object) => Promise<unknown>)(payload, {})) as unknown as typeof sendMessage;
  return { index, handlers, send, dbName };
}

function deps(send: typeof sendMessage, fetchText: RunnerDeps['fetchText']): RunnerDeps {
  return { send, fetchText, sleep, readers: async () => ({ createParsedPage, readGetMeeting }) };
}

/** Drive fake time forward in small steps, letting fake-indexeddb's real setImmediate work run between. */
async function run(promise: Promise<BackfillJob | null>): Promise<BackfillJob | null> {
  let settled = false;
  void promise.finally(() => (settled = true));
  for (let i = 0; i < 20_000 && !settled; i++) {
    await new Promise((r) => setImmediate(r));
    await vi.advanceTimersByTimeAsync(50);
  }
  return promise;
}

const gaps = (reqs: Array<{ time: number }>) => reqs.slice(1).map((r, i) => r.time - reqs[i].time);

beforeEach(() => {
  // Only timers and Date: fake-indexeddb schedules its own work with setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('backfill', () => {
  it('reads the list and each meeting page at no more than one request per second, with progress', async () => {
    const { send, index } = setup();
    const site = fakeSite(false);
    const start = await send('related/backfill-start', {
      pageUrl: PAGE_URL,
      cid: '433',
      committee: COMMITTEE,
      webService: false,
    });
    if (!start.ok) throw new Error(start.error);
    const progress: number[] = [];
    const job = await run(
      runBackfill(start.job.id, deps(send, site.fetchText), { onProgress: (j) => progress.push(j.done.length) }),
    );
    expect(job).toMatchObject({ status: 'done', total: 12 });
    expect(job!.done).toHaveLength(10);
    expect(job!.skipped.sort()).toEqual(['5565', '5570']); // cancelled
    expect(site.requests).toHaveLength(11);
    expect(site.requests[0].url).toContain('ieListMeetings.aspx?CId=433');
    expect(Math.min(...gaps(site.requests))).toBeGreaterThanOrEqual(1000);
    expect(progress.at(-1)).toBe(10);
    expect(index.hasMeeting('democracy.example.gov.uk|meeting|5561')).toBe(true);
    expect(index.search.search('work programme forward plan').length).toBeGreaterThan(5);
  });

  it('uses mgWebService.asmx GetMeetings/GetMeeting when the council enables it', async () => {
    const { send, index } = setup();
    const site = fakeSite(true);
    const start = await send('related/backfill-start', { pageUrl: PAGE_URL, cid: '433', committee: COMMITTEE });
    if (!start.ok) throw new Error(start.error);
    const job = await run(runBackfill(start.job.id, deps(send, site.fetchText)));
    expect(job).toMatchObject({ status: 'done', webService: true });
    expect(site.requests.every((r) => r.url.includes('mgWebService.asmx'))).toBe(true);
    expect(site.requests).toHaveLength(11);
    const meeting = index.meetings.get('democracy.example.gov.uk|meeting|5580')!;
    expect(meeting).toMatchObject({ meetingDate: '2023-09-14', committee: COMMITTEE, source: 'web-service' });
    expect(index.search.byMeeting.get(meeting.key)?.size).toBeGreaterThan(3);
  });

  it('reads only as many months back as the options page says, by the route it says', async () => {
    // The user chose 3 months and no web service; the council offers one all the same.
    const { send } = setup(freshDbName(), async () => ({ backfillMonths: 3, backfillWebService: false }));
    const site = fakeSite(true);
    const start = await send('related/backfill-start', { pageUrl: PAGE_URL, cid: '433', committee: COMMITTEE });
    if (!start.ok) throw new Error(start.error);
    expect(start.job).toMatchObject({ months: 3, webService: false });
    const job = await run(runBackfill(start.job.id, deps(send, site.fetchText)));
    expect(job).toMatchObject({ status: 'done', webService: false });
    expect(site.requests.some((r) => r.url.includes('mgWebService.asmx'))).toBe(false);
    // The 12-month job reads 12 meetings of this committee; the three months up to its latest
    // past meeting (17 October 2023) hold three.
    expect(job!.since).toBe('2023-07-17');
    expect(job!.total).toBe(3);
    expect(site.requests).toHaveLength(1 + 2); // the HTML list, then the two meetings not cancelled
  });

  it.each([
    ['404', false as const],
    ['count-only', 'count-only' as const],
  ])('falls back to the HTML pages when the web service answers %s', async (_label, ws) => {
    const { send } = setup();
    const site = fakeSite(ws);
    const start = await send('related/backfill-start', {
      pageUrl: PAGE_URL,
      cid: '433',
      committee: COMMITTEE,
      webService: true,
    });
    if (!start.ok) throw new Error(start.error);
    const job = await run(runBackfill(start.job.id, deps(send, site.fetchText)));
    expect(job).toMatchObject({ status: 'done', webService: false });
    expect(job!.done).toHaveLength(10);
    expect(site.requests[0].url).toContain('GetMeetings');
    expect(site.requests[1].url).toContain('ieListMeetings.aspx');
    expect(site.requests.slice(2).every((r) => r.url.includes('ieListDocuments.aspx'))).toBe(true);
    expect(Math.min(...gaps(site.requests))).toBeGreaterThanOrEqual(1000);
  });

  it('skips meetings already indexed (no duplicate work)', async () => {
    const { send, index } = setup();
    await index.indexPage(
      makePage({
        host: 'democracy.example.gov.uk',
        mid: '5580',
        date: '2023-09-14',
        items: [makeItem({ title: 'x' })],
      }),
    );
    const site = fakeSite(false);
    const start = await send('related/backfill-start', {
      pageUrl: PAGE_URL,
      cid: '433',
      committee: COMMITTEE,
      webService: false,
    });
    if (!start.ok) throw new Error(start.error);
    const job = await run(runBackfill(start.job.id, deps(send, site.fetchText)));
    expect(job!.skipped).toContain('5580');
    expect(site.requests.some((r) => r.url.includes('MId=5580'))).toBe(false);
    expect(job!.done).toHaveLength(9);
  });

  it('cancels, and resumes after a restart from the persisted job without refetching', async () => {
    const first = setup();
    const site = fakeSite(false);
    const start = await first.send('related/backfill-start', {
      pageUrl: PAGE_URL,
      cid: '433',
      committee: COMMITTEE,
      webService: false,
    });
    if (!start.ok) throw new Error(start.error);
    const id = start.job.id;
    const controller = new AbortController();
    const running = runBackfill(id, deps(first.send, site.fetchText), {
      signal: controller.signal,
      onProgress: (j) => {
        if (j.done.length === 4) controller.abort(); // the tab closes mid-job
      },
    });
    await run(running);
    first.index.close();

    // "Browser restart": a new background over the same database.
    const second = setup(first.dbName);
    const status = await second.send('related/backfill-status', { host: 'democracy.example.gov.uk' });
    if (!status.ok) throw new Error(status.error);
    expect(status.jobs[0]).toMatchObject({ status: 'running' });
    expect(status.jobs[0].done).toHaveLength(4);
    const cancelled = await second.send('related/backfill-cancel', { jobId: id });
    expect(cancelled.ok && cancelled.job?.status).toBe('cancelled');
    const idle = await run(runBackfill(id, deps(second.send, site.fetchText)));
    expect(idle?.status).toBe('cancelled');
    const before = site.requests.length;
    await second.send('related/backfill-resume', { jobId: id });
    const job = await run(runBackfill(id, deps(second.send, site.fetchText)));
    expect(job).toMatchObject({ status: 'done' });
    expect(job!.done).toHaveLength(10);
    const meetingUrls = site.requests.map((r) => r.url).filter((u) => u.includes('ieListDocuments'));
    expect(new Set(meetingUrls).size).toBe(meetingUrls.length);
    expect(site.requests.length - before).toBe(6);
    expect(Math.min(...gaps(site.requests))).toBeGreaterThanOrEqual(1000);
  });

  it('keeps one request per second per council across a job and one-off fetches', async () => {
    const { send } = setup();
    const a = await send('related/request-slot', { pageUrl: PAGE_URL });
    const b = await send('related/request-slot', { pageUrl: PAGE_URL });
    const other = await send('related/request-slot', {
      pageUrl: 'https://elsewhere.gov.uk/ieListDocuments.aspx?MId=1',
    });
    expect([a.ok && a.waitMs, b.ok && b.waitMs, other.ok && other.waitMs]).toEqual([0, 1000, 0]);
  });
});

describe('clampMonths', () => {
  it('keeps the options page choice to whole months from 1 to 60, the default otherwise', () => {
    expect([3, 2.6, 60, 61, 0, -4, Number.NaN, '7', 'x'].map(clampMonths)).toEqual([3, 3, 60, 60, 12, 12, 12, 7, 12]);
  });
});
