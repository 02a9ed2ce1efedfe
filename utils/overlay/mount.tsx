// Mounts the overlay: one <scrutineer-overlay> (WXT shadow-root UI, open shadow root, CSS
// injected into the shadow) per item, placed against the item in the page flow, plus one for the
// digest. Holds the overlay's state (tracking acknowledgements, related links, on-device
// summaries) and re-renders the pure components when it changes.
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageRead } from '../parser';
import type { FollowUpMatch, RelatedLink } from '../related/messages';
import type { NewFollowUp } from '../types';
import { ItemCard } from '../../components/overlay/ItemCard';
import { Digest } from '../../components/overlay/Digest';
import type { TrackState } from '../../components/overlay/TrackButton';
import type { OnDeviceState } from '../../components/overlay/Summary';
import { findDates, findMoney } from '../summary/key-figures';
import { summariseItem } from '../summary/extractive';
import { hasOnDeviceSummarizer, summariseOnDevice } from '../summary/on-device';
import { digestData } from './digest-data';
import { buildFollowUp, type TrackRequest } from './track';

export const OVERLAY_NAME = 'scrutineer-overlay';

export interface OverlayDeps {
  /** Sends a follow-up to the background; resolves true when acknowledged. */
  track: (followUp: NewFollowUp) => Promise<boolean>;
}

export interface OverlayController {
  setRelated(related: Record<number, RelatedLink[]>, matches: Record<number, FollowUpMatch[]>): void;
  /** Hosts currently in the page (for re-anchoring checks). */
  hosts(): HTMLElement[];
  remove(): void;
}

interface State {
  related: Record<number, RelatedLink[]>;
  matches: Record<number, FollowUpMatch[]>;
  tracked: Record<string, TrackState>;
  onDevice: Record<number, { state: OnDeviceState; text: string | null }>;
  digestOpen: boolean;
}

type Ui = ShadowRootContentScriptUi<HTMLElement>;

function createUi(ctx: ContentScriptContext, anchor: Element, append: 'first' | 'after' | 'before', layout: string): Promise<Ui> {
  return createShadowRootUi(ctx, {
    name: OVERLAY_NAME,
    position: 'inline',
    anchor,
    append,
    onMount(container, _shadow, host) {
      host.setAttribute('data-layout', layout);
      container.classList.add('scrutineer-root');
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
}

export async function mountOverlay(ctx: ContentScriptContext, doc: Document, read: PageRead, deps: OverlayDeps, previous?: State): Promise<OverlayController & { state: State }> {
  const { page, anchors } = read;
  const items = page.meeting.items;
  const state: State = previous ?? { related: {}, matches: {}, tracked: {}, onDevice: {}, digestOpen: true };
  const onDeviceAvailable = hasOnDeviceSummarizer();
  const derived = items.map((item) => {
    const basis = [item.resolution?.text, item.recommendation?.text, ...item.actions.map((a) => a.text)].filter(Boolean).join('\n') || item.text;
    return { figures: { money: findMoney(basis).slice(0, 4), dates: findDates(basis, 3) }, summary: summariseItem(item) };
  });

  const withDigest = page.pageKind === 'meeting' || page.pageKind === 'issue';
  const table = anchors[0]?.anchor.closest('table');
  const content = doc.querySelector('#modgov .mgContent') ?? doc.querySelector('#modgov') ?? doc.body;
  const [digestUi, ...itemUis] = await Promise.all([
    withDigest ? (table ? createUi(ctx, table, 'before', 'digest') : createUi(ctx, content, 'first', 'digest')) : Promise.resolve(null),
    ...anchors.map((a, i) => createUi(ctx, a.anchor, a.place, items[i]?.routine ? 'side routine' : 'side')),
  ]);
  digestUi?.mount();
  for (const ui of itemUis) ui.mount();

  const trackState = (key: string) => state.tracked[key] ?? 'idle';
  const onTrack = (req: TrackRequest) => {
    state.tracked[req.key] = 'pending';
    draw();
    void deps.track(buildFollowUp(page, items[req.index], req)).then((ok) => {
      state.tracked[req.key] = ok ? 'done' : 'error';
      draw();
    });
  };
  const onRequestOnDevice = (i: number) => {
    state.onDevice[i] = { state: 'pending', text: null };
    draw();
    void summariseOnDevice(items[i].text, ctx.signal).then((text) => {
      state.onDevice[i] = text ? { state: 'done', text } : { state: 'failed', text: null };
      draw();
    });
  };
  const onJump = (i: number) => {
    const host = itemUis[i]?.shadowHost;
    if (!host) return;
    const row = host.closest('tr') ?? host;
    const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    row.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    itemUis[i].shadow.querySelector<HTMLElement>('summary, button, a')?.focus({ preventScroll: true });
  };

  function draw(): void {
    if (digestUi?.mounted) {
      render(
        <Digest
          title={[page.meeting.committee, page.heading].filter(Boolean).join(' · ') || 'Meeting digest'}
          data={digestData(page.meeting)}
          items={items}
          cancelled={page.meeting.status === 'cancelled'}
          open={state.digestOpen}
          onToggle={(open) => (state.digestOpen = open)}
          onJump={onJump}
        />,
        digestUi.mounted,
      );
    }
    itemUis.forEach((ui, i) => {
      if (!ui.mounted) return;
      const device = state.onDevice[i] ?? { state: onDeviceAvailable ? 'idle' : 'unavailable', text: null };
      render(
        <ItemCard
          item={items[i]}
          index={i}
          figures={derived[i].figures}
          summary={derived[i].summary}
          related={state.related[i] ?? []}
          matches={state.matches[i] ?? []}
          trackState={trackState}
          onTrack={onTrack}
          onDevice={device.state}
          onDeviceText={device.text}
          onRequestOnDevice={() => onRequestOnDevice(i)}
        />,
        ui.mounted,
      );
    });
  }
  draw();

  return {
    state,
    setRelated(related, matches) {
      state.related = related;
      state.matches = matches;
      draw();
    },
    hosts: () => [digestUi, ...itemUis].flatMap((ui) => (ui ? [ui.shadowHost] : [])),
    remove() {
      digestUi?.remove();
      for (const ui of itemUis) ui.remove();
    },
  };
}
