// Small wording helpers for the report sections. Pure.

/** The PDF opened at a page: `…pdf#page=N` (any fragment the link had is replaced). */
export function pageHref(href: string, page: number): string {
  return `${href.replace(/#.*$/, '')}#page=${page}`;
}

/** "48 MB", "684 KB". */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The purpose in one or two sentences, at most about 320 characters. */
export function purposeLead(purpose: string): string {
  const sentences = purpose
    .replace(/\s+/g, ' ')
    .trim()
    .match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [purpose];
  let out = sentences[0]?.trim() ?? '';
  if (sentences[1] && out.length + sentences[1].length < 320) out += ` ${sentences[1].trim()}`;
  return out.length > 360 ? `${out.slice(0, 357).replace(/\s+\S*$/, '')}…` : out;
}
