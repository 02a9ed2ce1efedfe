// Runs a list of tasks in idle time, a few at a time, so no chunk of work blocks the page for
// long (a "long task" is > 50 ms). Each chunk stops once `budgetMs` has passed (after at least one
// task); the next chunk waits for the next idle period (requestIdleCallback through WXT's `ctx`,
// so it stops when the extension is reloaded), or a 0 ms timer where idle callbacks are missing.
export interface IdleScheduler {
  requestIdleCallback?: (cb: () => void, options?: IdleRequestOptions) => number;
  setTimeout: (cb: () => void, ms: number) => number;
}

export interface IdleRun {
  /** Resolves true when every task has run, false when the run was cancelled. */
  done: Promise<boolean>;
  cancel(): void;
}

export function runInIdle(
  scheduler: IdleScheduler,
  tasks: Array<() => void>,
  { budgetMs = 20, timeoutMs = 100, now = () => performance.now() } = {},
): IdleRun {
  let next = 0;
  let cancelled = false;
  let resolve!: (ok: boolean) => void;
  const done = new Promise<boolean>((r) => (resolve = r));
  const idle = typeof globalThis.requestIdleCallback === 'function' && scheduler.requestIdleCallback;
  const schedule = () =>
    idle ? scheduler.requestIdleCallback!(chunk, { timeout: timeoutMs }) : scheduler.setTimeout(chunk, 0);
  const chunk = (): void => {
    if (cancelled) return resolve(false);
    const start = now();
    do {
      try {
        tasks[next]();
      } catch (error) {
        console.warn('[scrutineer]', error);
      }
    } while (++next < tasks.length && now() - start < budgetMs);
    if (next < tasks.length) schedule();
    else resolve(true);
  };
  if (tasks.length) schedule();
  else resolve(true);
  return {
    done,
    cancel: () => void (cancelled = true),
  };
}
