// The meeting digest: decisions, actions, £ approved to spend, and jump links to each item. Collapsible;
// it sits in the page flow above the items, so it never covers page content.
import type { ComponentChildren } from 'preact';
import type { AgendaItem } from '../../utils/types';
import type { DigestData } from '../../utils/overlay/digest-data';
import { formatPounds } from '../../utils/summary/key-figures';

export interface DigestProps {
  title: string;
  /** Null while the items are still being analysed. */
  data: DigestData | null;
  items: AgendaItem[];
  cancelled: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
  onJump: (index: number) => void;
  /** Extra sections inside the digest, after the jump links (the backfill control). */
  children?: ComponentChildren;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function Digest({ title, data, items, cancelled, open, onToggle, onJump, children }: DigestProps) {
  const line = cancelled
    ? 'This meeting was cancelled.'
    : !items.length
      ? 'No items published for this meeting.'
      : !data
        ? `Reading ${plural(items.length, 'item')}…`
        : `${plural(data.decisions, 'decision')} · ${plural(data.actions, 'action')}${data.approvedSpend ? ` · ${formatPounds(data.approvedSpend)} approved to spend` : ''}`;
  return (
    <details
      class="digest"
      data-scrutineer-digest=""
      data-state={data || cancelled || !items.length ? 'complete' : 'reading'}
      open={open}
      onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span class="brand">Scrutineer</span> <span class="digest-title">{title}</span>{' '}
        <span class="digest-line">{line}</span>
      </summary>
      {items.length ? (
        <nav aria-label="Jump to item">
          <ul class="jumps">
            {items.map((item, n) => (
              <li key={n} class={item.resolution ? 'has-decision' : ''}>
                <button type="button" class="link" onClick={() => onJump(n)}>
                  {item.number ? `${item.number}. ` : ''}
                  {item.title}
                </button>
                {item.resolution ? <span class="tag">decided</span> : null}
                {item.actions.length ? (
                  <span class="tag tag-action">{plural(item.actions.length, 'action')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div data-scrutineer-digest-slot="" />
      {children}
    </details>
  );
}
