// The content script's backfill controls: the panel's three callbacks go through these, and the
// panel is redrawn from what they report. The background and the runner are fakes here; the
// real ones are covered in tests/unit/related/backfill.test.ts and the e2e suite.
import { describe, expect, it, vi } from 'vitest';
import { createBackfill, type BackfillDeps, type BackfillView } from '../../../utils/content/backfill';
import { createJob } from '../../../utils/related/backfill-queue';
import type { BackfillJob } from '../../../utils/related/types';
import { makeItem, makePage } from '../related/factory';

const page = makePage({ mid: '100', date: '2023-09-14', items: [makeItem({ title: 'Budget' })] });
const job = (status: BackfillJob['status']): BackfillJob => ({
  ...createJob({ pageUrl: page.url, cid: '433', committee: null, webService: false }),
  status,
});
const tick = () => new Promise((r) => setTimeout(r, 0));

function fakes(existing: BackfillJob | null) {
  const sent: string[] = [];
  const send = vi.fn(async (type: string) => {
    sent.push(type);
    if (type === 'related/backfill-status') return { ok: true, jobs: existing ? [existing] : [] };
    if (type === 'related/backfill-cancel') return { ok: true, job: job('cancelled') };
    return { ok: true, job: job('running') };
  }) as unknown as BackfillDeps['send'];
  let finish: () => void = () => {};
  const run = vi.fn((_id: string, onProgress: (j: BackfillJob) => void, signal: AbortSignal) => {
    onProgress({ ...job('running'), done: ['1'] });
    return new Promise<void>((resolve) => {
      finish = resolve;
      signal.addEventListener('abort', () => resolve());
    });
  });
  return { send, run, sent, finish: () => finish() };
}

describe('createBackfill', () => {
  it('offers nothing on a page without a committee id', () => {
    const f = fakes(null);
    expect(createBackfill({ ...page, ids: {} }, { send: f.send, run: f.run }, () => {})).toBeNull();
    expect(f.sent).toEqual([]);
  });

  it('asks for the job on creation and resumes one left running, reporting each change', async () => {
    const f = fakes(job('running'));
    const views: BackfillView[] = [];
    createBackfill(page, { send: f.send, run: f.run }, (v) => views.push(v));
    await tick();
    expect(f.sent).toEqual(['related/backfill-status']);
    expect(f.run).toHaveBeenCalledTimes(1);
    expect(views.at(-1)).toMatchObject({ active: true, job: { done: ['1'] } });
    f.finish();
    await tick();
    expect(views.at(-1)?.active).toBe(false);
  });

  it('starts, cancels (stopping this tab) and resumes through the background', async () => {
    const f = fakes(null);
    const views: BackfillView[] = [];
    const controls = createBackfill(page, { send: f.send, run: f.run }, (v) => views.push(v))!;
    await tick();
    expect(f.run).not.toHaveBeenCalled();
    await controls.start();
    expect(f.run).toHaveBeenCalledTimes(1);
    await controls.cancel();
    await tick();
    expect(views.at(-1)).toMatchObject({ active: false, job: { status: 'cancelled' } });
    await controls.resume();
    expect(f.run).toHaveBeenCalledTimes(2);
    expect(f.sent).toEqual([
      'related/backfill-status',
      'related/backfill-start',
      'related/backfill-cancel',
      'related/backfill-resume',
    ]);
  });

  it('stops running and reporting once the overlay is removed', async () => {
    const f = fakes(job('running'));
    const onChange = vi.fn();
    const controls = createBackfill(page, { send: f.send, run: f.run }, onChange)!;
    await tick();
    const calls = onChange.mock.calls.length;
    controls.stop();
    await tick();
    expect(onChange.mock.calls.length).toBe(calls);
  });
});
