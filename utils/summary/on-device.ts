// The browser's built-in on-device Summarizer API (Chrome's Prompt-API family), offered as a
// labelled option. It never leaves the device; when absent or failing we fall back silently to
// the extractive summary. https://developer.chrome.com/docs/ai/summarizer-api

interface SummarizerLike {
  summarize(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}
interface SummarizerFactory {
  availability(): Promise<string>;
  create(options: Record<string, unknown>): Promise<SummarizerLike>;
}

function factory(scope: object): SummarizerFactory | null {
  return 'Summarizer' in scope ? ((scope as { Summarizer: SummarizerFactory }).Summarizer ?? null) : null;
}

/** True when the browser exposes the Summarizer API at all (it may still need a download). */
export function hasOnDeviceSummarizer(scope: object = globalThis): boolean {
  return factory(scope) !== null;
}

/** A short plain-text summary from the on-device model, or null on any failure. */
export async function summariseOnDevice(
  text: string,
  signal?: AbortSignal,
  scope: object = globalThis,
): Promise<string | null> {
  const api = factory(scope);
  if (!api || !text.trim()) return null;
  try {
    if ((await api.availability()) === 'unavailable') return null;
    const summarizer = await api.create({ type: 'tldr', format: 'plain-text', length: 'short', signal });
    try {
      return (await summarizer.summarize(text.slice(0, 12_000), { signal })).trim() || null;
    } finally {
      summarizer.destroy?.();
    }
  } catch {
    return null;
  }
}
