// The card beside one agenda item: decision first (one line, expandable), key figures, actions,
// the recommendation on agendas, summary, documents, related items and Track buttons.
// Routine business renders as one collapsed line.
import type { AgendaItem } from '../../utils/types';
import type { FollowUpMatch, RelatedLink } from '../../utils/related/messages';
import type { DateFigure, MoneyFigure } from '../../utils/summary/key-figures';
import type { TrackRequest } from '../../utils/overlay/track';
import { ActionList } from './ActionList';
import { DocumentList } from './DocumentList';
import { KeyFigures } from './KeyFigures';
import { RelatedList } from './RelatedList';
import { Summary, type OnDeviceState } from './Summary';
import { TrackButton, type TrackState } from './TrackButton';

export interface ItemCardProps {
  item: AgendaItem;
  index: number;
  figures: { money: MoneyFigure[]; dates: DateFigure[] };
  summary: string[];
  related: RelatedLink[];
  matches: FollowUpMatch[];
  trackState: (key: string) => TrackState;
  onTrack: (req: TrackRequest) => void;
  onDevice: OnDeviceState;
  onDeviceText: string | null;
  onRequestOnDevice: () => void;
}

export function ItemCard(props: ItemCardProps) {
  const { item, index, trackState, onTrack } = props;
  const label = item.number ? `item ${item.number}` : `“${item.title}”`;
  const key = (kind: string, n = 0) => `${index}:${kind}:${n}`;
  const decision = item.resolution;
  const rec = !decision ? item.recommendation : null;
  const body = (
    <>
      {decision ? (
        <div class="decision" data-scrutineer-resolution="">
          <details>
            <summary>
              <span class="verb">Decided</span> <span class="oneline">{decision.text}</span>
            </summary>
            <p class="full">{decision.text}</p>
            {decision.parts.length ? (
              <ul>
                {decision.parts.map((p, n) => (
                  <li key={n}>{p}</li>
                ))}
              </ul>
            ) : null}
          </details>
          <TrackButton
            what={`decision for ${label}`}
            state={trackState(key('resolution'))}
            onTrack={() => onTrack({ index, kind: 'resolution', text: decision.text, key: key('resolution') })}
          />
        </div>
      ) : rec ? (
        <div class="decision recommendation">
          <details>
            <summary>
              <span class="verb verb-rec">Recommended</span> <span class="oneline">{rec.text}</span>
            </summary>
            <p class="full">{rec.text}</p>
          </details>
          <TrackButton
            what={`recommendation for ${label}`}
            state={trackState(key('recommendation'))}
            onTrack={() => onTrack({ index, kind: 'recommendation', text: rec.text, key: key('recommendation') })}
          />
        </div>
      ) : (
        <p class="muted nodecision">No decision recorded on this page.</p>
      )}
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
      <Summary lines={props.summary} onDevice={props.onDevice} onDeviceText={props.onDeviceText} onRequestOnDevice={props.onRequestOnDevice} />
      <DocumentList documents={item.documents} />
      <RelatedList related={props.related} matches={props.matches} />
      <div class="foot">
        <TrackButton
          what={label}
          state={trackState(key('item'))}
          onTrack={() => onTrack({ index, kind: 'item', text: item.title, key: key('item') })}
        />
      </div>
    </>
  );
  const hooks = { 'data-scrutineer-item': '', 'data-number': item.printedNumber ?? item.number ?? '', 'data-title': item.title };
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
