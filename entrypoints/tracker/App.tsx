import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messages';
import type { FollowUp } from '../../utils/types';

export function App() {
  const [items, setItems] = useState<FollowUp[]>([]);
  useEffect(() => {
    void sendMessage('followup/list', {}).then((r) => r.ok && setItems(r.followUps));
  }, []);
  return (
    <main>
      <h1>Scrutineer tracker</h1>
      <table>
        <tbody>
          {items.map((f) => (
            <tr key={f.id} data-scrutineer-followup data-status={f.status} data-due={f.due ?? ''}>
              <td>{f.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
