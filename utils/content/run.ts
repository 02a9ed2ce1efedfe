// One page run: classify, mark the page, read its DOM, mount the cards at once, then analyse each
// item's text in idle chunks and complete its card; when every card is complete, highlight the
// resolutions and load related items (load-related.ts). Everything registered here belongs to
// `ctx`, so it stops when the extension is reloaded. Any failure on a strange page becomes the
// small notice.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage, findModernGovRoot } from '../moderngov/page-detect';
import { sendMessage } from '../messages';
import { readPageProgressive } from '../parser/progressive';
import { mountOverlay, type OverlayController, type OverlayState } from './mount';
import { mountNotice } from './notice';
import { createHostFactory } from './host';
import { ensureHighlightStyle, highlightResolutions, type Highlighter } from './highlight';
import { watchForRerender } from './reanchor';
import { defaultLoadDeps, loadRelated } from './load-related';
import { runInIdle, type IdleRun } from './idle';
import { createOverlayApi } from './overlay-api';
import { spaced } from './spaced';
import { loadReports } from './reports-loader';
import { loadAnalysis } from './analysis-loader';

export const PAGE_ATTRIBUTE = 'data-scrutineer-page';
/** Milliseconds from content-script start to cards mounted and interactive (read by the bench). */
export const MOUNT_MS_ATTRIBUTE = 'data-scrutineer-mount-ms';
/** Milliseconds from content-script start to the DOM read (before any text analysis). */
export const READ_MS_ATTRIBUTE = 'data-scrutineer-read-ms';
/** Milliseconds from content-script start to every card complete and highlights drawn. */
export const ANALYSED_MS_ATTRIBUTE = 'data-scrutineer-analysed-ms';
export const NOT_RECOGNISED = 'could not read this page, so it shows nothing here rather than guess.';

export async function runScrutineer(
  ctx: ContentScriptContext,
  doc: Document,
  url: URL,
  startedAt = performance.now(),
  css = '',
): Promise<void> {
  const kind = detectPage(doc, url);
  if (!kind) return;
  const html = doc.documentElement;
  const since = () => (performance.now() - startedAt).toFixed(2);
  html.setAttribute(PAGE_ATTRIBUTE, kind);
  if (kind === 'unrecognised' || ctx.isInvalid) return;
  const root = findModernGovRoot(doc)!;
  const hosts = createHostFactory(doc, css);
  const notice = () => {
    try {
      mountNotice(hosts, root, NOT_RECOGNISED);
    } catch {
      /* nothing more we can do on this page */
    }
  };
  try {
    // Read and mount in a task of their own: the browser has just spent a task compiling and
    // starting this script; splitting here keeps each task well under 50 ms.
    await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    if (ctx.isInvalid) return;
    // The extraction engine is a module of its own (analysis-loader.ts): its download starts
    // now, beside the DOM read and the mount, and the idle analysis waits for it.
    const engineLoad = loadAnalysis();
    engineLoad.catch(() => undefined);
    let read = readPageProgressive(doc, url);
    html.setAttribute(READ_MS_ATTRIBUTE, since());
    if (!read) return notice();
    ensureHighlightStyle(doc);
    const api = createOverlayApi(url.origin, ctx.signal);
    let overlay: OverlayController & { state: OverlayState } = mountOverlay(ctx, doc, read, { api, hosts });
    html.setAttribute(MOUNT_MS_ATTRIBUTE, since());
    performance.mark('scrutineer:mounted');

    const engine = await engineLoad;
    if (ctx.isInvalid) return;
    let highlighter: Highlighter | null = null;
    const analysis: { run: IdleRun | null } = { run: null };
    /** Analyse every item in idle chunks, completing each card as its analysis lands. */
    const analyse = (current: NonNullable<typeof read>, target: typeof overlay) => {
      const tasks = current.pending.map((fill, i) => () => {
        fill(engine.analyseBlock);
        target.itemReady(i);
      });
      tasks.push(() => {
        target.allReady(engine.approvedSpendOf);
        highlighter = highlightResolutions(doc, current.page.meeting.items, current.anchors);
      });
      analysis.run = runInIdle(ctx, tasks);
      return analysis.run.done;
    };

    watchForRerender(ctx, root, () => {
      if (overlay.hosts().every((h) => h.isConnected)) return;
      const again = readPageProgressive(doc, url);
      if (!again) return;
      analysis.run?.cancel();
      overlay.remove();
      highlighter?.clear();
      highlighter = null;
      read = again;
      overlay = mountOverlay(ctx, doc, again, { api, hosts }, overlay.state);
      void analyse(again, overlay);
    });

    // A re-render during the analysis starts a new one: wait for whichever run is current.
    let done = analyse(read, overlay);
    let complete = await done;
    while (!complete && !ctx.isInvalid && analysis.run && analysis.run.done !== done) {
      done = analysis.run.done;
      complete = await done;
    }
    if (!complete || ctx.isInvalid) return;
    html.setAttribute(ANALYSED_MS_ATTRIBUTE, since());
    performance.mark('scrutineer:analysed');

    void sendMessage('page/seen', { url: url.href, kind, title: doc.title || null });
    // Related earlier items: index this page, fetch (politely, same origin) what it links to, and
    // redraw as results land. A failure here leaves the cards as they are, never the notice.
    const deps = defaultLoadDeps(url.origin, engine.createParsedPage);
    // Linked PDFs, read beside the related items; their downloads share this tab's spacing.
    const gate = spaced(async () => ({ status: 0, text: '' }), deps.sleep);
    void loadReports(read.page, ctx.signal, async (u, s) => void (await gate(u, s)));
    try {
      await loadRelated(
        read.page,
        { ...deps, fetchText: spaced(deps.fetchText, deps.sleep) },
        {
          signal: ctx.signal,
          onUpdate: (r) => {
            if (!ctx.isInvalid) overlay.setRelated(r.related, r.matches);
          },
        },
      );
    } catch (error) {
      // One shared prefix for every warning (the error says which part failed): fewer bytes injected.
      if (!ctx.isInvalid) console.warn('[scrutineer]', error);
    }
  } catch (error) {
    console.warn('[scrutineer]', error);
    notice();
  }
}
