// A speed-up for findActions over whole papers: the words each of its TRIGGERS cannot match
// without, so one scan of a sentence rules most triggers out before any pattern runs. Kept apart
// from actions.ts so the in-page overlay (short blocks, analyseBlock) does not carry it.
import type { TriggerGate } from './actions';

/**
 * Per trigger (TRIGGERS order, lower case): "|" between words, "/" between groups that must each
 * hit. A word listed here must appear in every text its trigger matches.
 */
const HINTS = [
  'delegated',
  'recommended|referred',
  'report|update|briefing|outcome|findings|results|details|proposal/submitted|presented|brought|considered|reported|made|taken|received|provided',
  'reported|brought',
  'submitted',
  'back|scheduled|submitted',
  'return|come back',
  'circulated|shared|distributed|emailed|e-mailed|forwarded|sent out|made available',
  'review',
  'undert|offered|promised|committed|agreed|asked|requested',
  'will',
  'officer',
  'liaise|write|respond|confirm|investigate|look into|look at|follow up|arrange|contact|check|clarify|chase|pursue',
  'provided',
  'requested|asked|instructed',
  'clerk|officer|chair|director|manager|treasurer|rfo|head of|cllr|councillor/would|will|is to|was to',
  'deferred',
  'write',
  'clerk|rfo|officer|chair|treasurer|cllr|councillor',
  'would|will|shall',
]

let scan: { re: RegExp; bits: Map<string, number>; need: number[] } | null = null;

/**
 * Each hint group is one bit; a word sets the bits of every group holding it or a word inside it.
 * The scan restarts one character after each word found (longest first), so overlapping words all count.
 */
export const triggerGate: TriggerGate = (lower) => {
  if (!scan) {
    const groups = HINTS.map((h) => h.split('/').map((g) => g.split('|')));
    const flat = groups.flat();
    const words = [...new Set(flat.flat())].sort((a, b) => b.length - a.length);
    const bits = new Map(words.map((w) => [w, flat.reduce((acc, g, k) => (g.some((v) => w.includes(v)) ? acc | (1 << k) : acc), 0)]));
    let k = 0;
    const need = groups.map((gs) => gs.reduce((acc) => acc | (1 << k++), 0));
    scan = { re: new RegExp(words.join('|'), 'g'), bits, need };
  }
  const { re, bits, need } = scan;
  let found = 0;
  re.lastIndex = 0;
  for (let m; (m = re.exec(lower)); re.lastIndex = m.index + 1) found |= bits.get(m[0])!;
  return (i) => (found & need[i]) === need[i];
};
