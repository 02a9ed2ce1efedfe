import { isOverdue } from '../../utils/followups/overdue';
import type { FollowUpPatch } from '../../utils/followups/patch';
import type { FollowUp } from '../../utils/types';
import type { Sort, SortKey } from '../../utils/followups/filter';
import { NotesPanel } from './NotesPanel';
import { TrackerRow } from './TrackerRow';
import type { NewEntry } from '../../utils/watch/types';

interface Props {
  rows: FollowUp[];
  today: string;
  sort: Sort;
  selected: Set<string>;
  expanded: string | null;
  onSort: (key: SortKey) => void;
  onSelect: (id: string, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  onPatch: (id: string, patch: FollowUpPatch) => void;
  onToggleNotes: (id: string) => void;
  /** "Possibly delivered" offers per follow-up id, answered from the row. */
  offers?: Map<string, NewEntry[]>;
  onLinkOffer?: (entry: NewEntry, markDone: boolean) => void;
  onDismissOffer?: (entry: NewEntry) => void;
}

const COLUMNS: Array<[label: string, key: SortKey | null]> = [
  ['Follow-up', 'text'],
  ['Committee / meeting', 'committee'],
  ['Status', 'status'],
  ['Due', 'due'],
  ['Lead officer', 'owner'],
  ['Tags', null],
  ['Notes', 'updatedAt'],
];

/** The tracker table: sortable headers (buttons with aria-sort), selectable, editable rows. */
export function TrackerTable(props: Props) {
  const { rows, today, sort, selected, expanded } = props;
  const allSelected = rows.length > 0 && rows.every((f) => selected.has(f.id));
  return (
    <table class="tracker">
      <caption class="visually-hidden">Tracked follow-ups</caption>
      <thead>
        <tr>
          <th scope="col">
            <input
              type="checkbox"
              aria-label="Select all shown"
              checked={allSelected}
              onChange={(e) => props.onSelectAll((e.currentTarget as HTMLInputElement).checked)}
            />
          </th>
          {COLUMNS.map(([label, key]) => (
            <th
              key={label}
              scope="col"
              aria-sort={key && sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {key ? (
                <button type="button" class="sort" onClick={() => props.onSort(key)}>
                  {label}
                  <span aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              ) : (
                label
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => [
          <TrackerRow
            key={f.id}
            followUp={f}
            overdue={isOverdue(f, today)}
            selected={selected.has(f.id)}
            expanded={expanded === f.id}
            onSelect={props.onSelect}
            onPatch={props.onPatch}
            onToggleNotes={props.onToggleNotes}
            offers={props.offers?.get(f.id)}
            onLinkOffer={props.onLinkOffer}
            onDismissOffer={props.onDismissOffer}
          />,
          expanded === f.id && (
            <NotesPanel
              key={`${f.id}-notes`}
              followUp={f}
              colSpan={COLUMNS.length + 1}
              onAdd={(id, text) => props.onPatch(id, { addNote: text })}
              onRemove={(id, at) => props.onPatch(id, { removeNoteAt: at })}
            />
          ),
        ])}
      </tbody>
    </table>
  );
}
