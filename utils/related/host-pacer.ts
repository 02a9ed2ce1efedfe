// One request clock per council host, owned by the background, for every request Scrutineer
// makes to a council: the content script's same-origin fetches (issue pages, meetings lists,
// backfill tasks; they ask for a slot by message) and the background's own watch checks. Slots
// are handed out at least a second apart per host whoever asks, so a watch check running while a
// page is being read cannot push a council over one request a second. Pure (time is passed in).
import { MIN_INTERVAL_MS } from './backfill-queue';

export class HostPacer {
  private readonly last = new Map<string, number>();

  constructor(private readonly gapMs = MIN_INTERVAL_MS) {}

  /** The last slot handed out (or request finished) for `host`, ms epoch; 0 when none. */
  lastAt(host: string): number {
    return this.last.get(host.toLowerCase()) ?? 0;
  }

  /** Take the next slot for `host`: returns how long to wait before making the request. */
  reserve(host: string, nowMs: number): number {
    const key = host.toLowerCase();
    const wait = Math.max(0, (this.last.get(key) ?? -Infinity) + this.gapMs - nowMs);
    this.last.set(key, nowMs + wait);
    return wait;
  }

  /** Record a request time known elsewhere (a persisted job's clock, a slow answer's end), so the next slot keeps its distance. */
  note(host: string, atMs: number): void {
    const key = host.toLowerCase();
    if (atMs > (this.last.get(key) ?? -Infinity)) this.last.set(key, atMs);
  }
}
