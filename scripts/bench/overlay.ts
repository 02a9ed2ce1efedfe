// Overlay figures for `npm run bench`, on the largest demo page in headless Chromium (median of 11
// loads after one warm-up):
// - overlay.mountMs.median: content-script start → every card mounted, visible and interactive
//   (number, title, documents, Track), as recorded in `data-scrutineer-mount-ms`;
// - overlay.readMs.median: content-script start → DOM read done (`data-scrutineer-read-ms`);
// - overlay.analysedMs.median: content-script start → every card complete (text analysed, figures,
//   actions, summary) and resolutions highlighted (`data-scrutineer-analysed-ms`);
// - overlay.longTasks: long tasks (> 50 ms) from content-script start until analysed, all loads;
// - contentScript.gzBytes: gzip size of everything injected into a page (content-script JS + CSS).
// - contentScript.analysisModuleGzBytes: the text-analysis engine (analysis.js) the content script
//   imports once per recognised page, after the cards are mounted.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_PAGES, startDemoServer } from '../demo-server.mjs';
import { EXTENSION_DIR, launchExtension } from '../../tests/e2e/harness';
import { median } from './stats';

const LOADS = 12;

function injectedGzBytes(dir: string): number {
  return ['content-scripts/moderngov.js', 'content-scripts/moderngov.css']
    .map((f) => join(dir, f))
    .filter(existsSync)
    .reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
}

export async function benchOverlay(): Promise<Record<string, number>> {
  const analysis = join(resolve(EXTENSION_DIR), 'analysis.js');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build', { stdio: 'ignore' });
  const largest = [...DEMO_PAGES]
    .filter((p) => p.kind === 'meeting')
    .sort((a, b) => (b.items?.length ?? 0) - (a.items?.length ?? 0))[0];
  const server = await startDemoServer();
  // A private copy of the build: a concurrent `wxt build` must not swap files under the browser.
  const ext = await launchExtension({ privateCopy: true });
  const times: number[] = [];
  const reads: number[] = [];
  const analysed: number[] = [];
  let longTasks = 0;
  try {
    for (let i = 0; i < LOADS; i++) {
      const page = await ext.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __scrutineerTasks: Array<[number, number]> };
        w.__scrutineerTasks = [];
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (e.duration > 50) w.__scrutineerTasks.push([e.startTime, e.duration]);
          }).observe({ type: 'longtask', buffered: true });
        } catch {
          /* longtask timing unsupported */
        }
      });
      await page.goto(server.origin + largest.path);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-analysed-ms'), null, {
        timeout: 15_000,
      });
      // Let the last frame after the final chunk (style, layout) land in the long-task record.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
      const got = await page.evaluate(() => {
        const html = document.documentElement;
        const mounted = performance.getEntriesByName('scrutineer:mounted')[0]?.startTime ?? NaN;
        const analysedAt = performance.getEntriesByName('scrutineer:analysed')[0]?.startTime ?? NaN;
        const mount = Number(html.getAttribute('data-scrutineer-mount-ms'));
        const start = mounted - mount;
        const tasks = (window as unknown as { __scrutineerTasks: Array<[number, number]> }).__scrutineerTasks;
        // Tasks overlapping [content-script start, analysed + one frame]: ours, or ones we lengthened.
        const ours = tasks.filter(([t, d]) => t + d > start && t < analysedAt + 50).length;
        return {
          mount,
          read: Number(html.getAttribute('data-scrutineer-read-ms')),
          analysed: Number(html.getAttribute('data-scrutineer-analysed-ms')),
          lt: ours,
        };
      });
      // The first load warms Chromium's caches; it is not counted.
      if (i > 0) {
        times.push(got.mount);
        reads.push(got.read);
        analysed.push(got.analysed);
        longTasks += got.lt;
      }
      await page.close();
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return {
    'overlay.mountMs.median': Math.round(median(times) * 100) / 100,
    'overlay.readMs.median': Math.round(median(reads) * 100) / 100,
    'overlay.analysedMs.median': Math.round(median(analysed) * 100) / 100,
    'overlay.longTasks': longTasks,
    'contentScript.gzBytes': injectedGzBytes(resolve(EXTENSION_DIR)),
    ...(existsSync(analysis)
      ? { 'contentScript.analysisModuleGzBytes': gzipSync(readFileSync(analysis), { level: 9 }).length }
      : {}),
  };
}
