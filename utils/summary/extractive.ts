// The default summary: deterministic and extractive. The decision comes first (when there is
// one), then the best-scoring sentences of the discussion, shown in page order. No model, no
// network: the same page always gives the same summary.
import type { AgendaItem } from '../types';

const SIGNALS: ReadonlyArray<[RegExp, number]> = [
  [/£\s?\d/, 3],
  [/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i, 1.5],
  [/\b(agreed|approved|resolved|decided|endorsed|rejected|deferred)\b/i, 2],
  [/\b(budget|cost|saving|funding|overspend|risk|deadline|consultation)\b/i, 1.5],
  [/\b(report back|update|review|undertook|would be (?:circulated|provided|shared))\b/i, 1.5],
  [/\b(members|councillors?) (asked|raised|queried|expressed)\b/i, 1],
];

/** Split into sentences (keeps "Cllr." and "e.g." together, good enough for minutes). */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z(“"])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 25 && /[a-z]/.test(s));
}

export function scoreSentence(sentence: string, index: number): number {
  let score = 0;
  for (const [pattern, weight] of SIGNALS) if (pattern.test(sentence)) score += weight;
  const words = sentence.split(/\s+/).length;
  if (words < 6 || words > 60) score -= 1.5;
  return score - index * 0.02;
}

/** Up to `max` lines: the decision's first sentence, then the best other sentences in page order. */
export function summariseItem(item: Pick<AgendaItem, 'text' | 'resolution' | 'recommendation'>, max = 3): string[] {
  const lead = item.resolution?.text ?? item.recommendation?.text ?? null;
  const leadLine = lead ? (splitSentences(lead)[0] ?? lead) : null;
  const sentences = splitSentences(item.text).filter((s) => !lead || !lead.includes(s.slice(0, 40)));
  const picked = sentences
    .map((s, i) => ({ s, i, score: scoreSentence(s, i) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, Math.max(0, max - (leadLine ? 1 : 0)))
    .sort((a, b) => a.i - b.i)
    .map((x) => x.s);
  return leadLine ? [leadLine, ...picked] : picked;
}
