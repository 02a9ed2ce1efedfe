// "Index this committee's past N months" (N from the options page): a progress bar with cancel and resume. Pure props →
// JSX; utils/content/backfill.ts runs the job and hands it the state and the three callbacks.
import type { BackfillJob } from '../../utils/related/types';

export interface BackfillPanelProps {
  committee: string | null;
  /** How far back the job reads (the options page's choice, or the running job's own). */
  months: number;
  job: BackfillJob | null;
  /** True while this tab is running the job's requests. */
  active: boolean;
  onStart: () => void;
  onCancel: () => void;
  onResume: () => void;
}

export function BackfillPanel({ committee, months, job, active, onStart, onCancel, onResume }: BackfillPanelProps) {
  const handled = job ? job.done.length + job.skipped.length + job.failed.length : 0;
  const total = job?.total ?? 0;
  const name = committee ?? 'this committee';
  return (
    <section
      class="section backfill"
      data-scrutineer-backfill=""
      data-status={job?.status ?? 'none'}
      aria-label="Index earlier meetings"
    >
      {!job ? (
        <button type="button" class="track" onClick={onStart}>
          Index {name}'s past {months === 1 ? 'month' : `${months} months`}
        </button>
      ) : (
        <>
          <p class="muted" role="status" aria-live="polite">
            {job.status === 'done'
              ? `Indexed ${job.done.length} earlier meetings (${job.skipped.length} already known or cancelled${job.failed.length ? `, ${job.failed.length} unreadable` : ''}).`
              : job.status === 'error'
                ? `Could not read the meetings list: ${job.error ?? 'unknown error'}.`
                : job.status === 'cancelled'
                  ? `Stopped after ${handled} of ${total} meetings.`
                  : total
                    ? `Indexing ${name}: ${handled} of ${total} meetings (one page a second).`
                    : `Reading ${name}'s meetings list…`}
          </p>
          <progress
            max={Math.max(total, 1)}
            value={handled}
            aria-label="Meetings indexed"
            data-done={handled}
            data-total={total}
          />
          {job.status === 'running' && active ? (
            <button type="button" class="track" onClick={onCancel} data-scrutineer-backfill-cancel="">
              Cancel
            </button>
          ) : null}
          {job.status === 'cancelled' ||
          job.status === 'error' ||
          job.status === 'paused' ||
          (job.status === 'running' && !active) ? (
            <button type="button" class="track" onClick={onResume} data-scrutineer-backfill-resume="">
              Resume
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
