// Links the overlay renders come from page text and other pages: only http(s) survive.

/** The href when it is an absolute http(s) URL, else null (javascript:, data:, junk). */
export function httpOnly(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
