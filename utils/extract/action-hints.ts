// A speed-up for findActions over whole papers: each trigger's `hint` words (words it cannot match
// without) are found in one scan of a sentence, which rules most triggers out before any pattern
// runs. Kept apart from actions.ts so the in-page overlay (short blocks, analyseBlock) does not
// carry it.
import { TRIGGERS, type TriggerGate } from './actions';

interface Scan {
  re: RegExp;
  /** Per hint word: the hint groups (across all triggers) it satisfies. */
  groups: Map<string, number[]>;
  /** Per trigger: the hint groups that must all be hit. */
  need: number[][];
  size: number;
}

let scan: Scan | null = null;

function build(): Scan {
  const perTrigger = TRIGGERS.map((t) =>
    t.hint
      .split('/')
      .filter(Boolean)
      .map((g) => g.split('|')),
  );
  const flat = perTrigger.flat();
  const words = [...new Set(flat.flat())].sort((a, b) => b.length - a.length);
  const groups = new Map(words.map((w) => [w, flat.flatMap((g, k) => (g.some((v) => w.includes(v)) ? [k] : []))]));
  let k = 0;
  const need = perTrigger.map((gs) => gs.map(() => k++));
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return { re, groups, need, size: flat.length };
}

/** The scan restarts one character after each word found (longest first), so overlapping words all count. */
export const triggerGate: TriggerGate = (lower) => {
  scan ??= build();
  const { re, groups, need, size } = scan;
  const hit = new Uint8Array(size);
  re.lastIndex = 0;
  for (let m; (m = re.exec(lower)); re.lastIndex = m.index + 1) for (const g of groups.get(m[0])!) hit[g] = 1;
  return (i) => need[i].every((g) => hit[g] === 1);
};
