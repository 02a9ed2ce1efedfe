// Draws what the page's PDFs gave into the cards: each card renders an empty
// `[data-scrutineer-report-slot]` (components/overlay/ItemCard.tsx) and the digest a
// `[data-scrutineer-digest-slot]`; this module, loaded only on pages that link PDFs, renders into
// them with its own Preact root and stylesheet (adopted next to the overlay's). Slots are looked up on every draw, so a card
// redrawn by the page run (a re-render of the council's page) is found again.
import { render } from 'preact';
import type { ParsedPage, NewFollowUp } from '../types';
import type { TrackState } from '../../components/overlay/TrackButton';
import { ReportSection } from '../../components/reports/ReportSection';
import { PrintedMinutesBlock } from '../../components/reports/PrintedMinutes';
import { ReportsDigest } from '../../components/reports/ReportsDigest';
import { buildFollowUp } from '../overlay/track';
import type { ReportSummary } from '../extract/report';
import type { DocView, ReportsController } from './controller';
import { digestReports } from './digest';
import { pageHref } from './format';
import { matchMinutes } from './match-minutes';
import type { MinutesItem, PackPart } from './types';
import css from './reports.css?inline';

export const ITEM_SLOT = 'data-scrutineer-report-slot';
export const DIGEST_SLOT = 'data-scrutineer-digest-slot';
const STYLE_MARK = 'data-scrutineer-reports-style';

let sheet: CSSStyleSheet | null | undefined;

/** Add the reports stylesheet to a card's shadow root: adopted beside the overlay's (one parsed
 * sheet shared by every card), or a <style> copy where adoption is refused (Firefox's Xrays). */
function addStyle(doc: Document, shadow: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
  }
  if (sheet && shadow.adoptedStyleSheets.includes(sheet)) return;
  if (shadow.querySelector(`style[${STYLE_MARK}]`)) return;
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      if (shadow.adoptedStyleSheets.includes(sheet)) return;
    } catch {
      /* fall through to a <style> copy */
    }
  }
  const style = doc.createElement('style');
  style.setAttribute(STYLE_MARK, '');
  style.textContent = css;
  shadow.prepend(style);
}

const num = (n: string | null) => (n ?? '').toLowerCase().replace(/[^a-z0-9/]+/g, '');

function findSlots(doc: Document): { items: Map<number, Element>; digest: Element | null } {
  const items = new Map<number, Element>();
  let digest: Element | null = null;
  for (const host of doc.querySelectorAll('scrutineer-overlay')) {
    const shadow = host.shadowRoot;
    if (!shadow) continue;
    const slot = shadow.querySelector(`[${ITEM_SLOT}], [${DIGEST_SLOT}]`);
    if (!slot) continue;
    addStyle(doc, shadow);
    if (slot.hasAttribute(DIGEST_SLOT)) digest = slot;
    else items.set(Number(slot.getAttribute(ITEM_SLOT)), slot);
  }
  return { items, digest };
}

export interface ReportsView {
  draw(): void;
}

export function mountReports(
  doc: Document,
  page: ParsedPage,
  reports: ReportsController,
  track: (f: NewFollowUp) => Promise<boolean>,
): ReportsView {
  const items = page.meeting.items;
  const tracked = new Map<string, TrackState>();
  const trackState = (key: string) => tracked.get(key) ?? 'idle';
  const doTrack = (key: string, followUp: NewFollowUp) => {
    tracked.set(key, 'pending');
    view.draw();
    void track(followUp).then((ok) => {
      tracked.set(key, ok ? 'done' : 'error');
      view.draw();
    });
  };
  /** A follow-up whose source opens the PDF at the page the text is on. */
  const followUp = (
    i: number,
    kind: NewFollowUp['kind'],
    text: string,
    href: string,
    pageNo: number | null,
    extra: { due?: string | null; owner?: string | null } = {},
  ) => {
    const f = buildFollowUp(page, items[i], { index: i, kind, text, key: '', ...extra });
    f.source.url = pageNo !== null ? pageHref(href, pageNo) : href;
    return f;
  };

  function section(v: DocView, i: number, report: ReportSummary | null, note?: string, id = v.id) {
    return (
      <ReportSection
        key={id}
        view={v}
        report={report}
        note={note}
        trackKey={(n) => `${id}:${n}`}
        trackState={trackState}
        onRequest={() => reports.request(v.id)}
        onTrack={(n) => {
          const r = report!.recommendations[n];
          doTrack(`${id}:${n}`, followUp(i, 'recommendation', r.text, v.doc.link.href, r.page));
        }}
      />
    );
  }

  const view: ReportsView = {
    draw() {
      const slots = findSlots(doc);
      const pack = reports.docs.find((d) => d.id === 'pack');
      const minutesDoc = reports.docs.find((d) => d.id === 'minutes');
      const parts: PackPart[] = pack?.status.phase === 'done' ? (pack.status.reading.parts ?? []) : [];
      const minutes: Record<number, MinutesItem> =
        minutesDoc?.status.phase === 'done' ? matchMinutes(items, minutesDoc.status.reading.minutes ?? []) : {};
      const read: ReportSummary[] = [];
      items.forEach((item, i) => {
        const own = reports.docs.filter((d) => d.item === i);
        const part = parts.find((p) => num(p.itemNumber) === num(item.number));
        const m = minutes[i];
        for (const d of own)
          if (d.status.phase === 'done' && d.status.reading.report) read.push(d.status.reading.report);
        if (part && !own.length) read.push(part.report);
        const slot = slots.items.get(i);
        if (!slot) return;
        render(
          <>
            {m && minutesDoc ? (
              <PrintedMinutesBlock
                item={m}
                href={minutesDoc.doc.link.href}
                trackState={trackState}
                trackKey={(what, n) => `minutes:${i}:${what}:${n}`}
                onTrack={(what, n) => {
                  const key = `minutes:${i}:${what}:${n}`;
                  if (what === 'resolution')
                    doTrack(
                      key,
                      followUp(i, 'resolution', m.resolution!.text, minutesDoc.doc.link.href, m.resolutionPage),
                    );
                  else
                    doTrack(
                      key,
                      followUp(i, 'action', m.actions[n].text, minutesDoc.doc.link.href, m.actionPages[n] ?? null, {
                        due: m.actions[n].due,
                        owner: m.actions[n].owner,
                      }),
                    );
                }}
              />
            ) : null}
            {own.map((d) => section(d, i, d.status.phase === 'done' ? (d.status.reading.report ?? null) : null))}
            {part && pack && !own.length
              ? section(
                  pack,
                  i,
                  part.report,
                  `pages ${part.startPage}–${part.endPage} of the reports pack`,
                  `pack:${i}`,
                )
              : null}
          </>,
          slot,
        );
      });
      if (slots.digest) {
        const reading = reports.docs.filter(
          (d) => d.item !== null && !['done', 'failed', 'skipped'].includes(d.status.phase),
        ).length;
        const meetingDocs = [pack, minutesDoc].filter(
          (d): d is DocView => !!d && !(d === pack && d.status.phase === 'done'),
        );
        render(
          <ReportsDigest
            data={digestReports(read)}
            reading={reading}
            minutes={
              minutesDoc?.status.phase === 'done'
                ? {
                    decisions: Object.values(minutes).filter((m) => m.resolution).length,
                    actions: Object.values(minutes).reduce((n, m) => n + m.actions.length, 0),
                  }
                : null
            }
          >
            {meetingDocs.map((d) => section(d, 0, null))}
          </ReportsDigest>,
          slots.digest,
        );
      }
    },
  };
  return view;
}
