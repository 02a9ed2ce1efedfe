// Backfill job state, owned by the background and persisted in the `jobs` store, so a job
// survives a browser restart and resumes where it stopped. The background never fetches: it
// hands out one task at a time with the wait needed to keep to one request per second
// (`lastRequestAt` is the rate limit's memory, persisted with the job), and the content script
// on the council's own origin does the fetch and parse (see utils/content/backfill-runner.ts for why).
import { committeeKey } from '../moderngov/keys';
import { meetingsListUrl, modernGovBase, webServiceMeetingUrl, webServiceMeetingsUrl } from '../moderngov/urls';
import { addDays, addMonths } from '../text/dates';
import type { ParsedPage } from '../types';
import type { BackfillJob, BackfillTask, ListedMeeting } from './types';

/** The politeness floor: at most one request per second to a council site. */
export const MIN_INTERVAL_MS = 1000;
/** How many list pages (ieListMeetings "earlier meetings") a job may follow. */
const MAX_LIST_PAGES = 4;
/** How far back a job reads when the user has not chosen (options page: "Index this committee reads the past N months"). */
export const DEFAULT_MONTHS_BACK = 12;
/** The options page's bounds for that choice. */
export const MAX_MONTHS_BACK = 60;

/** A months setting made safe: a whole number from 1 to 60, the default for anything else. */
export function clampMonths(value: unknown): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(MAX_MONTHS_BACK, n) : DEFAULT_MONTHS_BACK;
}

export type BackfillOutcome =
  | { ok: true; meetings: ListedMeeting[]; earlierUrl?: string | null }
  | { ok: true; page: ParsedPage }
  | { ok: false; status?: number; countOnly?: boolean; error?: string };

/** A job's id: one job per committee (`host|committee|cid`). */
export function jobId(host: string, cid: string): string {
  return committeeKey(host, cid);
}

/** A new job for one committee, starting with the web-service listing when asked to try it. */
export function createJob(
  input: { pageUrl: string; cid: string; committee: string | null; webService: boolean; months?: number },
  now = new Date(),
): BackfillJob {
  const page = new URL(input.pageUrl);
  const base = modernGovBase(input.pageUrl);
  const listUrl = meetingsListUrl(base, input.cid);
  const from = new Date(now.getTime());
  from.setUTCFullYear(from.getUTCFullYear() - 10);
  const wsUrl = webServiceMeetingsUrl(base, input.cid, from, now);
  const at = now.toISOString();
  return {
    id: jobId(page.host, input.cid),
    host: page.host.toLowerCase(),
    origin: page.origin,
    cid: input.cid,
    committee: input.committee,
    listUrl,
    webService: input.webService,
    months: clampMonths(input.months ?? DEFAULT_MONTHS_BACK),
    status: 'running',
    listQueue: [input.webService ? { kind: 'list-ws', url: wsUrl } : { kind: 'list-html', url: listUrl }],
    listPagesRead: 0,
    since: null,
    pending: [],
    done: [],
    skipped: [],
    failed: [],
    total: 0,
    lastRequestAt: 0,
    requests: 0,
    createdAt: at,
    updatedAt: at,
    error: null,
  };
}

function meetingTask(job: BackfillJob, m: ListedMeeting): BackfillTask {
  if (!job.webService) return { kind: 'meeting-html', url: m.url, mid: m.mid };
  return {
    kind: 'meeting-ws',
    url: webServiceMeetingUrl(modernGovBase(job.listUrl), m.mid),
    mid: m.mid,
    pageUrl: m.url,
  };
}

/**
 * The next request to make and how long to wait before making it; null when there is nothing
 * to do. Reserves the request slot (mutates `job.lastRequestAt`), so two tabs asking at once
 * still get slots a second apart.
 */
export function takeTask(job: BackfillJob, nowMs: number): { task: BackfillTask; waitMs: number } | null {
  if (job.status !== 'running') return null;
  const head = job.listQueue[0];
  const task = head ?? (job.pending[0] ? meetingTask(job, job.pending[0]) : null);
  if (!task) {
    job.status = 'done';
    return null;
  }
  const waitMs = Math.max(0, job.lastRequestAt + MIN_INTERVAL_MS - nowMs);
  job.lastRequestAt = nowMs + waitMs;
  job.requests += 1;
  return { task, waitMs };
}

function recount(job: BackfillJob): void {
  job.total = job.done.length + job.skipped.length + job.failed.length + job.pending.length;
}

/**
 * Fold a listing into the job: keep the meetings of the job's months (12 unless the user chose) up to the latest meeting
 * already held (not today: a committee's latest meeting may be months old), skipping those
 * already indexed (`isIndexed`) and those already queued.
 */
export function acceptListing(
  job: BackfillJob,
  listed: ListedMeeting[],
  isIndexed: (mid: string) => boolean,
  today: string,
): void {
  const held = listed.filter((m) => m.meetingDate && m.meetingDate <= today);
  const latest = held
    .filter((m) => !m.cancelled)
    .reduce<string | null>((a, m) => (a && a > m.meetingDate! ? a : m.meetingDate!), null);
  if (latest) {
    const since = `${addMonths(latest, -(job.months ?? DEFAULT_MONTHS_BACK))}${latest.slice(7)}`;
    if (!job.since || since > job.since) job.since = since;
  }
  const known = new Set([...job.done, ...job.skipped, ...job.failed, ...job.pending.map((m) => m.mid)]);
  const wanted = held
    .filter((m) => !job.since || m.meetingDate! >= job.since)
    .sort((a, b) => b.meetingDate!.localeCompare(a.meetingDate!));
  for (const m of wanted) {
    if (known.has(m.mid)) continue;
    known.add(m.mid);
    // Cancelled meetings have nothing to read: counted as skipped so progress covers the list.
    if (m.cancelled || isIndexed(m.mid)) job.skipped.push(m.mid);
    else job.pending.push(m);
  }
  recount(job);
}

/** Apply what the content script reports for a task. Returns the page to index, if any. */
export function applyOutcome(
  job: BackfillJob,
  task: BackfillTask,
  outcome: BackfillOutcome,
  isIndexed: (mid: string) => boolean,
  now = new Date(),
): { index: ParsedPage | null; listed: ListedMeeting[] } {
  job.updatedAt = now.toISOString();
  const today = now.toISOString().slice(0, 10);
  let index: ParsedPage | null = null;
  let listed: ListedMeeting[] = [];
  if (task.kind === 'list-ws' || task.kind === 'list-html') {
    if (job.listQueue[0]?.url !== task.url) return { index, listed }; // a stale or duplicate report
    job.listQueue.shift();
    if (!outcome.ok || !('meetings' in outcome) || (task.kind === 'list-ws' && !outcome.meetings.length)) {
      if (task.kind === 'list-ws') {
        // 404/500/count-only (Sutton style): the web service is no use here, read the HTML.
        job.webService = false;
        job.listQueue.unshift({ kind: 'list-html', url: job.listUrl });
      } else {
        job.status = 'error';
        job.error = outcome.ok
          ? 'The meetings list could not be read'
          : (outcome.error ?? `HTTP ${outcome.status ?? '?'}`);
      }
      return { index, listed };
    }
    job.listPagesRead += 1;
    listed = outcome.meetings;
    acceptListing(job, listed, isIndexed, today);
    const earliest = listed.reduce<string | null>(
      (a, m) => (m.meetingDate && (!a || m.meetingDate < a) ? m.meetingDate : a),
      null,
    );
    // Follow "earlier meetings" only when the list stops well short of the window: committees
    // meet at most about monthly, so a first meeting within 45 days of `since` covers it.
    const needEarlier = !!job.since && (!earliest || (addDays(job.since, 45) ?? '') < earliest);
    if (task.kind === 'list-html' && needEarlier && outcome.earlierUrl && job.listPagesRead < MAX_LIST_PAGES) {
      job.listQueue.push({ kind: 'list-html', url: outcome.earlierUrl });
    }
    return { index, listed };
  }
  const at = job.pending.findIndex((m) => m.mid === task.mid);
  if (at < 0) return { index, listed }; // already handled (another tab, or a repeat)
  if (outcome.ok && 'page' in outcome) {
    job.pending.splice(at, 1);
    job.done.push(task.mid);
    index = outcome.page;
  } else if (task.kind === 'meeting-ws') {
    // Keep the meeting queued: it is retried from its HTML page, as is every later one.
    job.webService = false;
  } else {
    job.pending.splice(at, 1);
    job.failed.push(task.mid);
  }
  recount(job);
  if (!job.pending.length && !job.listQueue.length && job.status === 'running') job.status = 'done';
  return { index, listed };
}
