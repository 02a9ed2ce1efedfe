// Word lists as regexes: one alternative per line in the source, one RegExp at run time. Each
// alternative is a regex literal, so nothing is escaped twice and the content script stays small.

/** The alternatives' sources joined with "|", inside a non-capturing group. */
export const alt = (parts: RegExp[]): string => `(?:${parts.map((p) => p.source).join('|')})`;

/** A RegExp matching any of `parts`, anchored at the start when `start`. */
export const anyOf = (parts: RegExp[], flags = '', start = false): RegExp =>
  new RegExp((start ? '^' : '') + alt(parts), flags);
