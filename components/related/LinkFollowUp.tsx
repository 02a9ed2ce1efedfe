// Close the loop on a matched follow-up: "Yes, link it" and "Link and mark done". Sends
// `related/link-followup`; the overlay places it under its "Is this the update promised at …?"
// prompt: <LinkFollowUp match={m} item={{ url, title, meetingDate }} />.
import { useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messages';
import type { FollowUpMatch } from '../../utils/related/messages';

export interface LinkFollowUpProps {
  match: FollowUpMatch;
  item: { url: string; title: string; meetingDate: string | null };
}

export function LinkFollowUp({ match, item }: LinkFollowUpProps) {
  const [state, setState] = useState<'idle' | 'linked' | 'done' | 'failed'>('idle');
  const link = async (markDone: boolean) => {
    const r = await sendMessage('related/link-followup', { followUpId: match.followUp.id, item, markDone });
    setState(r.ok ? (markDone ? 'done' : 'linked') : 'failed');
  };
  if (state === 'linked' || state === 'done') {
    return (
      <span class="muted" role="status" data-scrutineer-linked={state}>
        {state === 'done' ? 'Linked and marked done.' : 'Linked.'}
        {state === 'linked' ? (
          <button type="button" onClick={() => void link(true)}>
            Mark done
          </button>
        ) : null}
      </span>
    );
  }
  return (
    <span data-scrutineer-link-followup="">
      <button type="button" onClick={() => void link(false)}>
        Yes, link it
      </button>{' '}
      <button type="button" onClick={() => void link(true)}>
        Link and mark done
      </button>
      {state === 'failed' ? <span class="muted"> Couldn't save.</span> : null}
    </span>
  );
}
