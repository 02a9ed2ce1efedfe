// Small text helpers shared by the index, ranking and follow-up matching.

const STOP = new Set(
  (
    'a an and are as at be been by for from has have in into is it its of on or that the their this to was were will with ' +
    'which who would should could can may also not no than then there these those such any all other' +
    ' council committee meeting report reports item items members member officer officers update noted note agreed resolved ' +
    'cabinet minutes recommendation recommendations paper papers discussion presented received consider considered'
  ).split(/\s+/),
);

/** Lower-case word tokens without punctuation. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9£]+(?:['’][a-z]+)?/g) ?? [];
}

/** A token that carries meaning for matching (no stop word, no one- or two-letter word, no bare number). */
export function isContentTerm(token: string): boolean {
  return token.length > 2 && !STOP.has(token) && !/^\d+$/.test(token);
}

/** Tokens that carry meaning for matching (no stop words, no one-letter words, no bare numbers). */
export function contentTerms(text: string): string[] {
  return tokenize(text).filter(isContentTerm);
}

/** Up to `max` distinct content terms, in order of first appearance. */
export function keyTerms(text: string, max: number): string[] {
  const seen = new Set<string>();
  for (const t of contentTerms(text)) {
    seen.add(t);
    if (seen.size >= max) break;
  }
  return [...seen];
}

/** Jaccard overlap of two texts' content terms (0..1). */
export function termOverlap(a: string, b: string): number {
  const x = new Set(contentTerms(a));
  const y = new Set(contentTerms(b));
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const t of x) if (y.has(t)) both += 1;
  return both / (x.size + y.size - both);
}

/** Committee name for matching: lower case, "the"/punctuation/extra spaces removed. */
export function normaliseCommittee(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\b(the|meeting)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when two committee names plausibly name the same body ("Cabinet" vs "The Cabinet"). */
export function sameCommittee(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/** Item numbers compare without trailing dots or spaces ("107." = "107"). */
export function normaliseNumber(n: string | null | undefined): string {
  return (n ?? '')
    .toLowerCase()
    .replace(/^(min(ute)?\.?|item)\s*/, '')
    .replace(/[.\s:]+$/g, '')
    .trim();
}

/** "14 September 2023" for an ISO date (UTC, so it never shifts a day). */
export function formatDate(iso: string | null): string {
  if (!iso) return 'an earlier meeting';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
