// "Watch this committee" in a meeting's digest ([data-scrutineer-watch], aria-pressed when
// watched). The background watches at once where the council's host access is already granted;
// otherwise it opens the options page to explain and ask (a content script cannot request
// permissions), and the button re-reads its state when the user comes back to this tab. A class
// component, kept tiny: every byte here is injected into every council page.
import { Component } from 'preact';
import { sendMessage } from '../../utils/messages';

type Props = { pageUrl: string; cid: string; committee: string | null };

export class WatchButton extends Component<Props, { on?: boolean }> {
  ask = (type: 'watch/status' | 'watch/toggle') => void sendMessage(type, this.props).then((r) => r.ok && this.setState({ on: r.watched }));
  sync = () => this.ask('watch/status');
  override componentDidMount() {
    this.sync();
    document.addEventListener('visibilitychange', this.sync);
  }
  override componentWillUnmount() {
    document.removeEventListener('visibilitychange', this.sync);
  }
  render(_: Props, { on }: { on?: boolean }) {
    return (
      <button class="watch" data-scrutineer-watch="" aria-pressed={on ? 'true' : 'false'} onClick={() => this.ask('watch/toggle')}>
        {on ? 'Watching' : 'Watch'} this committee
      </button>
    );
  }
}
