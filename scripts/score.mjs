#!/usr/bin/env node
// `npm run score`: the shared scorer (../shared/eval/score.mjs) over the hand-labelled seeds and over
// the real corpus of other councils' papers, each with the floor it must not fall below. Both scores
// are always printed; the exit code is 1 when either misses its floor. Floors sit just under the
// level reached, so a change that makes the engine worse fails `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');

const sets = [
  // The four seeds: every item, nearly every decision.
  {
    name: 'seeds',
    labels: 'seeds/labels',
    docs: 'seeds',
    floors: { 'min-items': 1, 'min-res': 0.95, 'min-actions': 0.9 },
  },
  // 36 real texts from 26 councils (ModernGov page text, printed minutes, reports).
  {
    name: 'real corpus',
    labels: 'corpus/real/labels',
    docs: 'corpus/real',
    floors: { 'min-items': 0.96, 'min-res': 0.96, 'min-actions': 0.9, 'min-refs': 0.9 },
  },
];

if (!existsSync(scorer)) {
  console.error(`score: ${scorer} not found (the shared corpus sits next to the project)`);
  process.exit(2);
}

let ok = true;
for (const set of sets) {
  const floors = Object.entries(set.floors).flatMap(([k, v]) => [`--${k}`, String(v)]);
  const r = spawnSync(
    'node',
    [scorer, '--labels', join(shared, set.labels), '--docs', join(shared, set.docs), ...floors],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  const summary = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  const pass = r.status === 0;
  console.log(`${set.name}: ${summary}`);
  console.log(`  floors ${JSON.stringify(set.floors)} → ${pass ? 'ok' : 'BELOW FLOOR'}`);
  if (!pass) {
    ok = false;
    if (r.stderr?.trim()) console.error(r.stderr.trim());
  }
}
process.exit(ok ? 0 : 1);
