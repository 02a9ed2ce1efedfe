// The overlay's hosts: one <scrutineer-overlay> element per card, each with an OPEN shadow root so
// page CSS cannot reach in and ours cannot leak out. The stylesheet is parsed once and shared by
// every shadow root (one constructable CSSStyleSheet in adoptedStyleSheets); where a browser
// refuses that from a content script (Firefox's Xray wrappers), each root gets a <style> copy.
// Synchronous: no per-card fetch of the CSS. Hosts are built detached; `attach()` places them.
export const OVERLAY_NAME = 'scrutineer-overlay';

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders (`.scrutineer-root`). */
  container: HTMLElement;
  /** Put the host into the page at its place (render first: building a detached tree is cheaper). */
  attach(): void;
  remove(): void;
}

export type HostPlace = 'first' | 'after' | 'before';

export interface HostFactory {
  (anchor: Element, place: HostPlace, layout: string): OverlayHost;
}

export function createHostFactory(doc: Document, css: string): HostFactory {
  let sheet: CSSStyleSheet | null | undefined;
  const shared = (): CSSStyleSheet | null => {
    if (sheet === undefined) {
      try {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      } catch {
        sheet = null;
      }
    }
    return sheet;
  };
  return (anchor, place, layout) => {
    const host = doc.createElement(OVERLAY_NAME);
    host.setAttribute('data-layout', layout);
    const shadow = host.attachShadow({ mode: 'open' });
    let adopted = false;
    const s = shared();
    if (s) {
      try {
        shadow.adoptedStyleSheets = [s];
        adopted = shadow.adoptedStyleSheets.length === 1;
      } catch {
        adopted = false;
      }
    }
    if (!adopted) {
      const style = doc.createElement('style');
      style.textContent = css;
      shadow.append(style);
    }
    const container = doc.createElement('div');
    container.className = 'scrutineer-root';
    shadow.append(container);
    const attach = () => {
      if (place === 'first') anchor.prepend(host);
      else if (place === 'before') anchor.before(host);
      else anchor.after(host);
    };
    return { host, shadow, container, attach, remove: () => host.remove() };
  };
}
