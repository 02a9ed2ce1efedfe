// Messages owned by the watch feature (answered in utils/background/watch-handlers.ts).
import type { Settings } from '../followups/settings';
import type { CheckReport } from './check';
import type { HostState, NewEntry, Watch } from './types';

export type Ok<T> = { ok: true } & T;

/** What the user asks to watch; the background fills in ids and the ModernGov directory. */
export type WatchInput =
  | { kind: 'committee'; pageUrl: string; cid: string; committee: string | null }
  | { kind: 'subject'; words: string; pageUrl?: string | null; cid?: string | null; committee?: string | null };

export interface WatchMessages {
  /** Everything the options page, popup and tracker show. */
  'watch/list': {
    req: Record<string, never>;
    res: Ok<{
      watches: Watch[];
      entries: NewEntry[];
      unseen: number;
      hosts: HostState[];
      lastCheck: string | null;
      settings: Settings;
    }>;
  };
  /**
   * The content script's watch button: is this committee watched (`press` absent), or it was
   * pressed. Watching where host access is already granted happens at once; otherwise the options
   * page opens to explain and ask (a content script cannot ask for permissions). One message for
   * both, to keep the injected script small.
   */
  'watch/button': {
    req: { pageUrl: string; cid: string; committee: string | null; press?: boolean };
    res: Ok<{ watched: boolean; asking: boolean }>;
  };
  /** Add a watch (host access for its council must have been granted). Reads a committee's list once, to know what is already there. */
  'watch/add': { req: { watch: WatchInput }; res: Ok<{ watch: Watch }> };
  'watch/update': { req: { id: string; patch: { paused?: boolean; words?: string } }; res: Ok<{ watch: Watch }> };
  /** Remove a watch; host access is given back when it was the last on its council. */
  'watch/remove': { req: { id: string }; res: Ok<{ released: boolean }> };
  'watch/check-now': { req: Record<string, never>; res: Ok<{ report: CheckReport }> };
  /** Mark entries (all when `ids` is absent) seen, or dismiss them. */
  'watch/mark': { req: { ids?: string[]; dismiss?: boolean }; res: Ok<{ changed: number }> };
  /** Change settings (the schedule is re-armed when it changed). */
  'watch/settings': { req: { patch: Partial<Settings> }; res: Ok<{ settings: Settings }> };
  /** "Clear everything": follow-ups, index, watches, settings; host access given back. */
  'watch/clear-all': { req: Record<string, never>; res: Ok<{ released: number }> };
}
