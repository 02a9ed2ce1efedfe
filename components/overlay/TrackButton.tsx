// One Track button: sends the follow-up and shows the background's acknowledgement.
export type TrackState = 'idle' | 'pending' | 'done' | 'error';

export interface TrackButtonProps {
  /** What is tracked, for the accessible name ("decision for item 117"). */
  what: string;
  state: TrackState;
  onTrack: () => void;
}

const LABELS: Record<TrackState, string> = {
  idle: 'Track',
  pending: 'Tracking…',
  done: 'Tracked ✓',
  error: 'Retry track',
};

export function TrackButton({ what, state, onTrack }: TrackButtonProps) {
  return (
    <button
      type="button"
      class={`track track-${state}`}
      data-scrutineer-track=""
      data-state={state}
      aria-label={state === 'done' ? `Tracked: ${what}` : `Track ${what}`}
      aria-pressed={state === 'done'}
      disabled={state === 'pending'}
      onClick={state === 'done' ? undefined : onTrack}
    >
      {LABELS[state]}
    </button>
  );
}
