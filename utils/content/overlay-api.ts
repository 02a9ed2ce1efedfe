// Everything the overlay's components may ask of the outside world, in one object built here in
// the content script: tracking a promise, linking a follow-up to the item that answers it, and
// backfilling a committee. Components receive these as callbacks and never send messages, fetch
// or touch storage themselves, so the direction stays page run → components, never back.
import { sendMessage } from '../messages';
import { defaultRunnerDeps, runBackfill } from './backfill-runner';
import type { LinkedItem } from '../related/types';
import type { Settings } from '../followups/settings';
import type { NewFollowUp, ParsedPage } from '../types';
import { createBackfill, type BackfillControls, type BackfillView } from './backfill';
import { spaced } from './spaced';
import { createWatch, type WatchControls, type WatchTarget } from './watch';

export interface OverlayApi {
  /** Send a follow-up to the tracker; resolves true when the background acknowledged it. */
  track(followUp: NewFollowUp): Promise<boolean>;
  /** Link an open follow-up to the item that answers it (and mark it done); true when saved. */
  linkFollowUp(followUpId: string, item: LinkedItem, markDone: boolean): Promise<boolean>;
  /** Backfill controls for the page's committee (null when the page has none to offer). */
  backfill(page: ParsedPage, onChange: (view: BackfillView) => void): BackfillControls | null;
  /** Watch controls for the page's committee (absent where the overlay offers none). */
  watch?(committee: WatchTarget, onChange: (on: boolean) => void): WatchControls;
  /** The options page's choices the cards honour (asked once per page; null when the background cannot say). */
  preferences?(): Promise<CardPreferences | null>;
}

export type CardPreferences = Pick<Settings, 'onDeviceSummaries' | 'backfillMonths'>;

/** The real API: typed messages to the background, and same-origin requests a second apart. */
export function createOverlayApi(origin: string, signal?: AbortSignal): OverlayApi {
  let preferences: Promise<CardPreferences | null> | null = null;
  return {
    preferences: () =>
      (preferences ??= sendMessage('followup/settings', {}).then(
        (r) => (r.ok ? r.settings : null),
        () => null,
      )),
    track: async (followUp) => (await sendMessage('followup/add', followUp)).ok,
    linkFollowUp: async (followUpId, item, markDone) =>
      (await sendMessage('related/link-followup', { followUpId, item, markDone })).ok,
    watch: (committee, onChange) => createWatch(committee, sendMessage, onChange),
    backfill(page, onChange) {
      const runner = defaultRunnerDeps(origin);
      const deps = { ...runner, fetchText: spaced(runner.fetchText, runner.sleep) };
      return createBackfill(
        page,
        {
          send: sendMessage,
          signal,
          run: (jobId, onProgress, runSignal) => runBackfill(jobId, deps, { signal: runSignal, onProgress }),
        },
        onChange,
      );
    },
  };
}
