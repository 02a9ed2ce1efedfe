// The digest's reports line ("3 reports, 7 recommendations · £2.5m capital, £120k cost") and the
// meeting-level documents: the reports pack (read on request) and the printed minutes.
import type { ComponentChildren } from 'preact';
import type { ReportsDigest as Data } from '../../utils/reports/digest';
import { formatPounds } from '../../utils/summary/key-figures';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export interface ReportsDigestProps {
  data: Data;
  reading: number;
  /** Decisions and actions read from the printed minutes, when they were. */
  minutes?: { decisions: number; actions: number } | null;
  children?: ComponentChildren;
}

export function ReportsDigest({ data, reading, minutes, children }: ReportsDigestProps) {
  const money = data.money.slice(0, 4).map((m) => `${formatPounds(m.amount)} ${m.role}`);
  return (
    <div
      class="rep-digest"
      data-scrutineer-reports-digest=""
      data-reports={String(data.reports)}
      data-recommendations={String(data.recommendations)}
    >
      {data.reports || reading ? (
        <p>
          <strong>
            {plural(data.reports, 'report')}, {plural(data.recommendations, 'recommendation')}
          </strong>
          {money.length ? ` · money in the reports: ${money.join(', ')}` : ''}
          {reading ? <span class="muted"> · reading {plural(reading, 'more document')}…</span> : null}
        </p>
      ) : null}
      {minutes ? (
        <p data-scrutineer-minutes-digest="">
          From the printed minutes: {plural(minutes.decisions, 'decision')} · {plural(minutes.actions, 'action')}
        </p>
      ) : null}
      {children}
    </div>
  );
}
