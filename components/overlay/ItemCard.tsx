// The card beside one agenda item: decision first (its first part in full, clamped to about two
// lines, with a "more" toggle), key figures, actions, the recommendation on agendas, summary,
// documents, related items and Track buttons. Routine business renders as one collapsed line.
// Before the item's text has been analysed (`analysed` false) the card shows what the DOM read
// gives — number, title, documents, Track — and says it is still reading.
import type { AgendaItem } from '../../utils/types';
import type { FollowUpMatch, RelatedLink } from '../../utils/related/types';
import type { DateFigure, MoneyFigure } from '../../utils/summary/key-figures';
import type { TrackRequest } from '../../utils/overlay/track';
import { decisionLead } from '../../utils/summary/decision-lead';
import { ActionList } from './ActionList';
import { DocumentList } from './DocumentList';
import { KeyFigures } from './KeyFigures';
import { RelatedList } from './RelatedList';
import { Summary, type OnDeviceState } from './Summary';
import { TrackButton, type TrackState } from './TrackButton';

export interface ItemFigures {
  money: MoneyFigure[];
  dates: DateFigure[];
}

export interface ItemCardProps {
  item: AgendaItem;
  index: number;
  /** False until the item's text has been analysed (the card then shows only the DOM read). */
  analysed?: boolean;
  figures: ItemFigures;
  summary: string[];
  related: RelatedLink[];
  matches: FollowUpMatch[];
  trackState: (key: string) => TrackState;
  onTrack: (req: TrackRequest) => void;
  onDevice: OnDeviceState;
  onDeviceText: string | null;
  onRequestOnDevice: () => void;
  /** Links a matched follow-up to this item, for the "Is this the update promised …?" prompts. */
  onLink?: (followUpId: string, markDone: boolean) => Promise<boolean>;
}

interface LeadProps {
  verb: string;
  verbClass: string;
  text: string;
  parts?: string[];
  what: string;
}

/** The decision (or recommendation): lead part in full up to ~2 lines; the rest behind "more". */
function Lead({ verb, verbClass, text, parts, what }: LeadProps) {
  const { lead, rest, more } = decisionLead(text, parts);
  return (
    <div class="dec">
      <p class="lead">
        <span class={verbClass}>{verb}</span> {lead}
      </p>
      {more ? (
        <details class="more">
          <summary aria-label={`more: full ${what}`}>
            <span class="m-more">more</span>
            <span class="m-less">less</span>
          </summary>
          {rest ? <p class="full">{rest}</p> : null}
        </details>
      ) : null}
    </div>
  );
}

export function ItemCard(props: ItemCardProps) {
  const { item, index, trackState, onTrack } = props;
  const analysed = props.analysed ?? true;
  const label = item.number ? `item ${item.number}` : `“${item.title}”`;
  const key = (kind: string, n = 0) => `${index}:${kind}:${n}`;
  const decision = item.resolution;
  const rec = !decision ? item.recommendation : null;
  const body = (
    <>
      {/* Filled by the reports module (utils/reports/mount.tsx) from the item's linked PDFs. */}
      <div key="reports" data-scrutineer-report-slot={index} />
      {!analysed ? (
        <p class="muted reading">Reading this item…</p>
      ) : decision ? (
        <div class="decision" data-scrutineer-resolution="">
          <Lead
            verb="Decided"
            verbClass="verb"
            text={decision.text}
            parts={decision.parts}
            what={`decision for ${label}`}
          />
          <TrackButton
            what={`decision for ${label}`}
            state={trackState(key('resolution'))}
            onTrack={() => onTrack({ index, kind: 'resolution', text: decision.text, key: key('resolution') })}
          />
        </div>
      ) : rec ? (
        <div class="decision recommendation">
          <Lead verb="Recommended" verbClass="verb verb-rec" text={rec.text} what={`recommendation for ${label}`} />
          <TrackButton
            what={`recommendation for ${label}`}
            state={trackState(key('recommendation'))}
            onTrack={() => onTrack({ index, kind: 'recommendation', text: rec.text, key: key('recommendation') })}
          />
        </div>
      ) : (
        <p class="muted nodecision">No decision recorded on this page.</p>
      )}
      {analysed ? (
        <>
          <KeyFigures money={props.figures.money} dates={props.figures.dates} />
          <ActionList
            actions={item.actions}
            itemLabel={label}
            trackState={(n) => trackState(key('action', n))}
            onTrack={(n) => {
              const a = item.actions[n];
              onTrack({ index, kind: 'action', text: a.text, due: a.due, owner: a.owner, key: key('action', n) });
            }}
          />
          <Summary
            lines={props.summary}
            onDevice={props.onDevice}
            onDeviceText={props.onDeviceText}
            onRequestOnDevice={props.onRequestOnDevice}
          />
        </>
      ) : null}
      <DocumentList documents={item.documents} />
      <RelatedList related={props.related} matches={props.matches} onLink={props.onLink} />
      <div class="foot">
        <TrackButton
          what={label}
          state={trackState(key('item'))}
          onTrack={() => onTrack({ index, kind: 'item', text: item.title, key: key('item') })}
        />
      </div>
    </>
  );
  const hooks = {
    'data-scrutineer-item': '',
    'data-number': item.printedNumber ?? item.number ?? '',
    'data-title': item.title,
    'data-state': analysed ? 'complete' : 'reading',
    'aria-busy': analysed ? undefined : ('true' as const),
  };
  if (item.routine) {
    return (
      <details class="card routine" {...hooks}>
        <summary>
          <span class="brand">Scrutineer</span> <span class="routine-tag">Routine</span>{' '}
          <span class="oneline">{decision ? decision.text : item.title}</span>
        </summary>
        {body}
      </details>
    );
  }
  return (
    <article class="card" aria-label={`Scrutineer: ${label}`} {...hooks}>
      <header class="head">
        <span class="brand">Scrutineer</span>
        {item.number ? <span class="num">Item {item.number}</span> : null}
      </header>
      {body}
    </article>
  );
}
