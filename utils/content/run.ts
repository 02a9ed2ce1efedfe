// One page run: classify, mark the page, and (for recognised pages) hand over to the overlay.
// Everything registered here belongs to `ctx`, so it stops when the extension is reloaded.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../moderngov/page-detect';
import { sendMessage } from '../messages';

export const PAGE_ATTRIBUTE = 'data-scrutineer-page';

export function runScrutineer(ctx: ContentScriptContext, doc: Document, url: URL): void {
  const kind = detectPage(doc, url);
  if (!kind) return;
  doc.documentElement.setAttribute(PAGE_ATTRIBUTE, kind);
  if (kind === 'unrecognised' || ctx.isInvalid) return;
  void sendMessage('page/seen', { url: url.href, kind, title: doc.title || null });
}
