// One linked document on an item's card: its state while it is fetched and read ("Reading report
// (12 pages)… 4 of 12"), then the report's recommendations first — each with a "p. N" link to the
// PDF page and a Track button — its purpose in one or two sentences, and key decision / wards /
// money / author. Failures say what happened and, where it helps, offer a retry or "read it?".
import type { DocView } from '../../utils/reports/controller';
import type { ReportSummary } from '../../utils/extract/report';
import type { TrackState } from '../overlay/TrackButton';
import { TrackButton } from '../overlay/TrackButton';
import { formatPounds } from '../../utils/summary/key-figures';
import { pageHref, purposeLead, sizeText } from '../../utils/reports/format';

export interface ReportSectionProps {
  view: DocView;
  /** The report itself, when read (a pack slice passes its own). */
  report: ReportSummary | null;
  /** Pack slices: "pages 9–28 of the reports pack". */
  note?: string;
  trackState: (key: string) => TrackState;
  onTrack: (n: number) => void;
  onRequest: () => void;
  trackKey: (n: number) => string;
}

const FAILURES = {
  network: 'could not be fetched',
  'not-pdf': 'did not come back as a PDF',
  scanned: 'is a scanned image: no text to read',
  password: 'is password-protected: it cannot be read',
  malformed: 'could not be read (the file looks damaged)',
} as const;

function stateOf(view: DocView): 'reading' | 'done' | 'failed' | 'skipped' {
  const p = view.status.phase;
  return p === 'done' || p === 'failed' || p === 'skipped' ? p : 'reading';
}

function Facts({ report }: { report: ReportSummary }) {
  const facts: string[] = [];
  if (report.keyDecision)
    facts.push(report.decisionNumber ? `Key decision (${report.decisionNumber})` : 'Key decision');
  else if (report.keyDecision === false) facts.push('Not a key decision');
  if (report.wards) facts.push(`Wards: ${report.wards}`);
  // The same sum is often printed twice (recommendations, then financial implications).
  const money = [
    ...new Set(
      report.figures.map((f) => `${formatPounds(f.amount)}${f.role && f.role !== 'other' ? ` ${f.role}` : ''}`),
    ),
  ].slice(0, 3);
  if (money.length) facts.push(money.join(', '));
  if (report.author) facts.push(`Author: ${report.author}`);
  if (report.exempt) facts.push(report.exemptReason ? `Exempt: ${report.exemptReason}` : 'Exempt (Part 2)');
  return facts.length ? <p class="rep-facts">{facts.join(' · ')}</p> : null;
}

export function ReportSection({ view, report, note, trackState, onTrack, onRequest, trackKey }: ReportSectionProps) {
  const { status, doc } = view;
  const whole =
    status.phase === 'reading'
      ? status.pages
      : status.phase === 'done'
        ? status.reading.pages
        : status.phase === 'failed'
          ? (status.pages ?? 0)
          : 0;
  // A pack slice counts its own pages; the note says where they are in the pack.
  const pages = note && report ? report.pages : whole;
  const what = doc.as === 'minutes' ? 'printed minutes' : doc.as === 'pack' ? 'reports pack' : 'report';
  return (
    <section
      class="rep"
      data-scrutineer-report=""
      data-state={stateOf(view)}
      data-pages={String(pages)}
      data-reason={status.phase === 'failed' || status.phase === 'skipped' ? status.why : undefined}
      aria-busy={stateOf(view) === 'reading' ? 'true' : undefined}
    >
      <p class="rep-head">
        <span class="verb verb-rec">{doc.as === 'report' ? 'Report' : what[0].toUpperCase() + what.slice(1)}</span>{' '}
        <a href={doc.link.href} target="_blank" rel="noopener noreferrer">
          {doc.link.title}
        </a>
        {pages && !note ? <span class="muted"> · {pages === 1 ? '1 page' : `${pages} pages`}</span> : null}
        {note ? <span class="muted"> · {note}</span> : null}
      </p>
      {status.phase === 'waiting' ? (
        <p class="muted" role="status">
          Waiting to fetch the {what}…
        </p>
      ) : null}
      {status.phase === 'downloading' ? (
        <p class="muted" role="status">
          Fetching the {what}…
        </p>
      ) : null}
      {status.phase === 'reading' ? (
        <p class="muted" role="status">
          Reading {what} ({status.pages === 1 ? '1 page' : `${status.pages} pages`})…{' '}
          <progress
            max={status.pages}
            value={status.read}
            aria-label={`${status.read} of ${status.pages} pages read`}
          />
        </p>
      ) : null}
      {status.phase === 'skipped' ? (
        <p class="muted">
          {status.why === 'pack'
            ? `The agenda reports pack${status.bytes ? ` (${sizeText(status.bytes)})` : ''} is read only on request.`
            : status.why === 'manual'
              ? `Reading ${what}s automatically is off (Scrutineer options).`
              : `Large (${sizeText(status.bytes ?? 0)}).`}{' '}
          <button type="button" class="link" data-scrutineer-read="" onClick={onRequest}>
            Read it?
          </button>
        </p>
      ) : null}
      {status.phase === 'failed' ? (
        <p class="muted rep-failed">
          This {what} {FAILURES[status.why]}
          {status.why === 'network' && status.status ? ` (HTTP ${status.status})` : ''}.{' '}
          {status.why === 'network' || status.why === 'not-pdf' ? (
            <button type="button" class="link" data-scrutineer-retry="" onClick={onRequest}>
              Retry
            </button>
          ) : null}
        </p>
      ) : null}
      {report ? (
        <>
          {report.recommendations.length ? (
            <ol class="recs">
              {report.recommendations.map((r, n) => (
                <li key={n}>
                  <span
                    class="rec-text"
                    data-scrutineer-recommendation=""
                    data-page={r.page === null ? undefined : String(r.page)}
                  >
                    {r.text}
                  </span>{' '}
                  {r.page !== null ? (
                    <a
                      class="pg"
                      href={pageHref(doc.link.href, r.page)}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-label={`recommendation ${r.number ?? n + 1} on page ${r.page} of the ${what}`}
                    >
                      p. {r.page}
                    </a>
                  ) : null}{' '}
                  <TrackButton
                    what={`recommendation ${r.number ?? n + 1} of the ${what}`}
                    state={trackState(trackKey(n))}
                    onTrack={() => onTrack(n)}
                  />
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">No recommendations found in this {what}.</p>
          )}
          {report.purpose ? <p class="rep-purpose">{purposeLead(report.purpose)}</p> : null}
          <Facts report={report} />
        </>
      ) : null}
    </section>
  );
}
