// "Index this committee's past N months" (N from the options page), the content script's side:
// asks the background for the committee's job, resumes a job left running (tab closed, browser
// restarted) and runs it from this tab through the same-origin runner, reporting every change to
// `onChange` so the overlay can redraw its panel. The panel itself (components/related/BackfillPanel.tsx) only
// renders what it is given and calls `start`, `cancel` and `resume`.
import type { sendMessage } from '../messages';
import type { BackfillJob } from '../related/types';
import type { ParsedPage } from '../types';

/** What the panel shows: the job (null before one exists) and whether this tab is running it. */
export interface BackfillView {
  job: BackfillJob | null;
  active: boolean;
}

export interface BackfillControls {
  start(): Promise<void>;
  cancel(): Promise<void>;
  resume(): Promise<void>;
  /** Stop running from this tab and stop reporting (the overlay was removed). */
  stop(): void;
}

export interface BackfillDeps {
  send: typeof sendMessage;
  /** Run the job's requests until it is done, cancelled or `signal` aborts. */
  run: (jobId: string, onProgress: (job: BackfillJob) => void, signal: AbortSignal) => Promise<unknown>;
  /** The page run's signal: aborts the requests when the content script goes away. */
  signal?: AbortSignal;
  /** Try mgWebService.asmx first (the runner falls back to HTML by itself); absent: the options page decides. */
  webService?: boolean;
}

/** Controls for the page's committee, or null when the page is not a meeting with a CId. */
export function createBackfill(
  page: ParsedPage,
  deps: BackfillDeps,
  onChange: (view: BackfillView) => void,
): BackfillControls | null {
  const cid = page.ids.cid;
  if (!cid || page.pageKind !== 'meeting') return null;
  const view: BackfillView = { job: null, active: false };
  let running: AbortController | null = null;
  let stopped = false;
  const emit = () => {
    if (!stopped) onChange({ ...view });
  };
  const setJob = (job: BackfillJob) => {
    view.job = job;
    emit();
  };
  const run = (id: string) => {
    if (running || stopped) return;
    const controller = (running = new AbortController());
    deps.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    view.active = true;
    emit();
    void deps.run(id, setJob, controller.signal).finally(() => {
      running = null;
      view.active = false;
      emit();
    });
  };
  /** Apply a reply carrying a job and, when asked, run it from this tab. */
  const take = (r: { ok: boolean; job?: BackfillJob | null }, andRun: boolean) => {
    if (!r.ok || !r.job) return;
    setJob(r.job);
    if (andRun) run(r.job.id);
  };

  void deps.send('related/backfill-status', { host: page.host, cid }).then((r) => {
    const job = r.ok ? r.jobs[0] : undefined;
    if (job) take({ ok: true, job }, job.status === 'running');
  });

  return {
    async start() {
      take(
        await deps.send('related/backfill-start', {
          pageUrl: page.url,
          cid,
          committee: page.meeting.committee,
          webService: deps.webService,
        }),
        true,
      );
    },
    async cancel() {
      if (!view.job) return;
      running?.abort();
      take(await deps.send('related/backfill-cancel', { jobId: view.job.id }), false);
    },
    async resume() {
      if (view.job) take(await deps.send('related/backfill-resume', { jobId: view.job.id }), true);
    },
    stop() {
      stopped = true;
      running?.abort();
    },
  };
}
