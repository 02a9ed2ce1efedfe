// Related earlier items (from the related-minutes index) and "is this the promised update?" prompts.
import type { FollowUpMatch, RelatedLink } from '../../utils/related/types';
import { httpOnly } from '../../utils/overlay/safe-url';
import { formatIsoDate } from '../../utils/summary/key-figures';
import { LinkFollowUp } from '../related/LinkFollowUp';

export interface RelatedListProps {
  related: RelatedLink[];
  matches: FollowUpMatch[];
  /** Links a matched follow-up to this item; absent when the item cannot be linked. */
  onLink?: (followUpId: string, markDone: boolean) => Promise<boolean>;
}

function meetingLabel(date: string | null, committee: string | null): string {
  return [committee, date ? formatIsoDate(date) : null].filter(Boolean).join(', ') || 'an earlier meeting';
}

export function RelatedList({ related, matches, onLink }: RelatedListProps) {
  const links = related.flatMap((r) => {
    const href = httpOnly(r.href);
    return href ? [{ ...r, href }] : [];
  });
  if (!links.length && !matches.length) return null;
  return (
    <section class="section related" aria-label="Related earlier items">
      {matches.map((m) => (
        <div key={m.followUp.id} class="prompt" role="note">
          <p>
            Is this the update promised at {meetingLabel(m.followUp.source.meetingDate, m.followUp.source.committee)}?{' '}
            <span class="muted">
              “{m.followUp.text}” — {m.why}
            </span>
          </p>
          {onLink ? <LinkFollowUp onLink={(markDone) => onLink(m.followUp.id, markDone)} /> : null}
        </div>
      ))}
      {links.length ? (
        <>
          <h3 class="label">Related</h3>
          <ul>
            {links.map((r) => (
              <li key={r.href}>
                <a
                  href={r.href}
                  data-scrutineer-related=""
                  data-reason={r.reason}
                  data-meeting-date={r.meetingDate ?? undefined}
                >
                  {r.title}
                </a>{' '}
                <span class="muted">
                  {r.why}
                  {/* an issue link's reason already names its meeting */}
                  {r.reason !== 'issue' && (r.meetingDate || r.committee)
                    ? ` · ${meetingLabel(r.meetingDate, r.committee)}`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
