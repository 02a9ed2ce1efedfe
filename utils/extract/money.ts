// Money with its meaning: each £ figure gets a role from the words of its own clause (cost,
// budget, capital programme, saving, income, grant, overspend, valuation, fee, council tax), and
// whether the decision it sits in approves spending it. A valuation, a historic figure or a quoted
// budget is never spending approved. Pure text in, values out.
import { findMoney } from '../summary/key-figures';

export type MoneyRole =
  | 'cost'
  | 'budget'
  | 'capital'
  | 'saving'
  | 'income'
  | 'grant'
  | 'overspend'
  | 'valuation'
  | 'fee'
  | 'council-tax'
  | 'other';

export interface MoneyMention {
  text: string;
  value: number;
  role: MoneyRole;
  /** The clause approves spending this sum ("approve expenditure of £2m", "£4.1m be added to the capital programme"). */
  approvedSpend: boolean;
}

/** Role words, strongest first; the nearest one in the figure's clause wins. One role a line. */
const ROLES: [MoneyRole, RegExp][] = [
  ['valuation', /\b(?:valu(?:ed|ation)|market value|worth|book value|sale price|purchase price|asset)\b/i],
  ['council-tax', /\bcouncil tax\b|\bband d\b|\bprecept\b/i],
  ['capital', /\bcapital (?:programme|scheme|budget|funding|investment|allocation)\b|\bcapital\b/i],
  ['overspend', /\bover-?spend|\bdeficit\b|\bshortfall\b|\bpressures?\b|\bgap\b/i],
  ['saving', /\bsavings?\b|\breduction\b|\befficienc(?:y|ies)\b|\bcuts?\b/i],
  ['income', /\bincome\b|\brevenue from\b|\breceipts?\b|\bgenerat(?:e|ing)\b|\braise\b|\bbringing in\b/i],
  ['grant', /\bgrants?\b|\bfunding from\b|\ballocation from\b|\bawarded to the council\b/i],
  ['fee', /\bfees?\b|\bcharges?\b|\bper (?:hour|day|head|annum|year|week|month)\b|\brent\b/i],
  ['budget', /\bbudgets?\b|\bprovision\b|\bearmarked\b|\breserves?\b/i],
  [
    'cost',
    /\bcosts?\b|\bexpenditure\b|\bspend(?:ing)?\b|\bcontract\b|\bprice\b|\binvest(?:ment)?\b|\bfund(?:ing)?\b|\bpay(?:ment)?\b/i,
  ],
];

/** Approval words in a decision that make a sum spending approved. */
const APPROVES =
  /\b(?:approv\w*|agree[sd]?|allocat\w*|authoris\w*|authoriz\w*|award\w*|releas\w*|commit\w*|vir(?:e|ement)|add(?:ed|ition of)?\s|be spent|to spend|fund(?:ed|ing) of|up to)\b/i;
/** Words that make a sum history or a quotation, not a decision to spend. */
const NOT_SPEND =
  /\b(?:was|were|had been|has been|previously|last year|in 20\d\d\/\d\d|to date|so far|noted|note|notes|currently|existing)\b/i;

function clauseAround(text: string, at: number, len: number): { before: string; after: string } {
  const from = Math.max(0, at - 140);
  const pre = text.slice(from, at);
  const cut = Math.max(pre.lastIndexOf('. '), pre.lastIndexOf('; '), pre.lastIndexOf('\n'));
  const before = cut >= 0 ? pre.slice(cut + 1) : pre;
  const post = text.slice(at + len, at + len + 100);
  const end = post.search(/[.;\n]/);
  return { before, after: end >= 0 ? post.slice(0, end) : post };
}

function roleOf(before: string, after: string): MoneyRole {
  let best: MoneyRole = 'other';
  let bestDist = Infinity;
  for (const [role, re] of ROLES) {
    const b = [...before.matchAll(new RegExp(re.source, 'gi'))].pop();
    const a = re.exec(after);
    const d = Math.min(b ? before.length - b.index : Infinity, a ? a.index + 10 : Infinity);
    if (d < bestDist) [best, bestDist] = [role, d];
  }
  return best;
}

/** Every £ figure in `text` with its role; `decision` marks text that is a resolution. */
export function moneyMentions(text: string, decision = false): MoneyMention[] {
  if (!text || !text.includes('£')) return [];
  const t = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const out: MoneyMention[] = [];
  let from = 0;
  for (const f of findMoney(t)) {
    const at = t.indexOf(f.text.split(' ')[0], from);
    if (at < 0) continue;
    from = at + 1;
    const { before, after } = clauseAround(t, at, f.text.length);
    const role = roleOf(before, after);
    const spendRole = role === 'cost' || role === 'capital' || role === 'grant' || role === 'other';
    const approvedSpend = decision && spendRole && APPROVES.test(before + ' ' + after) && !NOT_SPEND.test(before);
    out.push({ text: f.text, value: f.value, role, approvedSpend });
  }
  return out;
}

/** The sum of distinct amounts a set of decisions approves to spend, in pounds. */
export function approvedSpendOf(resolutions: string[]): number {
  const seen = new Set<number>();
  let total = 0;
  for (const r of resolutions) {
    for (const m of moneyMentions(r, true)) {
      if (!m.approvedSpend || seen.has(m.value)) continue;
      seen.add(m.value);
      total += m.value;
    }
  }
  return total;
}
