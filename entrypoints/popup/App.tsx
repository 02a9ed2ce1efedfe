import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/messages';
import type { FollowUp } from '../../utils/types';

export function App() {
  const [items, setItems] = useState<FollowUp[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void sendMessage('followup/list', {}).then((r) => (r.ok ? setItems(r.followUps) : setError(r.error)));
  }, []);
  return (
    <main style={{ minWidth: '320px', font: '14px system-ui, sans-serif', padding: '8px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Scrutineer</h1>
      {error && <p role="alert">{error}</p>}
      {items && items.length === 0 && <p>Nothing tracked yet. Open a council meeting page and press Track.</p>}
      <ul>
        {items?.map((f) => (
          <li key={f.id} data-scrutineer-followup data-status={f.status} data-due={f.due ?? ''}>
            {f.text}
          </li>
        ))}
      </ul>
      <a href={browser.runtime.getURL('/tracker.html')} target="_blank" rel="noreferrer">
        Open tracker
      </a>
    </main>
  );
}
