// Close the loop on a matched follow-up: "Yes, link it" and "Link and mark done". Sends
// `related/link-followup`; the overlay places it under its "Is this the update promised at …?"
// prompt: <LinkFollowUp match={m} item={{ url, title, meetingDate }} />.
// A class component: `preact/hooks` would add about 1 KB gzipped to the content script.
import { Component } from 'preact';
import { sendMessage } from '../../utils/messages';
import type { FollowUpMatch } from '../../utils/related/messages';

export interface LinkFollowUpProps {
  match: FollowUpMatch;
  item: { url: string; title: string; meetingDate: string | null };
}

type LinkState = 'idle' | 'linked' | 'done' | 'failed';

export class LinkFollowUp extends Component<LinkFollowUpProps, { state: LinkState }> {
  override state = { state: 'idle' as LinkState };

  private async link(markDone: boolean): Promise<void> {
    const { match, item } = this.props;
    const r = await sendMessage('related/link-followup', { followUpId: match.followUp.id, item, markDone });
    this.setState({ state: r.ok ? (markDone ? 'done' : 'linked') : 'failed' });
  }

  render(_: LinkFollowUpProps, { state }: { state: LinkState }) {
    if (state === 'linked' || state === 'done') {
      return (
        <span class="linked" role="status" data-scrutineer-linked={state}>
          {state === 'done' ? 'Linked and marked done.' : 'Linked.'}{' '}
          {state === 'linked' ? (
            <button type="button" class="track" onClick={() => void this.link(true)}>
              Mark done
            </button>
          ) : null}
        </span>
      );
    }
    return (
      <span class="link-followup" data-scrutineer-link-followup="">
        <button type="button" class="track" onClick={() => void this.link(false)}>
          Yes, link it
        </button>{' '}
        <button type="button" class="track" onClick={() => void this.link(true)}>
          Link and mark done
        </button>
        {state === 'failed' ? <span class="muted"> Couldn't save.</span> : null}
      </span>
    );
  }
}
