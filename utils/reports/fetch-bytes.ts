// A linked PDF's bytes, fetched by the content script from the page's own origin (the council's
// cookies and consent apply, no host permission is needed). Declared sizes over the limit stop
// the download before the body; a redirect to another origin (a login wall) or an answer that is
// not a PDF is reported, never read.
import type { Validators } from '../pdf/cache-db';

export type Fetched =
  | { kind: 'ok'; bytes: Uint8Array; validators: Validators }
  | { kind: 'large'; bytes: number }
  | { kind: 'failed'; status: number; why: 'network' | 'not-pdf' };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF

/** True when `%PDF` appears in the first KB (some servers prepend whitespace or a BOM). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 4, 1024);
  for (let i = 0; i <= end; i++) if (PDF_MAGIC.every((b, k) => bytes[i + k] === b)) return true;
  return false;
}

export async function fetchPdfBytes(
  url: string,
  origin: string,
  limit: number,
  signal?: AbortSignal,
): Promise<Fetched> {
  const target = new URL(url, origin);
  if (target.origin !== origin) return { kind: 'failed', status: 0, why: 'network' };
  let response: Response;
  try {
    response = await fetch(target.href, { credentials: 'same-origin', redirect: 'follow', signal });
  } catch {
    return { kind: 'failed', status: 0, why: 'network' };
  }
  if (response.url && new URL(response.url).origin !== origin) return { kind: 'failed', status: 0, why: 'not-pdf' };
  if (!response.ok) return { kind: 'failed', status: response.status, why: 'network' };
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    void response.body?.cancel().catch(() => undefined);
    return { kind: 'large', bytes: declared };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return { kind: 'failed', status: 0, why: 'network' };
  }
  if (bytes.length > limit) return { kind: 'large', bytes: bytes.length };
  if (!looksLikePdf(bytes)) return { kind: 'failed', status: response.status, why: 'not-pdf' };
  return {
    kind: 'ok',
    bytes,
    validators: {
      bytes: bytes.length,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    },
  };
}
