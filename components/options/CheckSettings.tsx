// The check schedule, "Check now", each council site's state (and its backoff), notifications.
import type { Settings } from '../../utils/followups/settings';
import type { HostState } from '../../utils/watch/types';

export const SCHEDULES: Array<[number, string]> = [
  [60, 'Every hour'],
  [6 * 60, 'Every 6 hours'],
  [12 * 60, 'Twice a day'],
  [24 * 60, 'Once a day'],
  [7 * 24 * 60, 'Once a week'],
];

export interface CheckSettingsProps {
  settings: Settings;
  hosts: HostState[];
  lastCheck: string | null;
  checking: boolean;
  checkResult: string | null;
  onSchedule: (minutes: number) => void;
  onCheckNow: () => void;
  onNotify: (on: boolean) => void;
}

const time = (ms: number | string) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function CheckSettings({
  settings,
  hosts,
  lastCheck,
  checking,
  checkResult,
  onSchedule,
  onCheckNow,
  onNotify,
}: CheckSettingsProps) {
  const known = SCHEDULES.some(([m]) => m === settings.watchCheckMinutes);
  return (
    <>
      <label class="row">
        Check for new papers
        <select
          data-setting="watchCheckMinutes"
          value={String(settings.watchCheckMinutes)}
          onChange={(e) => onSchedule(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {SCHEDULES.map(([m, label]) => (
            <option key={m} value={String(m)}>
              {label}
            </option>
          ))}
          {!known && (
            <option value={String(settings.watchCheckMinutes)}>Every {settings.watchCheckMinutes} minutes</option>
          )}
        </select>
        <button type="button" data-scrutineer-check-now="" disabled={checking} onClick={onCheckNow}>
          {checking ? 'Checking…' : 'Check now'}
        </button>
      </label>
      <p class="hint" aria-live="polite">
        {checkResult ?? (lastCheck ? `Last checked ${time(lastCheck)}.` : 'Not checked yet.')} Each council site gets at
        most one request a second; a site that fails is left alone for a while (15 minutes, doubling up to a day).
      </p>
      {hosts.some((h) => h.failures) && (
        <ul class="hint">
          {hosts
            .filter((h) => h.failures)
            .map((h) => (
              <li key={h.host} data-host-backoff={h.host}>
                {h.host}: {h.lastError ?? 'failed'}; next try after {time(h.retryAt)}.
              </li>
            ))}
        </ul>
      )}
      <label class="row">
        <input
          type="checkbox"
          data-setting="watchNotify"
          checked={settings.watchNotify}
          onChange={(e) => onNotify((e.currentTarget as HTMLInputElement).checked)}
        />
        Show a notification when a check finds something new
      </label>
    </>
  );
}
