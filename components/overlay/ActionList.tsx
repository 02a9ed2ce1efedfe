// Detected actions ("who promised what by when"), each with its due date and a Track button.
import type { Action } from '../../utils/types';
import { formatIsoDate } from '../../utils/summary/key-figures';
import { TrackButton, type TrackState } from './TrackButton';

export interface ActionListProps {
  actions: Action[];
  itemLabel: string;
  trackState: (n: number) => TrackState;
  onTrack: (n: number) => void;
}

export function ActionList({ actions, itemLabel, trackState, onTrack }: ActionListProps) {
  if (!actions.length) return null;
  return (
    <section class="section" aria-label={`Actions for ${itemLabel}`}>
      <h3 class="label">Actions ({actions.length})</h3>
      <ul class="actions">
        {actions.map((a, n) => (
          <li key={n} class="action" data-scrutineer-action="" data-due={a.due ?? ''}>
            <span class="action-text">
              {a.owner ? <strong>{a.owner}: </strong> : null}
              {a.text}
            </span>
            <span class="action-meta">
              <span class={a.due ? 'due' : 'due due-none'}>{a.due ? `Due ${formatIsoDate(a.due)}` : 'No date given'}</span>
              <TrackButton what={`action ${n + 1} for ${itemLabel}`} state={trackState(n)} onTrack={() => onTrack(n)} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
