// Re-anchoring: when the council's page re-renders (a script replaces the items table, a
// template swaps content), a debounced MutationObserver asks for the cards to be re-attached.
// Our own insertions (<scrutineer-overlay> hosts, the highlight <style>) are ignored.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const OWN = (node: Node) =>
  node.nodeName === 'SCRUTINEER-OVERLAY' || (node as Element).id === 'scrutineer-highlight-style';

/** True when a mutation record is only our own overlay coming or going. */
export function isOwnMutation(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(OWN);
}

export function watchForRerender(ctx: ContentScriptContext, root: Node, onRerender: () => void, delayMs = 250): void {
  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    if (records.every(isOwnMutation)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(onRerender, delayMs);
  });
  observer.observe(root, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}
