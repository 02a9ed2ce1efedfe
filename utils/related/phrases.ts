// Text tests for "the same matter by name": the titles an item names (in parentheses, in quotes,
// "Review of …"), whether one title is the same matter as another, and the run of words two
// texts share. Pure string functions (used by the background's ranking and follow-up matching).
import { isRoutineTitle } from '../extract';
import { contentTerms } from './text';

/**
 * Standing business printed at every meeting of a committee. Routine items (apologies, minutes,
 * declarations) are caught by isRoutineTitle; these are the planning items that are not routine
 * but recur under the same title, so a shared title says nothing about the matter:
 */
const STANDING = new RegExp(
  [
    String.raw`work ?programme`, // "Work Programme", "Committee's Work Programme and Forward Plan"
    String.raw`forward (?:plan|work)`,
    String.raw`business (?:planner|plan\b|bulletin)`, // Scottish committees: "Business Planner", "Business Bulletin"
    String.raw`rolling actions?(?: log)?`,
    String.raw`actions? (?:log|tracker|sheet)`,
    String.raw`outstanding (?:actions|references|matters)`,
    String.raw`matters outstanding`,
    String.raw`(?:cabinet|committee) (?:member )?updates?$`,
    String.raw`^(?:convener|convenor|chair)`, // announcements by the chair: their subjects vary
  ].join('|'),
  'i',
);

/** Routine or standing business: never the basis of a "same matter" link on its own. */
export function isStandingTitle(title: string | null | undefined): boolean {
  if (!title) return true;
  return isRoutineTitle(title) || STANDING.test(title);
}

/** A distinctive title: at least two content words and not standing business. */
export function isDistinctive(title: string): boolean {
  return contentTerms(title).length >= 2 && !isStandingTitle(title);
}

// Bounded character classes and lengths keep every pattern linear on long minutes.
const PAREN = /\(([^()\n]{8,160})\)/g;
const QUOTED = /[“"]([^”"\n]{8,160})[”"]|(?:^|[\s(])[‘']([^’'\n]{8,160})[’'](?=[\s.,;:)]|$)/g;
const REVIEW_OF = /\b(?:the\s+)?(Review of [A-Z][^.;:,()\n]{4,100})/g;
/** Parenthesised asides that are references or numbers, not titles: "(Min. 45/23)", "(Item 5)", "(Appendix 2)". */
const NOT_A_TITLE =
  /^(?:min(?:ute)?s?\.?|item|agenda item|article|para(?:graph)?|appendix|annex|see|page|report|ref\.?|no\.?)\b|^[\d\s/.,-]+$|\d{1,2}\s+[A-Za-z]+\s+\d{4}/i;

/**
 * Parenthesised job titles and roles ("(Director of Public Health)", "(Head of Finance Operations)",
 * "(Joint Opposition Spokesperson)"): on real minutes most parentheses after a name hold these.
 */
const ROLE = new RegExp(
  [
    String.raw`^(?:interim |acting |deputy |assistant |executive |corporate |strategic |joint )*(?:director|head|chief|lead|cabinet member|councillor|cllr|chair|vice[- ]chair|mayor|leader|lead member|portfolio holder|clerk|manager|officer|commissioner|monitoring officer|general counsel)\b`,
    String.raw`\b(?:officer|manager|director|spokesperson|executive|commissioner|lead|counsel|rep|adviser|advisor|convener|convenor|chair(?:man|person)?)$`,
  ].join('|'),
  'i',
);

export interface NamedPhrase {
  /** As printed (trimmed). */
  text: string;
  terms: string[];
}

/** Titles an item's text names: "(Review of Parking Charges)", “Town Centre Masterplan”, "Review of …". */
export function namedPhrases(text: string, max = 6): NamedPhrase[] {
  const t = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const out: NamedPhrase[] = [];
  const seen = new Set<string>();
  const add = (raw: string | undefined) => {
    const phrase = (raw ?? '')
      .replace(/\s+/g, ' ')
      .replace(/\s*pdf icon.*$/i, '')
      .trim()
      .replace(/[.,;:]+$/, '');
    // A title starts with a capital; a lower-case aside ("attached as Appendix A") is prose.
    if (!/^[A-Z0-9‘“'"]/.test(phrase) || NOT_A_TITLE.test(phrase) || ROLE.test(phrase)) return;
    const terms = contentTerms(phrase);
    const key = terms.join(' ');
    if (terms.length < 2 || seen.has(key)) return;
    seen.add(key);
    out.push({ text: phrase, terms });
  };
  for (const m of t.matchAll(PAREN)) if (out.length < max) add(m[1]);
  for (const m of t.matchAll(QUOTED)) if (out.length < max) add(m[1] ?? m[2]);
  for (const m of t.matchAll(REVIEW_OF)) if (out.length < max) add(m[1]);
  return out;
}

function share(a: string[], b: Set<string>): number {
  if (!a.length) return 0;
  let hit = 0;
  for (const t of a) if (b.has(t)) hit += 1;
  return hit / a.length;
}

/**
 * Does `phrase` name the item titled `title`? Most of the title's words must be in the phrase
 * and most of the phrase's in the title ("Review of Parking Charges" names "Review of Parking
 * Charges in Town Centre Car Parks" but not "Parking Enforcement Annual Report").
 */
export function namesTitle(phraseTerms: string[], title: string): boolean {
  const titleTerms = contentTerms(title);
  if (titleTerms.length < 2) return false;
  return share(titleTerms, new Set(phraseTerms)) >= 0.75 && share(phraseTerms, new Set(titleTerms)) >= 0.6;
}

/** A text's content words joined with spaces (and a space at each end), for containsTitle. */
export function termLine(text: string): string {
  return ` ${contentTerms(text).join(' ')} `;
}

/** True when `title`'s content words appear, in order and together, in the text (`line`: its termLine). */
export function containsTitle(line: string, title: string): boolean {
  const terms = contentTerms(title);
  if (terms.length < 3) return false;
  return line.includes(` ${terms.join(' ')} `);
}

/**
 * The longest run of consecutive content words `a` (a text, or its content words) and `b` share
 * (at least `min` words), or null: the phrase shown as the reason for a "similar" link.
 */
export function sharedRun(a: string | string[], b: string, min = 2): string | null {
  const x = (typeof a === 'string' ? contentTerms(a) : a).slice(0, 400);
  const y = contentTerms(b).slice(0, 400);
  if (x.length < min || y.length < min) return null;
  const at = new Map<string, number[]>();
  y.forEach((t, i) => {
    const list = at.get(t);
    if (list) list.push(i);
    else at.set(t, [i]);
  });
  let best: string[] = [];
  for (let i = 0; i < x.length; i++) {
    for (const j of at.get(x[i]) ?? []) {
      let n = 0;
      while (i + n < x.length && j + n < y.length && x[i + n] === y[j + n]) n += 1;
      if (n > best.length) best = x.slice(i, i + n);
    }
  }
  return best.length >= min ? best.join(' ') : null;
}
