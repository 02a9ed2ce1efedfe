// This tab's same-origin requests (related-item lookups and backfill) at least a second apart by
// its own clock. The background hands out request slots a second apart, but the reply reaches
// the tab a few milliseconds early or late (message passing, an IndexedDB write), so two requests
// could land 995 ms apart; this guard keeps every gap at a second or more, plus a margin for timer
// and network jitter.
import type { FetchedText } from './same-origin-fetch';

type FetchText = (url: string, signal?: AbortSignal) => Promise<FetchedText>;

export const MIN_GAP_MS = 1010;
let last = -Infinity;

export function spaced(fetchText: FetchText, sleep: (ms: number, signal?: AbortSignal) => Promise<void>): FetchText {
  return async (url, signal) => {
    await sleep(last + MIN_GAP_MS - performance.now(), signal);
    last = performance.now();
    return fetchText(url, signal);
  };
}
