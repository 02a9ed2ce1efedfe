// The small "page not recognised" notice, in its own <scrutineer-overlay> at the top of the
// ModernGov content: it takes one line in the page flow and covers nothing.
import { render } from 'preact';
import { Notice } from '../../components/overlay/Notice';
import type { HostFactory } from './host';

export function mountNotice(hosts: HostFactory, anchor: Element, message: string): void {
  const ui = hosts(anchor, 'first', 'notice');
  render(<Notice message={message} />, ui.container);
  ui.attach();
}
