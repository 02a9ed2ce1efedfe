import { useState } from 'preact/hooks';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../utils/types';

interface Props {
  count: number;
  onStatus: (status: FollowUpStatus) => void;
  onDelete: () => void;
  onClear: () => void;
}

/** Actions on the selected rows. */
export function BulkBar({ count, onStatus, onDelete, onClear }: Props) {
  const [status, setStatus] = useState<FollowUpStatus>('Done');
  if (!count) return null;
  return (
    <div class="bulk" role="group" aria-label="Selected follow-ups">
      <strong>{count} selected</strong>
      <label>
        Set status to{' '}
        <select
          value={status}
          onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as FollowUpStatus)}
        >
          {FOLLOW_UP_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onStatus(status)}>
        Apply
      </button>
      <button type="button" class="danger" onClick={onDelete}>
        Delete selected
      </button>
      <button type="button" class="link" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
