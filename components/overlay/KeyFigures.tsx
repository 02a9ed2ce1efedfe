// £ amounts and dates found in the item, as compact chips.
import type { DateFigure, MoneyFigure } from '../../utils/summary/key-figures';
import { formatIsoDate } from '../../utils/summary/key-figures';

export interface KeyFiguresProps {
  money: MoneyFigure[];
  dates: DateFigure[];
}

export function KeyFigures({ money, dates }: KeyFiguresProps) {
  if (!money.length && !dates.length) return null;
  return (
    <ul class="chips" aria-label="Key figures">
      {money.map((m) => (
        <li key={`m${m.value}`} class="chip chip-money">
          {m.text}
        </li>
      ))}
      {dates.map((d) => (
        <li key={`d${d.iso}`} class="chip chip-date">
          <time dateTime={d.iso}>{formatIsoDate(d.iso)}</time>
        </li>
      ))}
    </ul>
  );
}
