// The background's side of the related-minutes index: storing pages, answering related-items
// queries, owning backfill job state (persisted, resumable, rate-limited) and closing the loop
// with the follow-up store. It never fetches council pages itself: a service worker has no
// DOMParser and no host permission; the content script on the council's origin fetches.
import type { HandlersFor } from '../messages';
import { issueKey, meetingKey } from '../moderngov/keys';
import { applyOutcome, createJob, jobId, takeTask } from '../related/backfill-queue';
import { HostPacer } from '../related/host-pacer';
import { matchFollowUps } from '../related/followup-match';
import { createJobStore } from '../related/job-store';
import type { RelatedMessages } from '../related/messages';
import { relatedAndWanted } from '../related/rank';
import { listingRequest } from '../related/listing-request';
import { RelatedIndex } from '../related/related-index';
import { searchItems } from '../related/search';
import type { BackfillJob } from '../related/types';
import { listFollowUps, updateFollowUp } from '../storage/followups';
import { getSettings } from '../storage/settings';
import type { Settings } from '../followups/settings';
import type { FollowUpPatch } from '../followups/patch';
import type { FollowUp, ParsedPage } from '../types';

export interface RelatedDeps {
  index: RelatedIndex;
  listFollowUps: () => Promise<FollowUp[]>;
  updateFollowUp: (id: string, patch: FollowUpPatch & { resolvedBy?: FollowUp['resolvedBy'] }) => Promise<FollowUp>;
  now: () => Date;
  /** The user's backfill choices (options page: how many months, whether to try mgWebService). */
  settings: () => Promise<Pick<Settings, 'backfillMonths' | 'backfillWebService'>>;
  /** A meeting was read and indexed (viewed or backfilled): watched subjects are matched against it. */
  onIndexed?: (page: ParsedPage) => Promise<unknown>;
  /** The per-host request clock (one for the whole background: watch checks use it too). */
  pacer: HostPacer;
}

function defaultDeps(): RelatedDeps {
  return {
    index: new RelatedIndex(),
    listFollowUps: async () => (await listFollowUps()).followUps,
    updateFollowUp: (id, patch) => updateFollowUp(id, patch),
    now: () => new Date(),
    settings: getSettings,
    pacer: new HostPacer(),
  };
}

/** Serialise job read-modify-writes: two tabs reporting at once must not lose an update. */
function createLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function relatedHandlers(overrides: Partial<RelatedDeps> = {}): HandlersFor<RelatedMessages> {
  const deps = { ...defaultDeps(), ...overrides };
  const { index } = deps;
  const locked = createLock();
  /** Per-host request clock, shared by jobs, one-off fetches and (through handlers.ts) watch checks. */
  const pacer = deps.pacer;
  const isIndexed = (host: string) => (mid: string) => index.hasMeeting(meetingKey(host, mid));

  const jobs = createJobStore(() => index.database());
  const getJob = (id: string) => jobs.get(id);
  const putJob = (job: BackfillJob) => jobs.put(job, deps.now());
  function setStatus(id: string, from: BackfillJob['status'][], to: BackfillJob['status']) {
    return locked(async () => {
      const job = await getJob(id);
      if (!job) return { ok: true as const, job: null };
      if (from.includes(job.status)) job.status = to;
      if (to === 'running') job.error = null;
      return { ok: true as const, job: await putJob(job) };
    });
  }

  return {
    async 'related/index-page'({ page }) {
      const items = await index.indexPage(page, 'view');
      void deps.onIndexed?.(page).catch(() => undefined);
      return { ok: true, items };
    },
    async 'related/query'({ page }) {
      await index.ready();
      const { related, listings } = relatedAndWanted(index, page);
      let followUps: FollowUp[] = [];
      try {
        followUps = await deps.listFollowUps();
      } catch {
        // The follow-up store being unavailable must not hide related links.
      }
      return {
        ok: true,
        related,
        matches: matchFollowUps(index, page, followUps),
        listings: listings.map((l) => listingRequest(page, l)),
      };
    },
    async 'related/issues-needed'({ pageUrl, iids }) {
      await index.ready();
      const host = new URL(pageUrl).host;
      const missing = new Map(iids.map((iid) => [issueKey(host, iid), iid.trim().toLowerCase()]));
      return { ok: true, missing: [...missing].filter(([key]) => !index.issues.has(key)).map(([, iid]) => iid) };
    },
    async 'related/index-issue'({ page, iid }) {
      const host = new URL(page.url).host.toLowerCase();
      const entries = page.history.map((h) => ({ ...h }));
      await index.putIssue({ host, iid: iid.trim().toLowerCase(), entries, fetchedAt: deps.now().toISOString() });
      return { ok: true, entries: entries.length };
    },
    async 'related/index-listing'({ pageUrl, cid, committee, meetings, listing }) {
      await index.addListing(new URL(pageUrl).origin, cid, committee, meetings, listing);
      return { ok: true, meetings: meetings.length };
    },
    async 'related/request-slot'({ pageUrl }) {
      return locked(async () => ({
        ok: true as const,
        waitMs: pacer.reserve(new URL(pageUrl).host, deps.now().getTime()),
      }));
    },
    async 'related/backfill-start'({ pageUrl, cid, committee, webService }) {
      return locked(async () => {
        const host = new URL(pageUrl).host.toLowerCase();
        const existing = await getJob(jobId(host, cid));
        if (existing && existing.status === 'running') return { ok: true as const, job: existing };
        // The options page decides how far back and by which route, unless the caller says otherwise.
        const chosen = await deps.settings().catch(() => null);
        const job = createJob(
          {
            pageUrl,
            cid,
            committee,
            webService: webService ?? chosen?.backfillWebService ?? true,
            months: chosen?.backfillMonths,
          },
          deps.now(),
        );
        if (existing) job.lastRequestAt = existing.lastRequestAt; // the rate limit outlives a restart of the job
        await index.ready();
        return { ok: true as const, job: await putJob(job) };
      });
    },
    async 'related/backfill-next'({ jobId: id }) {
      return locked(async () => {
        const job = await getJob(id);
        if (!job) return { ok: true as const, task: null, waitMs: 0, job: null };
        job.lastRequestAt = Math.max(job.lastRequestAt, pacer.lastAt(job.host));
        const next = takeTask(job, deps.now().getTime());
        if (next) pacer.note(job.host, job.lastRequestAt);
        await putJob(job);
        return { ok: true as const, task: next?.task ?? null, waitMs: next?.waitMs ?? 0, job };
      });
    },
    async 'related/backfill-result'({ jobId: id, task, outcome }) {
      return locked(async () => {
        const job = await getJob(id);
        if (!job) return { ok: true as const, job: null };
        await index.ready();
        const { index: page, listed } = applyOutcome(job, task, outcome, isIndexed(job.host), deps.now());
        // A meetings list names every meeting in its span: references into it resolve with no request.
        if (listed.length)
          await index.addListing(job.origin, job.cid, job.committee, listed, {
            key: `${job.host}|${job.cid}|${task.url}`,
            to: null,
          });
        if (page) {
          // A GetMeeting answer or a meeting page read by the parser; the listing's committee
          // name fills in when the page did not print one.
          if (!page.meeting.committee) page.meeting.committee = job.committee;
          await index.indexPage(page, task.kind === 'meeting-ws' ? 'web-service' : 'backfill');
          void deps.onIndexed?.(page).catch(() => undefined);
        }
        return { ok: true as const, job: await putJob(job) };
      });
    },
    async 'related/backfill-cancel'({ jobId: id }) {
      return setStatus(id, ['running', 'paused', 'error'], 'cancelled');
    },
    async 'related/backfill-resume'({ jobId: id }) {
      const result = await setStatus(id, ['paused', 'cancelled', 'error'], 'running');
      if (result.job && !result.job.listQueue.length && !result.job.pending.length) {
        // Nothing left: re-read the listing so meetings published since are picked up.
        result.job.listQueue.push({ kind: 'list-html', url: result.job.listUrl });
        await locked(() => putJob(result.job!));
      }
      return result;
    },
    async 'related/backfill-status'({ host, cid }) {
      return { ok: true, jobs: await jobs.list(host, cid) };
    },
    async 'related/link-followup'({ followUpId, item, markDone }) {
      const resolvedBy = { url: item.url, title: item.title, meetingDate: item.meetingDate };
      const followUp = await deps.updateFollowUp(followUpId, {
        resolvedBy,
        addNote: `Linked to "${item.title}"${item.meetingDate ? ` (${item.meetingDate})` : ''}: ${item.url}`,
        ...(markDone ? { status: 'Done' as const } : {}),
      });
      return { ok: true, followUp: { ...followUp, resolvedBy: followUp.resolvedBy ?? resolvedBy } };
    },
    async 'related/search'({ query, filters, limit }) {
      return { ok: true, ...(await searchItems(index, query, filters, Math.min(limit ?? 50, 200))) };
    },
    async 'related/facets'() {
      await index.ready();
      const committees = new Map<string, { host: string; committee: string }>();
      const hosts = new Set<string>();
      for (const m of index.meetings.values()) {
        if (m.stub) continue;
        hosts.add(m.host);
        if (m.committee) committees.set(`${m.host}|${m.committeeNorm}`, { host: m.host, committee: m.committee });
      }
      const meetings = [...index.meetings.values()].filter((m) => !m.stub).length;
      return {
        ok: true,
        hosts: [...hosts].sort(),
        committees: [...committees.values()].sort((a, b) => a.committee.localeCompare(b.committee)),
        items: index.search.size,
        meetings,
      };
    },
  };
}
