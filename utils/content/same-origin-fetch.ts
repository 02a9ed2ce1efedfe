// Fetching council pages for the index, from the content script only. Requests go only to the
// origin of the page being read (the content script's own origin, so no host permission is
// needed and the council's cookies/consent apply as for the user's own navigation).

export interface FetchedText {
  status: number;
  text: string;
}

/** GET `url` if it is on `origin`; throws (without fetching) for any other origin. */
export async function fetchSameOrigin(url: string, origin: string, signal?: AbortSignal): Promise<FetchedText> {
  const target = new URL(url, origin);
  if (target.origin !== origin) throw new Error(`related: refusing to fetch ${target.origin} from a page on ${origin}`);
  const response = await fetch(target.href, { credentials: 'same-origin', redirect: 'follow', signal });
  // A redirect to another origin (a login wall, a CDN) is not a page of this council site.
  if (response.url && new URL(response.url).origin !== origin) return { status: 0, text: '' };
  return { status: response.status, text: response.ok ? await response.text() : '' };
}

/** Resolve after `ms`, or reject when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
