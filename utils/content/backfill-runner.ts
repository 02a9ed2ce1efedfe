// The content-script half of backfill. Why here: a MV3 service worker has no DOMParser, and
// fetching council pages from an extension page would need a host permission per council
// (ModernGov runs on hundreds of hosts). The content script already runs on the council's
// origin, so its same-origin fetches need no permission and cannot reach any other site. The
// background owns the queue (persisted, one request per second per host, dedupe); this loop
// asks it for the next task, waits the time it says, fetches, parses, and reports back. If the
// tab closes mid-job the job stays `running` and continues the next time a page of that council
// is open (or from the panel's Resume), after a browser restart too.
import { errorMessage, sendMessage } from '../messages';
import type { BackfillOutcome } from '../related/backfill-queue';
import { readMeetingList } from '../related/list-meetings';
import { fetchSameOrigin, sleep, type FetchedText } from './same-origin-fetch';
import type { BackfillJob, BackfillTask } from '../related/types';
import { readGetMeetings } from '../related/web-service-list';
import { loadAnalysis, type AnalysisApi } from './analysis-loader';

export interface RunnerDeps {
  send: typeof sendMessage;
  fetchText: (url: string, signal?: AbortSignal) => Promise<FetchedText>;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The page readers that run the extraction engine (loaded lazily: analysis-loader.ts). */
  readers: () => Promise<Pick<AnalysisApi, 'createParsedPage' | 'readGetMeeting'>>;
}

export function defaultRunnerDeps(origin: string): RunnerDeps {
  return {
    send: sendMessage,
    fetchText: (url, signal) => fetchSameOrigin(url, origin, signal),
    sleep,
    readers: loadAnalysis,
  };
}

const parseHtml = (text: string) => new DOMParser().parseFromString(text, 'text/html');
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'text/xml');

/** Fetch and read one task's page; failures are outcomes, never exceptions. */
export async function performTask(
  task: BackfillTask,
  job: BackfillJob,
  deps: RunnerDeps,
  signal?: AbortSignal,
): Promise<BackfillOutcome> {
  let got: FetchedText;
  try {
    got = await deps.fetchText(task.url, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: errorMessage(error) };
  }
  if (got.status !== 200) return { ok: false, status: got.status };
  try {
    switch (task.kind) {
      case 'list-ws': {
        const read = readGetMeetings(parseXml(got.text), job.listUrl, job.cid);
        return read.countOnly || !read.meetings.length
          ? { ok: false, countOnly: read.countOnly }
          : { ok: true, meetings: read.meetings };
      }
      case 'list-html': {
        const read = readMeetingList(parseHtml(got.text), new URL(task.url));
        return { ok: true, meetings: read.meetings, earlierUrl: read.earlierUrl };
      }
      case 'meeting-ws': {
        const page = (await deps.readers()).readGetMeeting(parseXml(got.text), task.pageUrl, job.committee);
        return page ? { ok: true, page } : { ok: false, error: 'not a GetMeeting answer' };
      }
      case 'meeting-html': {
        const page = (await deps.readers()).createParsedPage(parseHtml(got.text), new URL(task.url));
        return page && page.pageKind === 'meeting' ? { ok: true, page } : { ok: false, error: 'page not recognised' };
      }
    }
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/** Run a job until it is done, cancelled or `signal` aborts; `onProgress` sees every state. */
export async function runBackfill(
  jobId: string,
  deps: RunnerDeps,
  options: { signal?: AbortSignal; onProgress?: (job: BackfillJob) => void } = {},
): Promise<BackfillJob | null> {
  const { signal, onProgress } = options;
  let last: BackfillJob | null = null;
  while (!signal?.aborted) {
    const next = await deps.send('related/backfill-next', { jobId });
    if (!next.ok) return last;
    last = next.job;
    if (last) onProgress?.(last);
    if (!next.task || !last) return last;
    try {
      await deps.sleep(next.waitMs, signal);
      const outcome = await performTask(next.task, last, deps, signal);
      const result = await deps.send('related/backfill-result', { jobId, task: next.task, outcome });
      if (!result.ok) return last;
      last = result.job;
      if (last) onProgress?.(last);
      if (!last || last.status !== 'running') return last;
    } catch {
      return last; // aborted
    }
  }
  return last;
}
