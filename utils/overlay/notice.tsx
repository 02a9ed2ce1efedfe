// The small "page not recognised" notice, in its own <scrutineer-overlay> at the top of the
// ModernGov content: it takes one line in the page flow and covers nothing.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Notice } from '../../components/overlay/Notice';
import { OVERLAY_NAME } from './mount';

export async function mountNotice(ctx: ContentScriptContext, anchor: Element, message: string): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_NAME,
    position: 'inline',
    anchor,
    append: 'first',
    onMount(container, _shadow, host) {
      host.setAttribute('data-layout', 'notice');
      render(<Notice message={message} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
}
