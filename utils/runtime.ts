// The extension runtime, native: `browser.runtime` in Firefox (and Safari), `chrome.runtime` in
// Chromium, where MV3's `runtime.sendMessage` already returns a Promise. The content script sends
// through this instead of `wxt/browser` so the webextension-polyfill (about 2.7 KB gzipped) stays
// out of what is injected into council pages; extension pages and the background, which register
// listeners, keep the polyfill. Looked up on each call, so tests' stubbed globals are honoured.
import type { WxtBrowser } from 'wxt/browser';

type Runtime = WxtBrowser['runtime'];

export function runtime(): Runtime {
  const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const r = g.browser?.runtime?.id ? g.browser.runtime : g.chrome?.runtime;
  if (!r) throw new Error('Extension runtime unavailable');
  return r;
}
