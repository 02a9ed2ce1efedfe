// £ figures in a report and what each one is. The role comes from the words nearest the figure in
// its own clause ("a £2.4m saving", "capital programme of £12m", "£59m budget to be transferred"),
// so "£3m for staffing" in a cost breakdown reads as a cost and "grant of £500k" as a grant.
import type { MoneyRole, ReportFigure } from './report-types';
import type { RLine } from './report-lines';

// Most specific first: where two roles' words are equally near, the earlier one wins.
const ROLE_WORDS: [MoneyRole, RegExp][] = [
  ['council-tax', /council tax|precept|band d\b/gi],
  ['overspend', /overspend\w*|over-spend\w*|overrun\w*|deficit|shortfall|pressures?\b|funding gap|budget gap/gi],
  ['saving', /savings?\b|efficienc(?:y|ies)|reductions?\b|cuts?\b|cost avoidance/gi],
  [
    'grant',
    /grants?(?:\s+funding)?\b|allocations?\b|awarded|funding (?:from|award)|section 106|s106|levelling up|shared prosperity|basic need|contributions? from/gi,
  ],
  ['capital', /capital\b|capital programme|investment programme|borrowing/gi],
  ['income', /income|receipts?\b|received\b|revenue from|generat\w+|surplus/gi],
  [
    'fee',
    /fees?\b|charges?\b|per (?:hour|week|night|annum|year|month|visit|place|bed|household)|tariffs?\b|rents?\b|prices? per/gi,
  ],
  [
    'valuation',
    /valu(?:e|ed|ation)\b|market value|worth\b|gva\b|gross value added|purchase price|sale price|assets?\b|offers?\b|bids?\b/gi,
  ],
  [
    'budget',
    /(?:[a-z-]+\s+){0,2}budgets?\b|allocated|provision\b|envelope|funding\b|funded|resources?\b|financial plan|mtfs|medium term financial/gi,
  ],
  [
    'cost',
    /costs?\b|costed|costing|spend\w*|expenditure|contracts?\b|pay(?:ment|able|ments)?\b|fund\b|invest\w*|package|staffing|salar\w+|procure\w*/gi,
  ],
];

// "£1.2m", "£ 59 million", "£5,046,624", "£44 billion", "£250k", "£3.5bn".
const MONEY = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(m\b|mn\b|million\b|bn\b|billion\b|k\b|thousand\b)?/gi;

function amountOf(whole: string, frac: string | undefined, unit: string | undefined): number {
  const n = Number(whole.replace(/,/g, '') + (frac ? '.' + frac : ''));
  const u = (unit ?? '').toLowerCase();
  const mult =
    u === 'm' || u === 'mn' || u === 'million'
      ? 1e6
      : u === 'bn' || u === 'billion'
        ? 1e9
        : u === 'k' || u === 'thousand'
          ? 1e3
          : 1;
  return Math.round(n * mult * 100) / 100;
}

/** The clause a figure stands in: from the previous sentence stop or semicolon to the next. */
function clauseAround(text: string, start: number, end: number, floor = 0): { text: string; at: number } {
  let a = start;
  while (a > floor && start - a < 200 && !/[.;:!?]\s/.test(text.slice(a - 1, a + 1))) a--;
  // A clause cut at the length limit starts at a word.
  if (start - a >= 200) while (a < start && /\S/.test(text[a - 1] ?? ' ')) a++;
  let b = end;
  while (b < text.length && b - end < 200 && !/[.;!?](?:\s|$)/.test(text.slice(b, b + 2))) b++;
  return { text: text.slice(a, Math.min(text.length, b + 1)).trim(), at: start - a };
}

/** The role whose word stands nearest the figure in its clause; "other" when none does. */
export function roleOf(clause: string, at: number): MoneyRole {
  let best: MoneyRole = 'other';
  let bestDist = Infinity;
  for (const [role, re] of ROLE_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      // Words after the figure ("£59m budget") count as near as words before it ("budget of £59m").
      const d = m.index >= at ? m.index - at : at - (m.index + m[0].length);
      if (d < bestDist) {
        bestDist = d;
        best = role;
      }
    }
  }
  return best;
}

/**
 * Every £ figure in the report, in order, with its sentence and page: the financial implications
 * and the summary (which often states the sum asked for) alike, capped so a 500-page pack of
 * accounts stays small.
 */
export function findFigures(lines: RLine[], max = 60): ReportFigure[] {
  const out: ReportFigure[] = [];
  const seen = new Map<number, ReportFigure>();
  // A figure's sentence can run over a line break: read each page as one text.
  let i = 0;
  while (i < lines.length && out.length < max) {
    const page = lines[i].page;
    const starts: number[] = [];
    let text = '';
    for (; i < lines.length && lines[i].page === page; i++) {
      starts.push(text.length);
      text += (text ? ' ' : '') + lines[i].text;
    }
    if (text.indexOf('£') < 0) continue;
    MONEY.lastIndex = 0;
    const found: RegExpExecArray[] = [];
    for (let m = MONEY.exec(text); m && found.length < max * 4; m = MONEY.exec(text)) found.push(m);
    for (let k = 0; k < found.length && out.length < max; k++) {
      const m = found[k];
      const amount = amountOf(m[1], m[2], m[3]);
      if (!Number.isFinite(amount)) continue;
      // A figure's words stop at its neighbours: in "£59m, comprising £56m for package costs",
      // "costs" belongs to £56m.
      const lo = k > 0 ? found[k - 1].index + found[k - 1][0].length : 0;
      const hi = k + 1 < found.length ? found[k + 1].index : text.length;
      const near = clauseAround(text.slice(0, hi), m.index, m.index + m[0].length, lo);
      const c = clauseAround(text, m.index, m.index + m[0].length);
      const role = roleOf(near.text, near.at);
      // The summary, the recommendations and the financial implications often state the same sum:
      // count it once, taking its role from the first mention that names one.
      const prev = seen.get(amount);
      if (prev) {
        if (prev.role === 'other' && role !== 'other') Object.assign(prev, { role, text: c.text.slice(0, 300), page });
        continue;
      }
      const fig: ReportFigure = { amount, text: c.text.slice(0, 300), role, page };
      seen.set(amount, fig);
      out.push(fig);
    }
  }
  return out;
}
