// Before the browser asks: what watching a committee means for host access, in plain words. The
// button is the user gesture `permissions.request` needs (a content script cannot ask).
export interface GrantPanelProps {
  host: string;
  committee: string | null;
  state: 'ask' | 'working' | 'done' | 'refused';
  error: string | null;
  onAllow: () => void;
  onCancel: () => void;
}

export function GrantPanel({ host, committee, state, error, onAllow, onCancel }: GrantPanelProps) {
  const name = committee ?? 'this committee';
  return (
    <section class="grant" aria-labelledby="grant-title" data-scrutineer-grant-panel={state}>
      <h2 id="grant-title">Watch {name}?</h2>
      {state === 'done' ? (
        <p role="status">
          Watching {name}. Scrutineer will check {host} on your schedule and show what is new in its menu.
        </p>
      ) : (
        <>
          <p>
            To check for new agendas and minutes while you are not on the page, Scrutineer needs to read{' '}
            <strong>{host}</strong> in the background. Your browser will ask you to allow that next.
          </p>
          <p class="hint">
            Only {host} is read, at most once a second and on your schedule; nothing is sent anywhere else. The access
            is given back when you stop watching the last committee or subject on {host}.
          </p>
          {state === 'refused' && (
            <p role="alert">The browser did not allow access to {host}, so nothing is watched.</p>
          )}
          {error && <p role="alert">{error}</p>}
          <p>
            <button type="button" data-scrutineer-grant="" disabled={state === 'working'} onClick={onAllow}>
              Allow and watch
            </button>{' '}
            <button type="button" class="link" onClick={onCancel}>
              Cancel
            </button>
          </p>
        </>
      )}
    </section>
  );
}
