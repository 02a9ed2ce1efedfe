// An item's decision and actions read from the printed minutes PDF, for pages that carry no
// minutes text: the same hooks as the card's own (`data-scrutineer-resolution`,
// `data-scrutineer-action`), marked `data-source="pdf"` and "from the printed minutes, p. N".
import type { MinutesItem } from '../../utils/reports/types';
import { pageHref } from '../../utils/reports/format';
import { TrackButton, type TrackState } from '../overlay/TrackButton';
import { formatIsoDate } from '../../utils/summary/key-figures';

export interface PrintedMinutesProps {
  item: MinutesItem;
  href: string;
  trackState: (key: string) => TrackState;
  onTrack: (what: 'resolution' | 'action', n: number) => void;
  trackKey: (what: 'resolution' | 'action', n: number) => string;
}

function From({ href, page }: { href: string; page: number | null }) {
  return (
    <span class="muted src">
      from the printed minutes
      {page !== null ? (
        <>
          ,{' '}
          <a href={pageHref(href, page)} target="_blank" rel="noopener noreferrer">
            p. {page}
          </a>
        </>
      ) : null}
    </span>
  );
}

export function PrintedMinutesBlock({ item, href, trackState, onTrack, trackKey }: PrintedMinutesProps) {
  return (
    <>
      {item.resolution ? (
        <div class="decision" data-scrutineer-resolution="" data-source="pdf">
          <p class="lead">
            <span class="verb">Decided</span> {item.resolution.text}
          </p>
          <p class="rep-src">
            <From href={href} page={item.resolutionPage} />{' '}
            <TrackButton
              what="decision from the printed minutes"
              state={trackState(trackKey('resolution', 0))}
              onTrack={() => onTrack('resolution', 0)}
            />
          </p>
        </div>
      ) : null}
      {item.actions.length ? (
        <ul class="actions">
          {item.actions.map((a, n) => (
            <li key={n} class="action" data-scrutineer-action="" data-due={a.due ?? ''} data-source="pdf">
              <span class="action-text">{a.text}</span>{' '}
              {a.due ? <span class="due">Due {formatIsoDate(a.due)}</span> : null}{' '}
              <From href={href} page={item.actionPages[n] ?? null} />{' '}
              <TrackButton
                what={`action ${n + 1} from the printed minutes`}
                state={trackState(trackKey('action', n))}
                onTrack={() => onTrack('action', n)}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
