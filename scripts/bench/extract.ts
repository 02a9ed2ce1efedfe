// Extraction speed figures for `npm run bench` (the lead's scripts/bench.ts prints them).
// Keys are read by other checks; keep them stable. MB/s use UTF-16 length as bytes ≈ chars.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../utils/extract/index';
import { numberedList, pathological } from '../../tests/fixtures/extract/pathological';
import { median } from './stats';

const SEEDS = fileURLToPath(new URL('../../tests/fixtures/seeds', import.meta.url));

/** Median wall time (ms) of `fn`, repeated until ~`budgetMs` is spent (at least 3 runs). */
function time(fn: () => unknown, budgetMs = 400): number {
  // Warm-up: steady-state speed is the figure, not the JIT's first pass.
  const w0 = performance.now();
  for (let i = 0; i < 20 && performance.now() - w0 < budgetMs / 2; i++) fn();
  const runs: number[] = [];
  const start = performance.now();
  while (runs.length < 3 || (performance.now() - start < budgetMs && runs.length < 200)) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

const mbPerS = (chars: number, ms: number) => +(chars / 1e6 / (ms / 1000)).toFixed(2);

/** One simple regex pass over the text: the yardstick for "close to the limit". */
function regexPass(text: string): number {
  let n = 0;
  const re = /^\s*\d+\.?\s+\S/gm;
  while (re.exec(text)) n++;
  return n;
}

export async function benchExtract(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  let pack = '';
  for (const f of files) {
    const text = readFileSync(join(SEEDS, f), 'utf8');
    const id = f.slice(0, 3);
    out[`extract.${id}.mbPerS`] = mbPerS(
      text.length,
      time(() => extractDocument(text)),
    );
    if (/agenda item \d/i.test(text) && text.length > pack.length) pack = text;
  }
  const pack10 = Array.from({ length: 10 }, () => pack).join('\n\n');
  const once = time(() => extractDocument(pack));
  const ten = time(() => extractDocument(pack10), 1500);
  const scan = time(() => regexPass(pack10), 300);
  out['extract.pack10x.mbPerS'] = mbPerS(pack10.length, ten);
  out['extract.pack10x.scanRatio'] = +(ten / scan).toFixed(1);
  out['extract.scaling10x'] = +(ten / once).toFixed(2);
  const bad = pathological();
  const t0 = performance.now();
  extractDocument(bad);
  out['extract.pathological5mb.ms'] = Math.round(performance.now() - t0);
  out['extract.pathological5mb.cpuMs'] = engineMs(() => extractDocument(bad));
  // 60,000 numbered lines: the running-order search must stay linear in the number of candidates.
  const list = numberedList(60_000);
  const t1 = performance.now();
  extractDocument(list);
  out['extract.numberedList60k.ms'] = Math.round(performance.now() - t1);
  out['extract.numberedList60k.cpuMs'] = engineMs(() => extractDocument(list));
  return out;
}

/**
 * Engine time: the median CPU time of this process over three runs. On a shared 2-core machine
 * wall time counts the other processes' turns too; CPU time is what the engine itself spends
 * (it includes garbage collection, which runs on this thread's behalf).
 */
function engineMs(fn: () => unknown): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    runs.push((c.user + c.system) / 1000);
  }
  return Math.round(median(runs));
}
