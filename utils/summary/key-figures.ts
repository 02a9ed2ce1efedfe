// Key figures a councillor scans for: money (£ amounts) and dates. Pure text in, values out.
import { findDate, MONTH_ABBR } from '../text/dates';

export interface MoneyFigure {
  /** As printed ("£1.2m", "£250,000"). */
  text: string;
  /** In pounds. */
  value: number;
}

export interface DateFigure {
  text: string;
  iso: string;
}

const MONEY = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(bn|billion|m|million|k|thousand)\b)?/gi;
const SCALE: Record<string, number> = { bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, k: 1e3, thousand: 1e3 };

/** Every £ amount in `text`, in order, duplicates (same value) dropped. */
export function findMoney(text: string): MoneyFigure[] {
  const out: MoneyFigure[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(MONEY)) {
    // Rounded to pence: "£4.1m" is 4,100,000, not 4,099,999.9999….
    const value =
      Math.round(Number(`${m[1].replace(/,/g, '')}${m[2] ?? ''}`) * (m[3] ? SCALE[m[3].toLowerCase()] : 1) * 100) / 100;
    if (!Number.isFinite(value) || value <= 0 || seen.has(value)) continue;
    seen.add(value);
    out.push({ text: m[0].replace(/\s+/g, ' '), value });
  }
  return out;
}

/** Every full date in `text`, in order, duplicates dropped. */
export function findDates(text: string, limit = 8): DateFigure[] {
  const out: DateFigure[] = [];
  let rest = text;
  let guard = 0;
  while (rest && out.length < limit && guard++ < 200) {
    const hit = findDate(rest);
    if (!hit) break;
    if (!out.some((d) => d.iso === hit.iso))
      out.push({ text: rest.slice(hit.index, hit.index + hit.length), iso: hit.iso });
    rest = rest.slice(hit.index + Math.max(1, hit.length));
  }
  return out;
}

/** "£1,250,000" → "£1.25m"; small sums stay as printed in full pounds. */
export function formatPounds(value: number): string {
  if (value >= 1e9) return `£${+(value / 1e9).toFixed(2)}bn`;
  if (value >= 1e6) return `£${+(value / 1e6).toFixed(2)}m`;
  if (value >= 1e4) return `£${+(value / 1e3).toFixed(1)}k`;
  return `£${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}

/** "2018-04-30" → "30 Apr 2018"; "2018-04" → "Apr 2018"; anything else as given. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  // "Apr" from the month letters the date reader already carries (no second table injected).
  const at = 3 * +m[2] - 3;
  const month = at >= 0 && at < 36 ? MONTH_ABBR[at].toUpperCase() + MONTH_ABBR.slice(at + 1, at + 3) : m[2];
  return m[3] ? `${+m[3]} ${month} ${m[1]}` : `${month} ${m[1]}`;
}
