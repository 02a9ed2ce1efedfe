// Minute and agenda numbers as councils print them, reduced to something orderable. Items in one
// meeting run upwards (1, 2, 3; 1201, 1202; 78/21, 79/21; PLA146/14, PLA147/14; 225.8, 225.9) with
// sub-items under a parent (116a, (a), 225.9): checking that order is what separates real items
// from numbered paragraphs, resolution parts and report sections.

export interface ItemNumber {
  /** As printed, tidied: "117", "78/21", "116a", "PLA146/14", "225.9", "PAR 1", "a". */
  label: string;
  /** Letters before the number ("PLA", "PAR"), upper-cased; "" when none. */
  prefix: string;
  /** The running number. */
  major: number;
  /** Sub-item ordinal (116a → 1, 225.9 → 9, (b) → 2), 0 for a main item. */
  sub: number;
  /** Third level of a dotted number ("3.1.2" → 2; "21.5.3", year.month.item as some parishes print it → 3), 0 when none. */
  sub2: number;
  /** Year part of 78/21-style numbers, "" when none. */
  year: string;
  /** Lettered "(a)" item that has no number of its own. */
  letterOnly: boolean;
}

/** "Minute No", "Min.", "Item No." before the number. Case carries meaning: "MIN" and "Min", never "mIN". */
const NUMBER_WORD =
  /(?:(?:[Mm]inute|MINUTE|[Mm]in|MIN)\.?\s*(?:[Nn]o\.?|NO\.?|[Nn]umber)?\s*|(?:[Ii]tem|ITEM)\s+(?:[Nn]o\.?\s*)?)/
    .source;
/**
 * The number itself: an optional prefix ("PLA", "Cab/", or letters before a dated number: "C213/16",
 * "C/017/2020", "PC/101/23"), digits, a year ("/21"), a sub-number (".9", or "-2." after a parish's minute reference:
 * "304-2."), a letter ("a", "(b)").
 */
const NUMBER_BODY =
  /(?:[A-Z]{2,5}[.\s]?|[A-Z][a-z]{1,4}\/|[A-Z]{1,5}\/?(?=\d{1,4}\/\d{2,4}))?\d{1,4}(?:\/\d{2,4}(?:-\d{2})?)?(?:(?:\.\d{1,2}){0,2}|-\d{1,2}(?=[.)]))(?:[a-zA-Z](?![a-zA-Z])|\s?\([a-z]\))?/
    .source;
/** A lettered item on its own: "(a)", "a)". */
const LETTER_ONLY = /\([a-z]\)|[a-z]\)/.source;
/** What ends the number: ".", ")", ":", " –", then a space or the line's end; or "." glued to a capital ("7.Budget"). */
const NUMBER_END = /(?:(?:[.):]|\s+[-–—:](?=\s))?(?=\s|$)|\.(?=[A-Z][A-Za-z]))/.source;

/**
 * A number at the start of a line, with what follows. Accepts "Minute No 225.9", "Min. 12",
 * "Item 4", "78/21", "PLA146/14", "PAR 1", "116a", "7.", "(a)". Returns null otherwise.
 */
export const LEAD_NUMBER = new RegExp(`^${NUMBER_WORD}?(${NUMBER_BODY}|${LETTER_ONLY})${NUMBER_END}`);

export function parseNumber(label: string): ItemNumber | null {
  const s = label.trim();
  const letter = /^\(?([a-z])\)$/i.exec(s);
  if (letter) {
    const sub = letter[1].toLowerCase().charCodeAt(0) - 96;
    return { label: letter[1].toLowerCase(), prefix: '', major: -1, sub, sub2: 0, year: '', letterOnly: true };
  }
  // "304-2": the meeting's reference number, then the item under it.
  const dashed = /^(\d{1,4})-(\d{1,2})$/.exec(s);
  if (dashed) return { label: s, prefix: '', major: +dashed[1], sub: +dashed[2], sub2: 0, year: '', letterOnly: false };
  const m =
    /^([A-Za-z]{1,5})?([.\s/]?)(\d{1,4})(?:\/(\d{2,4}(?:-\d{2})?))?(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?(?:([a-z])|\s?\(([a-z])\))?$/i.exec(
      s,
    );
  if (!m) return null;
  let major = +m[3];
  let year = m[4] ?? '';
  // Year first ("21/078", "2021/12"): the running number is the second part.
  if (year && (m[3].length === 4 || (m[3].length === 2 && year.length === 3))) {
    [major, year] = [+year, m[3]];
  }
  const subLetter = m[7] ?? m[8];
  const sub = m[5] ? +m[5] : subLetter ? subLetter.toLowerCase().charCodeAt(0) - 96 : 0;
  const prefix = (m[1] ?? '').toUpperCase();
  const sub2 = m[5] && m[6] ? +m[6] : 0;
  const printed = `${m[1] ? m[1] + m[2] : ''}${m[3]}${m[4] ? '/' + m[4] : ''}${m[5] ? '.' + m[5] : ''}${m[6] ? '.' + m[6] : ''}${m[7] ?? (m[8] ? `(${m[8]})` : '')}`;
  return { label: printed, prefix, major, sub, sub2, year, letterOnly: false };
}

/**
 * Score for `next` following `prev` in one meeting's running order, or null when it cannot
 * follow (goes backwards, changes prefix or year). `lastMain` is the item a letter hangs under.
 */
export function transition(prev: ItemNumber, next: ItemNumber): number | null {
  if (next.letterOnly) {
    if (prev.letterOnly) return next.sub === prev.sub + 1 ? 2 : null;
    return next.sub === 1 ? 1 : null;
  }
  if (prev.prefix !== next.prefix || prev.year !== next.year) return null;
  const gap = next.major - prev.major;
  // "21.5.2" → "21.5.3": the third level runs on under the same first two.
  if (gap === 0 && next.sub === prev.sub && (next.sub2 || prev.sub2))
    return next.sub2 > prev.sub2 ? (next.sub2 === prev.sub2 + 1 ? 2 : 0) : null;
  if (gap === 0) return next.sub > prev.sub ? (next.sub === prev.sub + 1 || prev.sub === 0 ? 2 : 0) : null;
  if (gap < 0) return null;
  // "21.21" → "22.21": the same suffix on every number is a year, not a sub-item.
  if (gap === 1) return next.sub <= 1 || next.sub === prev.sub ? 3 : 0;
  if (gap <= 3) return 0;
  if (gap <= 12) return -2;
  return -5;
}
