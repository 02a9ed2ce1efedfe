// A link that reopens the council page at the tracked item: ModernGov anchors each agenda item
// as `#AI<id>`; otherwise a text fragment (https://wicg.github.io/scroll-to-text-fragment/)
// built from the quoted words scrolls to and highlights the quote.
import type { FollowUp } from '../types';

/** Percent-encode a text-fragment term (`-`, `,` and `&` are syntax there). */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** `#:~:text=` fragment for a quote: the whole quote when short, else `start,end` (five words each). */
export function textFragment(quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (!words.length) return '';
  if (words.length <= 10) return `:~:text=${encodeTerm(words.join(' '))}`;
  return `:~:text=${encodeTerm(words.slice(0, 5).join(' '))},${encodeTerm(words.slice(-5).join(' '))}`;
}

/** The source URL scrolled to the item; the plain URL when it is not a valid http(s) URL. */
export function sourceHref(f: Pick<FollowUp, 'source'>): string {
  let url: URL;
  try {
    url = new URL(f.source.url);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  if (url.hash && !url.hash.startsWith('#:~:')) return url.href;
  const fragment = textFragment(f.source.quote);
  if (f.source.agendaItemId) url.hash = `AI${f.source.agendaItemId}${fragment}`;
  else if (fragment) url.hash = fragment;
  return url.href;
}
