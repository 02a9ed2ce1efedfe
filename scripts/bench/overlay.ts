// Overlay figures for `npm run bench`: time from content-script start to overlay mounted on the
// largest demo page (median of 12 loads in headless Chromium; the content script records it in
// `data-scrutineer-mount-ms`), long tasks (> 50 ms) seen during those loads, and the gzip size of
// everything injected into a page (content-script JS + its CSS).
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_PAGES, startDemoServer } from '../demo-server.mjs';
import { EXTENSION_DIR, launchExtension } from '../../tests/e2e/harness';

const LOADS = 12;

function injectedGzBytes(dir: string): number {
  return ['content-scripts/moderngov.js', 'content-scripts/moderngov.css']
    .map((f) => join(dir, f))
    .filter(existsSync)
    .reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function benchOverlay(): Promise<Record<string, number>> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build', { stdio: 'ignore' });
  const tmp = mkdtempSync(join(tmpdir(), 'scrutineer-bench-'));
  const dir = join(tmp, 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const largest = [...DEMO_PAGES].filter((p) => p.kind === 'meeting').sort((a, b) => (b.items?.length ?? 0) - (a.items?.length ?? 0))[0];
  const server = await startDemoServer();
  const ext = await launchExtension({ extensionDir: dir });
  const times: number[] = [];
  let longTasks = 0;
  try {
    for (let i = 0; i < LOADS; i++) {
      const page = await ext.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __scrutineerLongTasks: number };
        w.__scrutineerLongTasks = 0;
        try {
          new PerformanceObserver((list) => {
            const mounted = document.documentElement.hasAttribute('data-scrutineer-mount-ms');
            for (const e of list.getEntries()) if (!mounted && e.duration > 50) w.__scrutineerLongTasks++;
          }).observe({ type: 'longtask', buffered: true });
        } catch {
          /* longtask timing unsupported */
        }
      });
      await page.goto(server.origin + largest.path);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-mount-ms'), null, { timeout: 15_000 });
      const { ms, lt } = await page.evaluate(() => ({
        ms: Number(document.documentElement.getAttribute('data-scrutineer-mount-ms')),
        lt: (window as unknown as { __scrutineerLongTasks: number }).__scrutineerLongTasks,
      }));
      // The first load warms Chromium's caches; it is not counted.
      if (i > 0) {
        times.push(ms);
        longTasks += lt;
      }
      await page.close();
    }
  } finally {
    await ext.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return {
    'overlay.mountMs.median': Math.round(median(times) * 100) / 100,
    'overlay.longTasks': longTasks,
    'contentScript.gzBytes': injectedGzBytes(resolve(EXTENSION_DIR)),
  };
}
