import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../utils/types';

interface Props {
  value: FollowUpStatus;
  /** Accessible name, e.g. "Status of: Report to Cabinet in April". */
  label: string;
  onChange: (status: FollowUpStatus) => void;
  disabled?: boolean;
}

/** The five statuses as a labelled select (Overdue is computed, so it is not offered). */
export function StatusSelect({ value, label, onChange, disabled }: Props) {
  return (
    <select
      class={`status status-${value.replace(/\s+/g, '-').toLowerCase()}`}
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as FollowUpStatus)}
    >
      {FOLLOW_UP_STATUSES.map((s) => (
        <option key={s} value={s}>
          {s}
        </option>
      ))}
    </select>
  );
}
