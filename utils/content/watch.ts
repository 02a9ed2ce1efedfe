// The digest's Watch button, wired: asks the background whether the page's committee is watched,
// toggles it on a click, and asks again when the window gets the focus back (the first watch on a
// council opens the options page, which explains and asks for host access: a content script
// cannot request permissions).
import type { sendMessage } from '../messages';

/** The committee of a meeting page. */
export type WatchTarget = { pageUrl: string; cid: string; committee: string | null };

export interface WatchControls {
  toggle(): void;
  stop(): void;
}

/** Controls for the committee of a meeting page; `onChange` gets the watched state. */
export function createWatch(
  target: WatchTarget,
  send: typeof sendMessage,
  onChange: (on: boolean) => void,
): WatchControls {
  const ask = (press?: boolean) =>
    void send('watch/button', { ...target, press }).then((r) => r.ok && onChange(r.watched));
  const sync = () => ask();
  addEventListener('focus', sync);
  sync();
  return { toggle: () => ask(true), stop: () => removeEventListener('focus', sync) };
}
