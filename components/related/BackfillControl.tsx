// The backfill panel for one committee, wired up: asks the background for the job's state,
// resumes a job left running (tab closed, browser restarted) and runs it from this tab. The
// overlay mounts it in its digest: <BackfillControl page={page} signal={ctx.signal} />.
// A class component: `preact/hooks` would add about 1 KB gzipped to the content script.
import { Component } from 'preact';
import { sendMessage } from '../../utils/messages';
import { defaultRunnerDeps, runBackfill } from '../../utils/related/backfill-runner';
import type { BackfillJob } from '../../utils/related/types';
import type { ParsedPage } from '../../utils/types';
import { spaced } from '../../utils/content/spaced';
import { BackfillPanel } from './BackfillPanel';

export interface BackfillControlProps {
  page: ParsedPage;
  /** Stops the requests when the content script's context goes away. */
  signal?: AbortSignal;
  /** Try mgWebService.asmx first (falls back to HTML by itself). */
  webService?: boolean;
}

interface State {
  job: BackfillJob | null;
  /** True while this tab runs the job's requests. */
  active: boolean;
}

export class BackfillControl extends Component<BackfillControlProps, State> {
  override state: State = { job: null, active: false };
  private running: AbortController | null = null;
  private gone = false;

  private setJob = (job: BackfillJob) => {
    if (!this.gone) this.setState({ job });
  };

  private run(id: string): void {
    if (this.running || this.gone) return;
    const controller = (this.running = new AbortController());
    this.props.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    this.setState({ active: true });
    const deps = defaultRunnerDeps(new URL(this.props.page.url).origin);
    void runBackfill(id, { ...deps, fetchText: spaced(deps.fetchText, deps.sleep) }, { signal: controller.signal, onProgress: this.setJob }).finally(() => {
      this.running = null;
      if (!this.gone) this.setState({ active: false });
    });
  }

  /** Apply a reply carrying a job and, when asked, run it from this tab. */
  private take(r: { ok: boolean; job?: BackfillJob | null }, run: boolean): void {
    if (!r.ok || !r.job) return;
    this.setJob(r.job);
    if (run) this.run(r.job.id);
  }

  override componentDidMount(): void {
    const { page } = this.props;
    const cid = page.ids.cid;
    if (!cid) return;
    void sendMessage('related/backfill-status', { host: page.host, cid }).then((r) => {
      const job = r.ok ? r.jobs[0] : undefined;
      if (job) this.take({ ok: true, job }, job.status === 'running');
    });
  }

  override componentWillUnmount(): void {
    this.gone = true;
    this.running?.abort();
  }

  render({ page, webService = true }: BackfillControlProps, { job, active }: State) {
    const cid = page.ids.cid;
    if (!cid || page.pageKind !== 'meeting') return null;
    const committee = page.meeting.committee;
    return (
      <BackfillPanel
        committee={committee}
        job={job}
        active={active}
        onStart={async () => this.take(await sendMessage('related/backfill-start', { pageUrl: page.url, cid, committee, webService }), true)}
        onCancel={async () => {
          if (!job) return;
          this.running?.abort();
          this.take(await sendMessage('related/backfill-cancel', { jobId: job.id }), false);
        }}
        onResume={async () => {
          if (job) this.take(await sendMessage('related/backfill-resume', { jobId: job.id }), true);
        }}
      />
    );
  }
}
