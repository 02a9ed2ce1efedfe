import type { FollowUp } from '../../utils/types';
import { FOLLOW_UP_STATUSES } from '../../utils/types';
import { distinct, NO_FILTERS, type Filters } from '../../utils/followups/filter';

interface Props {
  filters: Filters;
  all: FollowUp[];
  onChange: (filters: Filters) => void;
}

/** Search plus status, council, committee, officer, tag and due-range filters. */
export function FilterBar({ filters, all, onChange }: Props) {
  const set = (key: keyof Filters) => (e: Event) =>
    onChange({ ...filters, [key]: (e.currentTarget as HTMLInputElement).value });
  const choice = (key: keyof Filters, label: string, options: string[]) => (
    <label>
      {label}
      <select value={filters[key]} onChange={set(key)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">Filter follow-ups</legend>
      <label>
        Search
        <input type="search" value={filters.query} onInput={set('query')} placeholder="Words in text, notes, tags…" />
      </label>
      {choice('status', 'Status', ['Overdue', ...FOLLOW_UP_STATUSES])}
      {choice('host', 'Council', distinct(all.map((f) => f.source.host)))}
      {choice('committee', 'Committee', distinct(all.map((f) => f.source.committee)))}
      {choice('owner', 'Lead officer', distinct(all.map((f) => f.owner)))}
      {choice('tag', 'Tag', distinct(all.flatMap((f) => f.tags)))}
      <label>
        Due from
        <input type="date" value={filters.dueFrom} onChange={set('dueFrom')} />
      </label>
      <label>
        Due to
        <input type="date" value={filters.dueTo} onChange={set('dueTo')} />
      </label>
      <button type="button" onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </fieldset>
  );
}
