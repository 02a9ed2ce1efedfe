// Close the loop on a matched follow-up: "Yes, link it" and "Link and mark done". The overlay
// places it under its "Is this the update promised at …?" prompt and hands it `onLink`, which
// saves the link (utils/content/overlay-api.ts) and resolves true when it was saved:
// <LinkFollowUp onLink={(markDone) => api.linkFollowUp(id, item, markDone)} />.
// A class component: `preact/hooks` would add about 1 KB gzipped to the content script.
import { Component } from 'preact';

export interface LinkFollowUpProps {
  onLink: (markDone: boolean) => Promise<boolean>;
}

type LinkState = 'idle' | 'linked' | 'done' | 'failed';

export class LinkFollowUp extends Component<LinkFollowUpProps, { state: LinkState }> {
  override state = { state: 'idle' as LinkState };

  private async link(markDone: boolean): Promise<void> {
    const ok = await this.props.onLink(markDone);
    this.setState({ state: ok ? (markDone ? 'done' : 'linked') : 'failed' });
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
