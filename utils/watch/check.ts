// One check of everything watched. For each council host (hosts in parallel, one host's requests
// one at a time, at least a second apart on the background's one clock per council, which the
// content script's request slots share: host-pacer.ts) and each committee on it: one conditional request for
// the meetings list (mgWebService GetMeetings where the council offers it, ieListMeetings.aspx
// otherwise); only when the list changed, one request per new meeting (GetMeeting or its page)
// and per recent meeting that may have gained items or minutes. A failing host is left alone
// (backoff.ts) and nothing is retried within a check.
import { meetingsListUrl, webServiceMeetingUrl, webServiceMeetingsUrl } from '../moderngov/urls';
import { formatDate } from '../related/text';
import type { ListedMeeting } from '../related/types';
import type { FollowUpMatch } from '../related/types';
import type { FollowUp, ParsedPage } from '../types';
import { HostPacer } from '../related/host-pacer';
import { freshHost, mayRequest, recordFailure, recordSuccess, retryAfterMs } from './backoff';
import { textHash, type FetchAnswer, type Validators } from './conditional-fetch';
import { entriesForMeeting } from './entries';
import { readHtmlList, readMeeting, readWsList } from './readers';
import type { WatchStore } from './store';
import { checkTargets, committeeWatchFor, subjectsFor, type CheckTarget } from './targets';
import type { HostState, ListState, NewEntry, Watch } from './types';

export const MIN_INTERVAL_MS = 1000;
/** At most this many meeting pages per committee per check (a list that jumped after months away). */
const MAX_MEETINGS_PER_LIST = 8;
/** Meetings this close to today may still gain items (supplements) or minutes: re-read when the list changes. */
const RECENT_DAYS_BEFORE = 45;
const RECENT_DAYS_AFTER = 60;

export interface CheckDeps {
  store: WatchStore;
  fetch: (url: string, validators: Validators | null) => Promise<FetchAnswer>;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  /** Store a read meeting in the related index, and match it against open follow-ups. */
  indexPage?: (page: ParsedPage) => Promise<void>;
  matchFollowUps?: (page: ParsedPage, followUps: FollowUp[]) => Record<number, FollowUpMatch[]>;
  listFollowUps?: () => Promise<FollowUp[]>;
  /** The options page's "use the council's web service": false reads only the HTML meetings lists. */
  webService?: boolean;
  /** The background's per-host request clock, shared with the content script's request slots. */
  pacer?: HostPacer;
}

export type HostOutcome = 'ok' | 'unchanged' | 'backing-off' | 'failed';

export interface CheckReport {
  requests: number;
  added: NewEntry[];
  hosts: Record<string, { outcome: HostOutcome; error: string | null; retryAt: number }>;
}

const dayOffset = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** A year either side of today: past meetings gain minutes, future ones get agendas. */
const wsListUrl = (t: CheckTarget, now: Date) =>
  webServiceMeetingsUrl(
    t.base,
    t.cid,
    new Date(now.getTime() - 365 * 86_400_000),
    new Date(now.getTime() + 365 * 86_400_000),
  );
const htmlListUrl = (t: CheckTarget) => meetingsListUrl(t.base, t.cid);
/** Outside the span the web-service list asks for (undated meetings count as outside). */
const outsideWsSpan = (date: string | null, now: Date) =>
  !date || date < dayOffset(now, -365) || date > dayOffset(now, 365);

function emptyList(key: string): ListState {
  return {
    key,
    etag: null,
    lastModified: null,
    hash: null,
    url: null,
    webService: null,
    known: {},
    seeded: false,
    checkedAt: null,
  };
}

/** What the list says, reduced to what matters (so a page with a changing footer is still "unchanged"). */
const listHash = (meetings: ListedMeeting[]) =>
  textHash(
    meetings
      .map((m) => `${m.mid}|${m.meetingDate}|${m.cancelled ? 1 : 0}`)
      .sort()
      .join('\n'),
  );

class HostFailed extends Error {}

/** Run one check; `only` limits it to some list keys (a new watch's first read). */
export async function runCheck(deps: CheckDeps, options: { only?: string[] } = {}): Promise<CheckReport> {
  const watches = await deps.store.watches();
  const report: CheckReport = { requests: 0, added: [], hosts: {} };
  const pacer = deps.pacer ?? new HostPacer(MIN_INTERVAL_MS);
  let followUps: FollowUp[] | null = null;
  const openFollowUps = async () => (followUps ??= (await deps.listFollowUps?.().catch(() => [])) ?? []);

  async function checkHost(host: string, targets: CheckTarget[]): Promise<void> {
    let state: HostState = (await deps.store.host(host)) ?? freshHost(host);
    if (!mayRequest(state, deps.now().getTime())) {
      report.hosts[host] = { outcome: 'backing-off', error: state.lastError, retryAt: state.retryAt };
      return;
    }
    let changed = false;
    /** One request, paced; a council-side failure ends this host's check (HostFailed). */
    const get = async (url: string, validators: Validators | null): Promise<FetchAnswer> => {
      const wait = pacer.reserve(host, deps.now().getTime());
      if (wait > 0) await deps.sleep(wait);
      report.requests++;
      const answer = await deps.fetch(url, validators);
      // A slow answer moves the clock on: the next request waits a second from its end.
      pacer.note(host, deps.now().getTime());
      if (answer.kind === 'failed') {
        state = recordFailure(
          state,
          answer.error,
          deps.now().getTime(),
          retryAfterMs(answer.retryAfter, deps.now().getTime()),
        );
        throw new HostFailed(answer.error);
      }
      return answer;
    };
    try {
      for (const t of targets) changed = (await checkList(t, get)) || changed;
      state = recordSuccess(state, deps.now());
      report.hosts[host] = { outcome: changed ? 'ok' : 'unchanged', error: null, retryAt: 0 };
    } catch (error) {
      if (!(error instanceof HostFailed)) throw error;
      report.hosts[host] = { outcome: 'failed', error: state.lastError, retryAt: state.retryAt };
    } finally {
      await deps.store.putHost(state);
    }
  }

  /** Read one committee's list and its new meetings; true when something changed. */
  async function checkList(
    t: CheckTarget,
    get: (url: string, v: Validators | null) => Promise<FetchAnswer>,
  ): Promise<boolean> {
    const now = deps.now();
    const list = (await deps.store.list(t.key)) ?? emptyList(t.key);
    let meetings: ListedMeeting[] | null = null;
    let source: 'ws' | 'html' = 'html';
    let answered: { url: string; validators: Validators } | null = null;
    if (list.webService !== false && deps.webService !== false) {
      const url = wsListUrl(t, now);
      const a = await get(url, list.webService && list.url === url ? list : null);
      if (a.kind === 'not-modified') return touch(list, now);
      meetings = a.kind === 'ok' ? readWsList(a.text, t.base, t.cid) : null;
      if (meetings && a.kind === 'ok') {
        source = 'ws';
        list.webService = true;
        answered = { url, validators: a.validators };
      } else list.webService = false; // 404, count only, not XML: read the HTML list from now on
    }
    if (!meetings) {
      const url = htmlListUrl(t);
      const a = await get(url, list.url === url ? list : null);
      if (a.kind === 'not-modified') return touch(list, now);
      if (a.kind !== 'ok') return touch(list, now); // the list is gone (404): nothing to report
      meetings = readHtmlList(a.text, url);
      answered = { url, validators: a.validators };
    }
    // The list now comes by another route (the user changed the web-service option, or the web
    // service stopped answering): the two cover different spans of dates, so meetings outside the
    // web service's year either side are old news, not new meetings.
    const switched = list.seeded && list.url !== null && list.url !== answered!.url;
    Object.assign(list, answered!.validators, { url: answered!.url });
    if (switched)
      for (const m of meetings)
        if (!list.known[m.mid] && outsideWsSpan(m.meetingDate, now))
          list.known[m.mid] = { date: m.meetingDate, titles: null, minutes: false };
    const hash = listHash(meetings);
    if (list.seeded && hash === list.hash) return touch(list, now);
    list.hash = hash;
    if (!list.seeded) {
      // The first read records what is already published: only what comes after is "new".
      for (const m of meetings) list.known[m.mid] = { date: m.meetingDate, titles: null, minutes: false };
      list.seeded = true;
      return touch(list, now);
    }
    const fresh = meetings.filter((m) => !list.known[m.mid] && !m.cancelled);
    const from = dayOffset(now, -RECENT_DAYS_BEFORE);
    const to = dayOffset(now, RECENT_DAYS_AFTER);
    const recent = meetings.filter(
      (m) => list.known[m.mid] && !m.cancelled && m.meetingDate && m.meetingDate >= from && m.meetingDate <= to,
    );
    for (const m of meetings)
      if (!list.known[m.mid] && m.cancelled) list.known[m.mid] = { date: m.meetingDate, titles: null, minutes: false };
    for (const m of [...fresh, ...recent].slice(0, MAX_MEETINGS_PER_LIST)) {
      const isNew = !list.known[m.mid];
      const url = source === 'ws' ? webServiceMeetingUrl(t.base, m.mid) : m.url;
      const a = await get(url, null);
      const page = a.kind === 'ok' ? readMeeting(a.text, source, m.url, t.committee) : null;
      if (!page) continue; // unreadable: tried again when the list next changes
      const before = list.known[m.mid];
      const titles = page.meeting.items.map((i) => i.title);
      const minutes = page.meeting.kind === 'minutes';
      list.known[m.mid] = { date: m.meetingDate ?? page.meeting.meetingDate, titles, minutes };
      const newItems = isNew
        ? titles.map((_, i) => i)
        : before?.titles
          ? titles.flatMap((title, i) => (before.titles!.includes(title) ? [] : [i]))
          : [];
      const minutesNow = !isNew && minutes && !before?.minutes && before?.titles !== null;
      if (!isNew && !newItems.length && !minutesNow) continue;
      await deps.indexPage?.(page).catch(() => undefined);
      const entries = entriesForMeeting({
        page,
        newItems,
        newMeeting: isNew,
        committeeWatch: committeeWatchFor(watches, t.host, t.cid),
        subjects: subjectsFor(watches, t.host, t.cid),
        followUps: deps.matchFollowUps ? deps.matchFollowUps(page, await openFollowUps()) : {},
        now,
      });
      report.added.push(...(await deps.store.addEntries(entries)));
    }
    await touch(list, now);
    return true;
  }

  async function touch(list: ListState, now: Date): Promise<false> {
    list.checkedAt = now.toISOString();
    await deps.store.putList(list);
    return false;
  }

  const byHost = checkTargets(watches);
  if (options.only)
    for (const [host, targets] of byHost)
      byHost.set(
        host,
        targets.filter((t) => options.only!.includes(t.key)),
      );
  await Promise.all([...byHost].filter(([, t]) => t.length).map(([host, targets]) => checkHost(host, targets)));
  return report;
}

/** "Agenda: …" for a notification summarising what a check found. */
export function summarise(added: NewEntry[]): string {
  const n = (reason: NewEntry['reason']) => added.filter((e) => e.reason === reason).length;
  const parts = [
    n('committee') && `${n('committee')} new meeting paper${n('committee') === 1 ? '' : 's'}`,
    n('subject') && `${n('subject')} item${n('subject') === 1 ? '' : 's'} on watched subjects`,
    n('followup') && `${n('followup')} possible update${n('followup') === 1 ? '' : 's'} on tracked promises`,
  ].filter(Boolean);
  const first = added[0];
  return `${parts.join(', ')}.${first ? ` Latest: ${first.title}${first.meetingDate ? ` (${formatDate(first.meetingDate)})` : ''}.` : ''}`;
}

export type { Watch };
