// UK-style date reading. Council papers print dates as "Wednesday, 2nd October, 2019",
// "27 September 2017", "20/09/2017" (always day-first: ModernGov decision pages use dd/mm/yyyy)
// or "October 2023". Everything here is pure and returns ISO strings so dates compare as text.

/** Every month name we read starts with one of these three letters (and is told apart by them). */
export const MONTH_ABBR = 'janfebmaraprmayjunjulaugsepoctnovdec';

// The last two alternatives take the long names as typed in a hurry ("Janaury", "Feburary",
// "Septmber", "Decemeber"): first three letters right (they name the month) and the ending kept.
const MONTH_NAME =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:jan|feb)[a-z]{2,5}ry|(?:sep|oct|nov|dec)[a-z]{0,6}ber';

/** "2nd October, 2019", "27 September 2017", "17 October 2023" (weekday optional, ignored). */
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})\\s?(?:st|nd|rd|th)?(?:\\s+of)?[\\s,]+(${MONTH_NAME})\\.?[\\s,]+(\\d{4})(?!\\d)`,
  'i',
);
/** "October 2nd, 2019" (rare in UK papers, but seen in imported text). */
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i');
/** "20/09/2017", "20.09.17", "20-09-2017": day first. */
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/;
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAME})\\.?,?\\s+(\\d{4})(?!\\d)`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2199) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function iso(y: number, m: number, d: number): string | null {
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function monthOf(name: string): number {
  // The content script carries this: a 36-letter string instead of a table of full names.
  const at = name.length < 3 ? -1 : MONTH_ABBR.indexOf(name.slice(0, 3).toLowerCase());
  return at < 0 || at % 3 ? 0 : at / 3 + 1;
}

interface DateHit {
  iso: string;
  index: number;
  length: number;
}

function hitsAt(text: string): DateHit[] {
  const hits: DateHit[] = [];
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const v = iso(+m[3], monthOf(m[2]), +m[1]);
    if (v) hits.push({ iso: v, index: m.index, length: m[0].length });
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const v = iso(+m[3], monthOf(m[1]), +m[2]);
    if (v) hits.push({ iso: v, index: m.index, length: m[0].length });
  }
  m = NUMERIC.exec(text);
  if (m) {
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    const v = iso(y, +m[2], +m[1]);
    if (v) hits.push({ iso: v, index: m.index, length: m[0].length });
  }
  return hits;
}

/** First UK-style date in `text` as `YYYY-MM-DD`, or null. Never throws. */
export function parseDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}

/** First full date with its position, for callers that need the surrounding words. */
export function findDate(text: string): DateHit | null {
  if (!text) return null;
  // Bound the work on pathological input: dates sit in short runs of text.
  const hits = hitsAt(text.length > 200_000 ? text.slice(0, 200_000) : text);
  if (!hits.length) return null;
  return hits.reduce((a, b) => (b.index < a.index ? b : a));
}

/** First "October 2023" (or a full date) as `YYYY-MM`, or null. */
export function parseMonth(text: string): string | null {
  if (!text) return null;
  const full = findDate(text);
  const m = MONTH_YEAR.exec(text);
  const month = m ? `${m[2]}-${pad(monthOf(m[1]))}` : null;
  if (full && (!m || full.index <= m.index)) return full.iso.slice(0, 7);
  return month && monthOf(m![1]) ? month : null;
}

/** Month name → 1..12 (0 when not a month). */
export function monthNumber(name: string): number {
  return monthOf(name);
}

/** Add whole months to an ISO date or month; returns `YYYY-MM`. */
export function addMonths(isoDate: string, months: number): string | null {
  const m = /^(\d{4})-(\d{2})/.exec(isoDate);
  if (!m) return null;
  const total = +m[1] * 12 + (+m[2] - 1) + months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** Add days to an ISO date; returns `YYYY-MM-DD`. */
export function addDays(isoDate: string, days: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The month named without a year ("the November Board meeting"), placed on or after the
 * meeting date: minutes promise things for the coming months, not the past ones.
 */
export function nextMonthNamed(name: string, meetingDate: string | null): string | null {
  const n = monthOf(name);
  if (!n || !meetingDate) return null;
  const y = +meetingDate.slice(0, 4);
  const mm = +meetingDate.slice(5, 7);
  return `${n >= mm ? y : y + 1}-${pad(n)}`;
}

export const MONTH_PATTERN = MONTH_NAME;
