// Backfill jobs in the index database's `jobs` store: small async functions that hide the
// transactions, as utils/storage does for follow-ups. Background only (the database belongs to
// the extension's origin). The job's state machine is pure and lives in backfill-queue.ts; the
// handlers in utils/background/related-handlers.ts read, step and write jobs through this.
import { jobId } from './backfill-queue';
import type { IndexDatabase } from './db';
import type { BackfillJob } from './types';

export interface JobStore {
  /** The job, or null when there is none with this id. */
  get(id: string): Promise<BackfillJob | null>;
  /** Write the job, stamping `updatedAt`; returns it. */
  put(job: BackfillJob, now: Date): Promise<BackfillJob>;
  /** Jobs of one council host, or of one committee there when `cid` is given; [] when none. */
  list(host: string, cid?: string | null): Promise<BackfillJob[]>;
}

/** The job store over an (opened, upgraded) index database. */
export function createJobStore(database: () => Promise<IndexDatabase>): JobStore {
  return {
    async get(id) {
      return (await (await database()).get('jobs', id)) ?? null;
    },
    async put(job, now) {
      job.updatedAt = now.toISOString();
      await (await database()).put('jobs', job);
      return job;
    },
    async list(host, cid) {
      const db = await database();
      if (cid) {
        // Looked up by key, so a CId of any case finds its job (the job keeps the CId as the page spelled it).
        const job = await db.get('jobs', jobId(host, cid));
        return job ? [job] : [];
      }
      const h = host.trim().toLowerCase();
      return (await db.getAll('jobs')).filter((j) => j.host === h);
    },
  };
}
