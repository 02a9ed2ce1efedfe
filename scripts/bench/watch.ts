// Watch check figures, on the demo server (Node, the checker's own code with real HTTP):
// - watch.checkMs: one check of 20 watched committees on one council site when nothing changed
//   (each list asked for conditionally, answered 304). The politeness floor of one request a
//   second per council makes 19 s of it waiting; watch.overheadMs is the rest.
// - watch.requests: requests that check made (target: one per committee).
// - watch.seedMs / watch.seedRequests: the first check, which reads every list once.
// The store runs on fake-indexeddb here (the extension uses the browser's IndexedDB).
import 'fake-indexeddb/auto';
import { startDemoServer } from '../demo-server.mjs';
import { runCheck, MIN_INTERVAL_MS } from '../../utils/watch/check';
import { conditionalFetch } from '../../utils/watch/conditional-fetch';
import { watchDb } from '../../utils/watch/db';
import { WatchStore } from '../../utils/watch/store';

const COMMITTEES = 20;

export async function benchWatch(): Promise<Record<string, number>> {
  const overrides = new Map<string, { file: string }>();
  for (let i = 0; i < COMMITTEES; i++) {
    // Twenty committees, each answering GetMeetings as the demo committee does.
    overrides.set(`mgWebService.asmx/GetMeetings?lCommitteeId=${1000 + i}`, { file: 'webservice/GetMeetings-433.xml' });
  }
  const server = await startDemoServer({ webService: true, overrides });
  const db = await watchDb('scrutineer-watch-bench');
  const store = new WatchStore(async () => db);
  const url = new URL(server.origin);
  try {
    for (let i = 0; i < COMMITTEES; i++) {
      const cid = String(1000 + i);
      await store.putWatch({
        id: `committee|${url.host}|${cid}`,
        kind: 'committee',
        origin: url.origin,
        host: url.host,
        base: `${url.origin}/`,
        cid,
        committee: `Committee ${i + 1}`,
        paused: false,
        createdAt: new Date().toISOString(),
      });
    }
    const deps = {
      store,
      fetch: conditionalFetch,
      sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
      now: () => new Date(),
    };
    let t = performance.now();
    const seed = await runCheck(deps);
    const seedMs = performance.now() - t;
    const before = server.requests.length;
    t = performance.now();
    const check = await runCheck(deps);
    const checkMs = performance.now() - t;
    const notModified = server.requests.slice(before).filter((r) => r.status === 304).length;
    if (check.requests !== server.requests.length - before) throw new Error('watch bench: request counts disagree');
    return {
      'watch.checkMs': Math.round(checkMs),
      'watch.overheadMs': Math.round(checkMs - (COMMITTEES - 1) * MIN_INTERVAL_MS),
      'watch.requests': check.requests,
      'watch.notModified': notModified,
      'watch.seedMs': Math.round(seedMs),
      'watch.seedRequests': seed.requests,
    };
  } finally {
    db.close();
    await server.close();
  }
}
