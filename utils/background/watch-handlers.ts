// The background's side of watching: the watches themselves, the scheduled and on-demand check,
// what it found (the popup's "New" section, the badge), and host access given back when the last
// watch on a council goes. The check fetches from here, with the optional host permission the
// user granted for that council alone (see utils/watch/permissions.ts).
import { browser } from 'wxt/browser';
import type { HandlersFor } from '../messages';
import { clampMonths } from '../related/backfill-queue';
import { matchFollowUps } from '../related/followup-match';
import { modernGovBase } from '../moderngov/urls';
import type { RelatedIndex } from '../related/related-index';
import type { HostPacer } from '../related/host-pacer';
import { getDB } from '../storage/connection';
import { listFollowUps } from '../storage/followups';
import { getSettings, updateSettings } from '../storage/settings';
import { runCheck, summarise, type CheckReport } from '../watch/check';
import { conditionalFetch } from '../watch/conditional-fetch';
import type { WatchMessages, WatchInput } from '../watch/messages';
import { subjectEntriesForPage } from '../watch/page-subjects';
import { hasHostAccess, originPattern, releaseHostAccess } from '../watch/permissions';
import type { ParsedPage } from '../types';
import { scheduleWatchCheck, WATCH_ALARM } from '../watch/schedule';
import { WatchStore } from '../watch/store';
import { committeeWatchId, listKey, originsInUse } from '../watch/targets';
import type { NewEntry, Watch } from '../watch/types';
import { refreshBadge } from './reminders';

const NOTIFICATION_ID = 'scrutineer-new-papers';
/** A symbol key: the scheduled check rides along with the handlers but no message can name it. */
export const WATCH_CHECK = Symbol('watch-check');

export interface WatchDeps {
  store: WatchStore;
  index: RelatedIndex;
  now: () => Date;
  /** The per-host request clock the content script's request slots use too (handlers.ts). */
  pacer?: HostPacer;
}

function toWatch(input: WatchInput, now: Date): Watch {
  const createdAt = now.toISOString();
  if (input.kind === 'committee') {
    const url = new URL(input.pageUrl);
    const cid = input.cid.toLowerCase();
    return {
      id: committeeWatchId(url.host, cid),
      kind: 'committee',
      origin: url.origin,
      host: url.host.toLowerCase(),
      base: modernGovBase(url.href),
      cid,
      committee: input.committee,
      paused: false,
      createdAt,
    };
  }
  const words = input.words.replace(/\s+/g, ' ').trim();
  if (!words) throw new Error('Type the words or "phrase" to watch for.');
  const url = input.pageUrl ? new URL(input.pageUrl) : null;
  const cid = url && input.cid ? input.cid.toLowerCase() : null;
  return {
    id: `subject|${crypto.randomUUID()}`,
    kind: 'subject',
    words,
    origin: url?.origin ?? null,
    host: url?.host.toLowerCase() ?? null,
    base: url && cid ? modernGovBase(url.href) : null,
    cid,
    committee: cid ? (input.committee ?? null) : null,
    paused: false,
    createdAt,
  };
}

export function watchHandlers(deps: WatchDeps): HandlersFor<WatchMessages> & {
  runScheduledCheck(): Promise<CheckReport>;
  matchPage(page: ParsedPage): Promise<NewEntry[]>;
} {
  const { store, index } = deps;
  let running: Promise<CheckReport> | null = null;

  /** One check at a time: "Check now" during a scheduled check joins it instead of doubling the requests. */
  function check(only?: string[]): Promise<CheckReport> {
    if (running && !only) return running;
    const run = (async () => {
      if (running && only) await running.catch(() => undefined);
      const { backfillWebService } = await getSettings().catch(() => ({ backfillWebService: true }));
      const report = await runCheck(
        {
          store,
          fetch: conditionalFetch,
          sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
          now: deps.now,
          indexPage: async (page) => void (await index.indexPage(page, 'backfill')),
          matchFollowUps: (page, followUps) => matchFollowUps(index, page, followUps),
          listFollowUps: async () => {
            await index.ready();
            return (await listFollowUps()).followUps;
          },
          webService: backfillWebService,
          pacer: deps.pacer,
        },
        { only },
      );
      if (!only) await updateSettings({ lastWatchCheck: deps.now().toISOString() });
      if (report.added.length) await notify(report);
      await refreshBadge().catch(() => undefined);
      return report;
    })();
    if (!only) running = run.finally(() => (running = null));
    return run;
  }

  async function notify(report: CheckReport): Promise<void> {
    const settings = await getSettings();
    if (!settings.watchNotify || !browser.notifications) return;
    if (!(await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false))) return;
    await browser.notifications.create(NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/48.png'),
      title: 'Scrutineer: new council papers',
      message: summarise(report.added),
    });
  }

  /** Give back a council's host access when no watch needs it any more. */
  async function releaseUnused(origin: string | null): Promise<boolean> {
    // Access is per host name (match patterns carry no port): kept while any watch there needs it.
    if (!origin || [...originsInUse(await store.watches())].some((o) => originPattern(o) === originPattern(origin)))
      return false;
    return releaseHostAccess(origin);
  }

  async function addWatch(input: WatchInput): Promise<Watch> {
    const watch = toWatch(input, deps.now());
    if (watch.origin && !(await hasHostAccess(watch.origin))) {
      throw new Error(`Scrutineer has not been allowed to read ${watch.host} yet.`);
    }
    const existing = await store.getWatch(watch.id);
    if (existing) return existing.paused ? store.putWatch({ ...existing, paused: false }) : existing;
    await store.putWatch(watch);
    // Read the list once now, so only what is published after this moment counts as new.
    if (watch.host && watch.cid) await check([listKey(watch.host, watch.cid)]).catch(() => undefined);
    return watch;
  }

  return {
    runScheduledCheck: () => check(),
    /** A meeting read some other way (viewed, backfilled): its items matching a watched subject. */
    async matchPage(page) {
      const added = await store.addEntries(subjectEntriesForPage(await store.watches(), page, deps.now()));
      if (added.length) await refreshBadge().catch(() => undefined);
      return added;
    },
    async 'watch/list'() {
      const [watches, entries, hosts, settings] = await Promise.all([
        store.watches(),
        store.entries(),
        store.hosts(),
        getSettings(),
      ]);
      return {
        ok: true,
        watches,
        entries,
        unseen: entries.filter((e) => !e.seen).length,
        hosts,
        lastCheck: settings.lastWatchCheck,
        settings,
      };
    },
    async 'watch/button'({ pageUrl, cid, committee, press }) {
      const url = new URL(pageUrl);
      const id = committeeWatchId(url.host, cid);
      const existing = await store.getWatch(id);
      if (!press) return { ok: true, watched: Boolean(existing && !existing.paused), asking: false };
      if (existing && !existing.paused) {
        await store.deleteWatch(id);
        await releaseUnused(existing.origin);
        return { ok: true, watched: false, asking: false };
      }
      if (await hasHostAccess(url.origin)) {
        await addWatch({ kind: 'committee', pageUrl, cid, committee });
        return { ok: true, watched: true, asking: false };
      }
      const ask = new URLSearchParams({ watch: 'committee', pageUrl, cid, committee: committee ?? '' });
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html?${ask}`) });
      return { ok: true, watched: false, asking: true };
    },
    async 'watch/add'({ watch }) {
      return { ok: true, watch: await addWatch(watch) };
    },
    async 'watch/update'({ id, patch }) {
      const watch = await store.getWatch(id);
      if (!watch) throw new Error('That watch no longer exists.');
      const next: Watch = { ...watch, ...(patch.paused !== undefined ? { paused: patch.paused } : {}) };
      if (next.kind === 'subject' && patch.words !== undefined) {
        const words = patch.words.replace(/\s+/g, ' ').trim();
        if (!words) throw new Error('Type the words or "phrase" to watch for.');
        next.words = words;
      }
      return { ok: true, watch: await store.putWatch(next) };
    },
    async 'watch/remove'({ id }) {
      const old = await store.deleteWatch(id);
      if (old?.kind === 'committee' || (old?.host && old.cid)) {
        const watches = await store.watches();
        if (!watches.some((w) => w.host === old.host && w.cid === old.cid))
          await store.deleteList(listKey(old.host!, old.cid!));
      }
      await refreshBadge().catch(() => undefined);
      return { ok: true, released: await releaseUnused(old?.origin ?? null) };
    },
    async 'watch/check-now'() {
      return { ok: true, report: await check() };
    },
    async 'watch/mark'({ ids, dismiss }) {
      const changed = await store.markEntries(dismiss ? { seen: true, dismissed: true } : { seen: true }, ids);
      await refreshBadge().catch(() => undefined);
      return { ok: true, changed };
    },
    async 'watch/settings'({ patch }) {
      const clean = { ...patch };
      if (clean.watchCheckMinutes !== undefined)
        clean.watchCheckMinutes = Math.min(7 * 24 * 60, Math.max(0.1, Number(clean.watchCheckMinutes) || 24 * 60));
      if (clean.reportSizeLimitMb !== undefined)
        clean.reportSizeLimitMb = Math.min(200, Math.max(1, Number(clean.reportSizeLimitMb) || 20));
      if (clean.backfillMonths !== undefined) clean.backfillMonths = clampMonths(clean.backfillMonths);
      const settings = await updateSettings(clean);
      if (clean.watchCheckMinutes !== undefined) await scheduleWatchCheck(settings.watchCheckMinutes, true);
      return { ok: true, settings };
    },
    async 'watch/clear-all'() {
      const origins = originsInUse(await store.watches());
      const db = await getDB();
      const tx = db.transaction(['followUps', 'settings', 'quarantine'], 'readwrite');
      await Promise.all([
        tx.objectStore('followUps').clear(),
        tx.objectStore('settings').clear(),
        tx.objectStore('quarantine').clear(),
        tx.done,
      ]);
      await index.clear();
      await store.clear();
      let released = 0;
      for (const pattern of new Set([...origins].map(originPattern)))
        if (await releaseHostAccess(pattern.replace(/\/\*$/, ''))) released++;
      await scheduleWatchCheck((await getSettings()).watchCheckMinutes, true);
      await refreshBadge().catch(() => undefined);
      return { ok: true, released };
    },
  };
}

/** Background wiring: the alarm runs the check; the schedule follows the setting. */
export function setupWatching(handlers: { [WATCH_CHECK]: () => Promise<unknown> }): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM)
      void handlers[WATCH_CHECK]().catch((e) => console.warn('Scrutineer watch check failed', e));
  });
  browser.notifications?.onClicked?.addListener((id) => {
    if (id === NOTIFICATION_ID) void browser.tabs.create({ url: browser.runtime.getURL('/tracker.html#whats-new') });
  });
  void getSettings()
    .then((s) => scheduleWatchCheck(s.watchCheckMinutes))
    .catch((e) => console.warn('Scrutineer could not schedule watch checks', e));
}
