// Detected actions ("who promised what by when"), each with its due date (or the words it was
// promised by, such as "in due course", when they give no date) and a Track button.
// The engine gives one name per action; where the wording shows it is the body a report goes to
// ("submitted to the Cabinet") the card says "To: Cabinet", never that the Cabinet owns it.
import type { Action } from '../../utils/types';
import { formatIsoDate } from '../../utils/summary/key-figures';
import { ownerLabel } from '../../utils/summary/owner-role';
import { TrackButton, type TrackState } from './TrackButton';

export interface ActionListProps {
  actions: Action[];
  itemLabel: string;
  trackState: (n: number) => TrackState;
  onTrack: (n: number) => void;
}

function Who({ action }: { action: Action }) {
  if (!action.owner) return null;
  const { role, name } = ownerLabel(action.text, action.owner);
  return (
    <span class="who" data-role={role}>
      <span class="muted">{role === 'to' ? 'To:' : 'Owner:'}</span> {name}
    </span>
  );
}

export function ActionList({ actions, itemLabel, trackState, onTrack }: ActionListProps) {
  if (!actions.length) return null;
  return (
    <section class="section" aria-label={`Actions for ${itemLabel}`}>
      <h3 class="label">Actions ({actions.length})</h3>
      <ul class="actions">
        {actions.map((a, n) => (
          <li key={n} class="action" data-scrutineer-action="" data-due={a.due ?? ''}>
            <span class="action-text">{a.text}</span>
            <span class="action-meta">
              <span>
                <Who action={a} />
                <span class={a.due ? 'due' : 'due due-none'}>
                  {a.due ? `Due ${formatIsoDate(a.due)}` : a.dueText ? `When: ${a.dueText}` : 'No date given'}
                </span>
              </span>
              <TrackButton what={`action ${n + 1} for ${itemLabel}`} state={trackState(n)} onTrack={() => onTrack(n)} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
