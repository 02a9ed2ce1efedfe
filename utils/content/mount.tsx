// Mounts the overlay: one <scrutineer-overlay> (open shadow root, one shared stylesheet) per item,
// placed against the item in the page flow, plus one for the digest. Mounting is synchronous and
// cheap: cards first show what the DOM read gives (number, title, documents, Track); each card is
// completed by `itemReady(i)` once the item's text has been analysed (see utils/content/run.ts,
// which does that in idle chunks). Holds the overlay's state (tracking acknowledgements, related
// links, on-device summaries, the backfill panel) and re-renders the pure components when it
// changes; what the components ask of the outside world goes through `deps.api` (overlay-api.ts).
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageRead } from '../parser';
import type { FollowUpMatch, RelatedLink } from '../related/types';
import { ItemCard, type ItemFigures } from '../../components/overlay/ItemCard';
import { Digest } from '../../components/overlay/Digest';
import { WatchButton } from '../../components/overlay/WatchButton';
import { BackfillPanel } from '../../components/related/BackfillPanel';
import type { TrackState } from '../../components/overlay/TrackButton';
import type { OnDeviceState } from '../../components/overlay/Summary';
import { findDates, findMoney } from '../summary/key-figures';
import { summariseItem } from '../summary/extractive';
import { hasOnDeviceSummarizer, summariseOnDevice } from '../summary/on-device';
import { digestData } from '../overlay/digest-data';
import { CONTENT, MODERNGOV_ROOT } from '../moderngov/selectors';
import { itemAnchorUrl } from '../moderngov/urls';
import type { BackfillControls, BackfillView } from './backfill';
import type { HostFactory, OverlayHost } from './host';
import type { OverlayApi } from './overlay-api';
import { buildFollowUp, type TrackRequest } from '../overlay/track';

export { OVERLAY_NAME } from './host';

export interface OverlayDeps {
  /** What the cards may ask of the outside world (track, link, backfill). */
  api: OverlayApi;
  /** Creates the <scrutineer-overlay> hosts (shared stylesheet). */
  hosts: HostFactory;
}

export interface OverlayController {
  /** Item `i` has been analysed: compute its figures and summary and redraw its card. */
  itemReady(i: number): void;
  /** Every item has been analysed: redraw the digest with its final numbers (`spendOf` from the engine). */
  allReady(spendOf: (resolutions: string[]) => number): void;
  setRelated(related: Record<number, RelatedLink[]>, matches: Record<number, FollowUpMatch[]>): void;
  /** Hosts currently in the page (for re-anchoring checks). */
  hosts(): HTMLElement[];
  remove(): void;
}

export interface OverlayState {
  related: Record<number, RelatedLink[]>;
  matches: Record<number, FollowUpMatch[]>;
  tracked: Record<string, TrackState>;
  onDevice: Record<number, { state: OnDeviceState; text: string | null }>;
  digestOpen: boolean;
}

/** Key figures and extractive summary of an analysed item. Pure. */
export function deriveItem(item: PageRead['page']['meeting']['items'][number]): {
  figures: ItemFigures;
  summary: string[];
} {
  const basis =
    [item.resolution?.text, item.recommendation?.text, ...item.actions.map((a) => a.text)].filter(Boolean).join('\n') ||
    item.text;
  return { figures: { money: findMoney(basis), dates: findDates(basis, 3) }, summary: summariseItem(item) };
}

export function mountOverlay(
  ctx: ContentScriptContext,
  doc: Document,
  read: PageRead,
  deps: OverlayDeps,
  previous?: OverlayState,
): OverlayController & { state: OverlayState } {
  const { page, anchors } = read;
  const items = page.meeting.items;
  const state: OverlayState = previous ?? { related: {}, matches: {}, tracked: {}, onDevice: {}, digestOpen: true };
  // The browser's summariser, offered only where it exists and the user has not turned it off in
  // the options page (hidden until the setting is known, so it never flashes in and out).
  const hasSummarizer = hasOnDeviceSummarizer();
  let onDeviceAvailable = false;
  let backfillMonths: number | null = null;
  const preferences = () => deps.api.preferences?.() ?? Promise.resolve(null);
  if (hasSummarizer)
    void preferences().then((p) => {
      onDeviceAvailable = p?.onDeviceSummaries ?? true;
      if (onDeviceAvailable) items.forEach((_, i) => drawItem(i));
    });
  const derived: Array<{ figures: ItemFigures; summary: string[] } | null> = items.map(() => null);
  let spendOf: ((resolutions: string[]) => number) | null = null;

  const withDigest = page.pageKind === 'meeting' || page.pageKind === 'issue';
  const table = anchors[0]?.anchor.closest('table');
  const content =
    doc.querySelector(`${MODERNGOV_ROOT[0]} ${CONTENT}`) ?? doc.querySelector(MODERNGOV_ROOT[0]) ?? doc.body;
  const digestUi: OverlayHost | null = withDigest
    ? table
      ? deps.hosts(table, 'before', 'digest')
      : deps.hosts(content, 'first', 'digest')
    : null;
  const itemUis = anchors.map((a, i) => deps.hosts(a.anchor, a.place, items[i]?.routine ? 'side routine' : 'side'));

  /** Link a follow-up to item `i`: the page at the item, its title and the meeting date. */
  const onLink = (i: number) => (followUpId: string, markDone: boolean) =>
    deps.api.linkFollowUp(
      followUpId,
      {
        url: itemAnchorUrl(page.url, items[i].agendaItemId),
        title: items[i].title,
        meetingDate: page.meeting.meetingDate,
      },
      markDone,
    );
  let watching = false;
  const watch =
    page.pageKind === 'meeting' && page.ids.cid
      ? deps.api.watch?.(
          { pageUrl: page.url, cid: page.ids.cid, committee: page.meeting.committee },
          (on) => ((watching = on), drawDigest()),
        )
      : null;
  let backfill: BackfillControls | null = null;
  let backfillView: BackfillView = { job: null, active: false };
  const trackState = (key: string) => state.tracked[key] ?? 'idle';
  const onTrack = (req: TrackRequest) => {
    state.tracked[req.key] = 'pending';
    drawItem(req.index);
    void deps.api.track(buildFollowUp(page, items[req.index], req)).then((ok) => {
      state.tracked[req.key] = ok ? 'done' : 'error';
      drawItem(req.index);
    });
  };
  const onRequestOnDevice = (i: number) => {
    state.onDevice[i] = { state: 'pending', text: null };
    drawItem(i);
    void summariseOnDevice(items[i].text, ctx.signal).then((text) => {
      state.onDevice[i] = text ? { state: 'done', text } : { state: 'failed', text: null };
      drawItem(i);
    });
  };
  const onJump = (i: number) => {
    const host = itemUis[i]?.host;
    if (!host) return;
    const row = host.closest('tr') ?? host;
    const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    row.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    itemUis[i].shadow.querySelector<HTMLElement>('summary, button, a')?.focus({ preventScroll: true });
  };

  function drawDigest(): void {
    if (!digestUi) return;
    render(
      <Digest
        title={[page.meeting.committee, page.heading].filter(Boolean).join(' · ') || 'Meeting digest'}
        data={spendOf ? digestData(page.meeting, spendOf) : null}
        items={items}
        cancelled={page.meeting.status === 'cancelled'}
        open={state.digestOpen}
        onToggle={(open) => (state.digestOpen = open)}
        onJump={onJump}
      >
        {watch ? <WatchButton on={watching} onToggle={watch.toggle} /> : null}
        {/* Opt-in backfill of this committee's past year; after the analysis, off the mount path. */}
        {backfill ? (
          <BackfillPanel
            committee={page.meeting.committee}
            months={backfillView.job?.months ?? backfillMonths ?? 12}
            job={backfillView.job}
            active={backfillView.active}
            onStart={() => void backfill?.start()}
            onCancel={() => void backfill?.cancel()}
            onResume={() => void backfill?.resume()}
          />
        ) : null}
      </Digest>,
      digestUi.container,
    );
  }

  function drawItem(i: number): void {
    const ui = itemUis[i];
    if (!ui) return;
    const device = state.onDevice[i] ?? { state: onDeviceAvailable ? 'idle' : 'unavailable', text: null };
    const d = derived[i];
    render(
      <ItemCard
        item={items[i]}
        index={i}
        analysed={d !== null}
        figures={d?.figures ?? { money: [], dates: [] }}
        summary={d?.summary ?? []}
        related={state.related[i] ?? []}
        matches={state.matches[i] ?? []}
        trackState={trackState}
        onTrack={onTrack}
        onDevice={device.state}
        onDeviceText={device.text}
        onRequestOnDevice={() => onRequestOnDevice(i)}
        onLink={state.matches[i]?.length ? onLink(i) : undefined}
      />,
      ui.container,
    );
  }

  drawDigest();
  items.forEach((_, i) => drawItem(i));
  // Into the page only once rendered: one insertion per host instead of one per element.
  digestUi?.attach();
  for (const ui of itemUis) ui.attach();

  return {
    state,
    itemReady(i) {
      if (!items[i]) return;
      derived[i] = deriveItem(items[i]);
      drawItem(i);
    },
    allReady(approvedSpendOf) {
      spendOf = approvedSpendOf;
      if (withDigest && !backfill) {
        backfill = deps.api.backfill(page, (view) => {
          backfillView = view;
          drawDigest();
        });
        if (backfill)
          void preferences().then((p) => {
            backfillMonths = p?.backfillMonths ?? null;
            drawDigest();
          });
      }
      drawDigest();
    },
    setRelated(related, matches) {
      state.related = related;
      state.matches = matches;
      items.forEach((_, i) => drawItem(i));
    },
    hosts: () => [digestUi, ...itemUis].flatMap((ui) => (ui ? [ui.host] : [])),
    remove() {
      backfill?.stop();
      watch?.stop();
      for (const ui of [digestUi, ...itemUis]) {
        if (!ui) continue;
        render(null, ui.container);
        ui.remove();
      }
    },
  };
}
