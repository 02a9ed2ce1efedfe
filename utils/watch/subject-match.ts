// Does a published item match a watched subject? The user types words ("library closures": every
// word must appear) or a "quoted phrase" (the words in that order). Words are compared on a crude
// English stem so "library" finds "Libraries" and "closure" finds "closures". Linear in the text.

/** Lower-case word stems of a text (plural and -ing endings folded). */
export function stems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map(stem);
}

function stem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** A subject as typed, split into required words and quoted phrases. */
export interface SubjectQuery {
  words: string[];
  phrases: string[][];
}

export function parseSubject(input: string): SubjectQuery {
  const phrases: string[][] = [];
  const rest = input.replace(/["“”]([^"“”]+)["“”]/g, (_, p: string) => {
    const s = stems(p);
    if (s.length) phrases.push(s);
    return ' ';
  });
  return { words: [...new Set(stems(rest))], phrases };
}

/** "bus" and "buse" (from "buses"): the crude stem leaves an e or two letters behind now and then. */
const near = (w: string, t: string) =>
  w.length >= 3 && t.length - w.length <= 2 && t.length > w.length && t.startsWith(w);

function hasRun(hay: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= hay.length; i++) {
    for (let j = 0; j < run.length; j++) if (hay[i + j] !== run[j] && !near(run[j], hay[i + j])) continue outer;
    return true;
  }
  return false;
}

/** True when every word and every phrase of the subject is in `text`; an empty subject matches nothing. */
export function matchesSubject(query: SubjectQuery, text: string): boolean {
  if (!query.words.length && !query.phrases.length) return false;
  const hay = stems(text);
  const set = new Set(hay);
  return (
    query.words.every((w) => set.has(w) || hay.some((t) => near(w, t))) && query.phrases.every((p) => hasRun(hay, p))
  );
}
