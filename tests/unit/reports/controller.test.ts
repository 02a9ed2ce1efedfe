// The content side's document queue with its I/O faked: a cached reading costs no request, every
// download takes a request slot first and the tab's spacing gate, a failed fetch can be retried,
// and a large document waits for "read it?".
import { describe, expect, it } from 'vitest';
import { createReports, type ReportsDeps } from '../../../utils/reports/controller';
import { emptySummary } from '../../../utils/extract/report';
import type { Fetched } from '../../../utils/reports/fetch-bytes';
import type { ParsedPage } from '../../../utils/types';
import { makeItem } from '../related/factory';

const doc = (n: number, size = 'PDF 3 KB') => ({
  title: `Report ${n}`,
  href: `https://x.example/documents/s${n}/Report.pdf`,
  size,
  kind: 'report' as const,
});
const page = (docs: ReturnType<typeof doc>[]): ParsedPage => ({
  url: 'https://x.example/ieListDocuments.aspx?CId=1&MId=2',
  host: 'x.example',
  pageKey: 'x.example|meeting|2',
  pageKind: 'meeting',
  heading: 'Agenda',
  ids: { cid: '1', mid: '2' },
  history: [],
  meeting: {
    kind: 'agenda',
    committee: 'Cabinet',
    meetingDate: '2026-01-14',
    time: null,
    venue: null,
    status: null,
    documents: [],
    items: docs.map((d, i) => makeItem({ number: String(i + 1), title: `Item ${i + 1}`, documents: [d] })),
  },
});

function fakeDeps(fetchResults: Record<string, Fetched[]>, cached: Set<string> = new Set()) {
  const log: string[] = [];
  const report = { ...emptySummary(3), recommendations: [{ number: '1', text: 'Agree.', page: 2 }] };
  const send = (async (type: string, payload: { url?: string; id?: string; pageUrl?: string }) => {
    log.push(`${type} ${payload.url ?? payload.pageUrl ?? payload.id ?? ''}`);
    if (type === 'pdf/cached')
      return { ok: true, reading: cached.has(payload.url!) ? { state: 'done', pages: 3, as: 'report', report } : null };
    if (type === 'related/request-slot') return { ok: true, waitMs: 0 };
    if (type === 'pdf/open') return { ok: true, pages: 3, reading: null };
    if (type === 'pdf/continue')
      return { ok: true, read: 3, pages: 3, reading: { state: 'done', pages: 3, as: 'report', report } };
    return { ok: false, error: 'unexpected' };
  }) as unknown as ReportsDeps['send'];
  const deps: ReportsDeps = {
    send,
    fetchBytes: async (url) => {
      log.push(`fetch ${url}`);
      return fetchResults[url]?.shift() ?? { kind: 'failed', status: 404, why: 'network' };
    },
    sleep: async () => undefined,
    gate: async (url) => void log.push(`gate ${url}`),
    limit: 20 * 1024 * 1024,
  };
  return { deps, log };
}

const ok: Fetched = { kind: 'ok', bytes: new Uint8Array([37, 80, 68, 70]), validators: { bytes: 4 } };

describe('reports queue', () => {
  it('reads the cache first, then downloads through a slot and the gate', async () => {
    const p = page([doc(1), doc(2)]);
    const { deps, log } = fakeDeps({ [doc(2).href]: [ok] }, new Set([doc(1).href]));
    const r = createReports(p, deps, () => undefined);
    await r.done;
    expect(r.docs.map((d) => d.status.phase)).toEqual(['done', 'done']);
    expect(log.filter((l) => l.startsWith('fetch'))).toEqual([`fetch ${doc(2).href}`]);
    const i = log.indexOf(`fetch ${doc(2).href}`);
    expect(log.slice(i - 2, i)).toEqual([`related/request-slot ${doc(2).href}`, `gate ${doc(2).href}`]);
  });

  it('keeps a failure in its state and retries on request', async () => {
    const p = page([doc(1)]);
    const { deps } = fakeDeps({ [doc(1).href]: [{ kind: 'failed', status: 500, why: 'network' }, ok] });
    const changes: string[] = [];
    const r = createReports(p, deps, () => changes.push(r.docs[0]?.status.phase ?? ''));
    await r.done;
    expect(r.docs[0].status).toEqual({ phase: 'failed', why: 'network', status: 500 });
    r.request(r.docs[0].id);
    await expect.poll(() => r.docs[0].status.phase).toBe('done');
    expect(changes).toContain('reading');
  });

  it('waits for "read it?" above the size limit', async () => {
    const p = page([doc(1, 'PDF 48 MB')]);
    const { deps, log } = fakeDeps({ [doc(1).href]: [ok] });
    const r = createReports(p, deps, () => undefined);
    await r.done;
    expect(r.docs[0].status).toMatchObject({ phase: 'skipped', why: 'large' });
    expect(log.some((l) => l.startsWith('fetch'))).toBe(false);
    r.request(r.docs[0].id);
    await expect.poll(() => r.docs[0].status.phase).toBe('done');
  });
});
