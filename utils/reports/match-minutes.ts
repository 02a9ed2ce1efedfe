// Which printed-minutes item answers which item on the page: the same number ("7", "7.", "78/21"),
// else the same title (case and punctuation aside). Pure.
import type { AgendaItem } from '../types';
import type { MinutesItem } from './types';

const num = (n: string | null) => (n ?? '').toLowerCase().replace(/[^a-z0-9/]+/g, '');
const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** For each page item (by index), its printed-minutes item with a decision or actions, if any. */
export function matchMinutes(items: AgendaItem[], minutes: MinutesItem[]): Record<number, MinutesItem> {
  const useful = minutes.filter((m) => m.resolution || m.actions.length);
  const out: Record<number, MinutesItem> = {};
  const taken = new Set<MinutesItem>();
  items.forEach((item, i) => {
    const byNumber = item.number ? useful.find((m) => !taken.has(m) && num(m.number) === num(item.number)) : undefined;
    const byTitle = byNumber ?? useful.find((m) => !taken.has(m) && words(m.title) === words(item.title));
    if (byTitle) {
      out[i] = byTitle;
      taken.add(byTitle);
    }
  });
  return out;
}
