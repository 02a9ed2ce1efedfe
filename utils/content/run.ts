// One page run: classify, mark the page, read it, mount the overlay, then ask the background for
// related items and pass the reply in. Everything registered here belongs to `ctx`, so it stops
// when the extension is reloaded. Any failure on a strange page becomes the small notice.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage, findModernGovRoot } from '../moderngov/page-detect';
import { sendMessage } from '../messages';
import { readPage } from '../parser';
import { mountOverlay } from '../overlay/mount';
import { mountNotice } from '../overlay/notice';
import { highlightResolutions, type Highlighter } from '../overlay/highlight';
import { watchForRerender } from '../overlay/reanchor';

export const PAGE_ATTRIBUTE = 'data-scrutineer-page';
/** Milliseconds from content-script start to overlay mounted (read by the bench). */
export const MOUNT_MS_ATTRIBUTE = 'data-scrutineer-mount-ms';
export const NOT_RECOGNISED = 'could not read this page, so it shows nothing here rather than guess.';

const track = async (followUp: Parameters<typeof sendMessage<'followup/add'>>[1]) => (await sendMessage('followup/add', followUp)).ok;

export async function runScrutineer(ctx: ContentScriptContext, doc: Document, url: URL, startedAt = performance.now()): Promise<void> {
  const kind = detectPage(doc, url);
  if (!kind) return;
  doc.documentElement.setAttribute(PAGE_ATTRIBUTE, kind);
  if (kind === 'unrecognised' || ctx.isInvalid) return;
  const root = findModernGovRoot(doc)!;
  try {
    const read = readPage(doc, url);
    doc.documentElement.setAttribute('data-scrutineer-read-ms', (performance.now() - startedAt).toFixed(2));
    if (!read) {
      await mountNotice(ctx, root, NOT_RECOGNISED);
      return;
    }
    let overlay = await mountOverlay(ctx, doc, read, { track });
    let highlighter: Highlighter = highlightResolutions(doc, read.page.meeting.items, read.anchors);
    doc.documentElement.setAttribute(MOUNT_MS_ATTRIBUTE, (performance.now() - startedAt).toFixed(2));
    performance.mark('scrutineer:mounted');

    watchForRerender(ctx, root, () => {
      if (overlay.hosts().every((h) => h.isConnected)) return;
      const again = readPage(doc, url);
      if (!again) return;
      overlay.remove();
      highlighter.clear();
      void mountOverlay(ctx, doc, again, { track }, overlay.state).then((next) => {
        overlay = next;
        highlighter = highlightResolutions(doc, again.page.meeting.items, again.anchors);
      });
    });

    void sendMessage('page/seen', { url: url.href, kind, title: doc.title || null });
    void sendMessage('related/index-page', { page: read.page });
    const reply = await sendMessage('related/query', { page: read.page });
    if (reply.ok && !ctx.isInvalid) overlay.setRelated(reply.related ?? {}, reply.matches ?? {});
  } catch (error) {
    console.warn('[scrutineer] page run failed', error);
    await mountNotice(ctx, root, NOT_RECOGNISED).catch(() => undefined);
  }
}
