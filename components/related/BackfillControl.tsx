// The backfill panel for one committee, wired up: asks the background for the job's state,
// resumes a job left running (tab closed, browser restarted) and runs it from this tab. The
// overlay mounts it in its digest: <BackfillControl page={page} signal={ctx.signal} />.
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messages';
import { defaultRunnerDeps, runBackfill } from '../../utils/related/backfill-runner';
import type { BackfillJob } from '../../utils/related/types';
import type { ParsedPage } from '../../utils/types';
import { BackfillPanel } from './BackfillPanel';

export interface BackfillControlProps {
  page: ParsedPage;
  /** Stops the requests when the content script's context goes away. */
  signal?: AbortSignal;
  /** Try mgWebService.asmx first (falls back to HTML by itself). */
  webService?: boolean;
}

export function BackfillControl({ page, signal, webService = true }: BackfillControlProps) {
  const cid = page.ids.cid ?? null;
  const [job, setJob] = useState<BackfillJob | null>(null);
  const [active, setActive] = useState(false);
  const running = useRef<AbortController | null>(null);

  const run = (id: string) => {
    if (running.current) return;
    const controller = new AbortController();
    signal?.addEventListener('abort', () => controller.abort(), { once: true });
    running.current = controller;
    setActive(true);
    void runBackfill(id, defaultRunnerDeps(new URL(page.url).origin), { signal: controller.signal, onProgress: setJob }).finally(() => {
      running.current = null;
      setActive(false);
    });
  };

  useEffect(() => {
    if (!cid) return;
    void sendMessage('related/backfill-status', { host: page.host, cid }).then((r) => {
      if (!r.ok || !r.jobs[0]) return;
      setJob(r.jobs[0]);
      if (r.jobs[0].status === 'running') run(r.jobs[0].id);
    });
    return () => running.current?.abort();
  }, [cid]); // once per page

  if (!cid || page.pageKind !== 'meeting') return null;
  return (
    <BackfillPanel
      committee={page.meeting.committee}
      job={job}
      active={active}
      onStart={async () => {
        const r = await sendMessage('related/backfill-start', { pageUrl: page.url, cid, committee: page.meeting.committee, webService });
        if (r.ok) {
          setJob(r.job);
          run(r.job.id);
        }
      }}
      onCancel={async () => {
        if (!job) return;
        running.current?.abort();
        const r = await sendMessage('related/backfill-cancel', { jobId: job.id });
        if (r.ok && r.job) setJob(r.job);
      }}
      onResume={async () => {
        if (!job) return;
        const r = await sendMessage('related/backfill-resume', { jobId: job.id });
        if (r.ok && r.job) {
          setJob(r.job);
          run(r.job.id);
        }
      }}
    />
  );
}
