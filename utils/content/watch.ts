// The digest's Watch button, wired: asks the background whether the page's committee is watched,
// toggles it on a click, and asks again when the user comes back to the tab (the first watch on a
// council opens the options page, which explains and asks for host access: a content script
// cannot request permissions).
import type { sendMessage } from '../messages';

export interface WatchControls {
  toggle(): void;
  stop(): void;
}

/** Controls for the committee of a meeting page; `onChange` gets the watched state. */
export function createWatch(target: { pageUrl: string; cid: string; committee: string | null }, send: typeof sendMessage, onChange: (on: boolean) => void): WatchControls {
  const ask = (type: 'watch/status' | 'watch/toggle') => void send(type, target).then((r) => r.ok && onChange(r.watched));
  const sync = () => ask('watch/status');
  document.addEventListener('visibilitychange', sync);
  sync();
  return { toggle: () => ask('watch/toggle'), stop: () => document.removeEventListener('visibilitychange', sync) };
}
