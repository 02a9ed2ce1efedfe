// Tracking the same promise twice (from `MId=` and `MID=` links, or after the council re-wraps a
// line) must not make two follow-ups. The key is the page key (host + ModernGov ids, see
// utils/moderngov/keys.ts) + kind + the text with case, quotes, dashes and spacing evened out.

/** The text as compared for duplicates: NFKC, lower case, straight quotes, single spaces, no end stop. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,]+$/, '');
}

/** `pageKey|kind|normalised text` (text cut at 500 characters: long quotes differ early). */
export function dedupeKey(pageKey: string, kind: string, text: string): string {
  return `${pageKey.toLowerCase()}|${kind}|${normaliseText(text).slice(0, 500)}`;
}
