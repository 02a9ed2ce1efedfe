// When a council site fails (5xx, 429, a timeout, no answer) it is left alone for a while, and
// the wait doubles with each failure in a row: 15 minutes, 30, 1 hour … up to a day. A check
// never retries within itself, and neither "Check now" nor the schedule sends anything to a
// host before its `retryAt`, so a broken site sees one request per back-off period at most.
import type { HostState } from './types';

export const FIRST_BACKOFF_MS = 15 * 60_000;
export const MAX_BACKOFF_MS = 24 * 60 * 60_000;

export function freshHost(host: string): HostState {
  return { host, failures: 0, retryAt: 0, lastError: null, lastOkAt: null };
}

/** The host's state after a failure; `retryAfterMs` (from a Retry-After header) can only lengthen the wait. */
export function recordFailure(state: HostState, error: string, nowMs: number, retryAfterMs = 0): HostState {
  const failures = state.failures + 1;
  const wait = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.min(failures - 1, 10));
  return {
    ...state,
    failures,
    lastError: error,
    retryAt: nowMs + Math.max(wait, Math.min(retryAfterMs, MAX_BACKOFF_MS)),
  };
}

export function recordSuccess(state: HostState, now: Date): HostState {
  return { ...state, failures: 0, retryAt: 0, lastError: null, lastOkAt: now.toISOString() };
}

/** Whether a request may go to the host now. */
export function mayRequest(state: HostState | undefined, nowMs: number): boolean {
  return !state || state.retryAt <= nowMs;
}

/** Seconds in a Retry-After header (delta-seconds or an HTTP date), as ms; 0 when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs: number): number {
  if (!header) return 0;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : 0;
}
