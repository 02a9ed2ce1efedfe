// One polite GET from the background: conditional (If-None-Match / If-Modified-Since from the last
// answer), with a timeout, no cookies, and only to an origin the user granted. The browser's HTTP
// cache is bypassed (`no-store`) so the validators we keep decide, and a 304 reaches us as such.

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchAnswer =
  | { kind: 'ok'; status: number; text: string; validators: Validators }
  | { kind: 'not-modified' }
  /** A council-side failure: back off. */
  | { kind: 'failed'; error: string; retryAfter: string | null }
  /** The page is not there (404, 410, a redirect away): not a reason to back off. */
  | { kind: 'missing'; status: number };

export const REQUEST_TIMEOUT_MS = 10_000;

export async function conditionalFetch(
  url: string,
  previous: Validators | null,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<FetchAnswer> {
  const headers: Record<string, string> = {};
  if (previous?.etag) headers['If-None-Match'] = previous.etag;
  if (previous?.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: controller.signal,
    });
    if (response.status === 304) return { kind: 'not-modified' };
    if (response.url && new URL(response.url).origin !== new URL(url).origin) return { kind: 'missing', status: 0 };
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      return { kind: 'failed', error: `HTTP ${response.status}`, retryAfter: response.headers.get('retry-after') };
    }
    if (!response.ok) return { kind: 'missing', status: response.status };
    const text = await response.text();
    return {
      kind: 'ok',
      status: response.status,
      text,
      validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
    };
  } catch {
    return {
      kind: 'failed',
      error: controller.signal.aborted ? `No answer within ${timeoutMs / 1000} s` : 'Could not reach the site',
      retryAfter: null,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** A short hash of a text (FNV-1a, 32 bits): tells "same list as last time" without keeping it. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}
