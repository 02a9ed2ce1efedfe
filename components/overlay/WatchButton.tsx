// "Watch this committee" in a meeting's digest ([data-scrutineer-watch], aria-pressed when
// watched). Pure: the page run (utils/content/watch.ts) asks the background and redraws.
export function WatchButton({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  return (
    <button data-scrutineer-watch="" aria-pressed={on ? 'true' : 'false'} onClick={onToggle}>
      {on ? 'Watching' : 'Watch'} this committee
    </button>
  );
}
