// The one catalogue of messages between the content script, extension pages and the
// background. Every message type, its payload and its reply are listed here; the router in
// entrypoints/background.ts must handle each (a missing handler is a type error there).
import { runtime } from './runtime';
import type { RelatedMessages } from './related/messages';
import type { PdfMessages } from './pdf/messages';
import type { FollowUpMessages } from './followups/messages';
import type { WatchMessages } from './watch/messages';
import type { PageKind } from './types';

/** Messages of the page run itself; each feature adds its own group below. */
export interface CoreMessages {
  /** Liveness check used by tests and the popup. */
  ping: { req: Record<string, never>; res: { ok: true; version: string } };
  /** The content script reports what it recognised on a page. */
  'page/seen': { req: { url: string; kind: PageKind; title: string | null }; res: { ok: true } };
}

export interface MessageMap extends CoreMessages, FollowUpMessages, RelatedMessages, PdfMessages, WatchMessages {}

export type MessageType = keyof MessageMap;
export type Request<T extends MessageType> = MessageMap[T]['req'];
export type Response<T extends MessageType> = MessageMap[T]['res'];

export interface Envelope<T extends MessageType = MessageType> {
  scrutineer: 1;
  type: T;
  payload: Request<T>;
}

/** A failed call comes back as a value, never as an exception across the boundary. */
export interface Failure {
  ok: false;
  error: string;
}

/** The message of a thrown value, for a `Failure` or a user-facing notice. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { scrutineer?: unknown }).scrutineer === 1 &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

export async function sendMessage<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T> | Failure> {
  try {
    const envelope: Envelope<T> = { scrutineer: 1, type, payload };
    const reply = (await runtime().sendMessage(envelope)) as Response<T> | Failure | undefined;
    return reply ?? { ok: false, error: `No reply to ${type}` };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

type Sender = { url?: string; tabId?: number };

/** Handlers for one group of messages; `Handlers` is the complete set the router needs. */
export type HandlersFor<M extends { [K in keyof M]: { req: unknown; res: unknown } }> = {
  [T in keyof M]: (payload: M[T]['req'], sender: Sender) => Promise<M[T]['res']>;
};
export type Handlers = HandlersFor<MessageMap>;

/** Dispatch one envelope to its handler; unknown types and thrown errors become Failures. */
export async function dispatch(handlers: Handlers, message: unknown, sender: Sender): Promise<unknown> {
  if (!isEnvelope(message)) return undefined;
  const handler = handlers[message.type] as ((p: unknown, s: Sender) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: `Unknown message type: ${message.type}` } satisfies Failure;
  try {
    return await handler(message.payload, sender);
  } catch (error) {
    return { ok: false, error: errorMessage(error) } satisfies Failure;
  }
}
