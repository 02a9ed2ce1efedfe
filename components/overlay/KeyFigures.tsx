// £ amounts and dates found in the item, as compact chips: every distinct amount up to a cap,
// then "+N" (the rest named for screen readers).
import type { DateFigure, MoneyFigure } from '../../utils/summary/key-figures';
import { formatIsoDate } from '../../utils/summary/key-figures';

export const MONEY_CAP = 6;

export interface KeyFiguresProps {
  money: MoneyFigure[];
  dates: DateFigure[];
}

export function KeyFigures({ money, dates }: KeyFiguresProps) {
  if (!money.length && !dates.length) return null;
  const shown = money.length > MONEY_CAP ? money.slice(0, MONEY_CAP - 1) : money;
  const rest = money.slice(shown.length);
  return (
    <ul class="chips" aria-label="Key figures">
      {shown.map((m) => (
        <li key={`m${m.value}`} class="chip chip-money">
          {m.text}
        </li>
      ))}
      {rest.length ? (
        <li class="chip chip-more" title={rest.map((m) => m.text).join(', ')}>
          +{rest.length}
          <span class="sr"> more: {rest.map((m) => m.text).join(', ')}</span>
        </li>
      ) : null}
      {dates.map((d) => (
        <li key={`d${d.iso}`} class="chip chip-date">
          <time dateTime={d.iso}>{formatIsoDate(d.iso)}</time>
        </li>
      ))}
    </ul>
  );
}
