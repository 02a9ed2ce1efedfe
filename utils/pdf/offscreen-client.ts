// The background's way to pdf.js. Chrome MV3: the service worker has no dynamic import and no
// nested workers, so pdf.js lives in an offscreen document (offscreen.html, created on demand,
// reason WORKERS: pdf.js parses in its own worker) and is reached by runtime messages marked
// `scrutineerOffscreen`. Firefox MV2: the background is a page, so it hosts pdf.js itself.
import { browser } from 'wxt/browser';
import type { PdfExtractor } from './extractor-host';
import { bytesToBase64 } from './base64';

export interface OffscreenRequest {
  scrutineerOffscreen: 1;
  op: 'open' | 'read' | 'close';
  id: string;
  /** Base64 bytes, with `open`. */
  data?: string;
  budgetMs?: number;
}

export const isOffscreenRequest = (m: unknown): m is OffscreenRequest =>
  typeof m === 'object' && m !== null && (m as { scrutineerOffscreen?: unknown }).scrutineerOffscreen === 1;

interface ChromeOffscreen {
  offscreen: { createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime: { getContexts?(f: { contextTypes: string[] }): Promise<unknown[]> };
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const chrome = (globalThis as unknown as { chrome: ChromeOffscreen }).chrome;
  const existing = await chrome.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing?.length) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: 'offscreen.html',
      reasons: ['WORKERS'],
      justification: 'Reads the text of council report PDFs with pdf.js, in a worker.',
    })
    .catch((error: unknown) => {
      // Two callers racing: the document exists, which is all we wanted.
      if (!/single offscreen|already/i.test(String(error))) throw error;
    })
    .finally(() => (creating = null));
  await creating;
}

async function send<T>(request: Omit<OffscreenRequest, 'scrutineerOffscreen'>): Promise<T> {
  await ensureOffscreen();
  const reply = (await browser.runtime.sendMessage({ scrutineerOffscreen: 1, ...request })) as
    T | { error: string } | undefined;
  if (!reply) throw new Error('pdf: the offscreen document did not answer');
  if (typeof reply === 'object' && reply !== null && 'error' in reply) throw new Error(`pdf: ${reply.error}`);
  return reply as T;
}

/** pdf.js in the offscreen document, reached by messages. */
export function createOffscreenExtractor(): PdfExtractor {
  return {
    open: (id, data) => send({ op: 'open', id, data: bytesToBase64(data) }),
    read: (id, budgetMs) => send({ op: 'read', id, budgetMs }),
    close: (id) => send({ op: 'close', id }),
  };
}
