// Step 4c: follow-up actions — clauses that commit someone to do something later. Triggers follow
// the phrasing catalogue in ACTIONS.md ("report be submitted to …", "undertook to …", "would be
// circulated …", "review … in 12 months' time", "be delegated to …", "be recommended to Council").
// A trigger needs a future or obligation form (would/will/be/to); past-tense reports of what was
// done, notes ("be noted") and negated clauses are not actions. Due dates are resolved against
// the meeting date.
import type { Action, ActionKind } from '../types';
import { addDays, addMonths, findDate, MONTH_PATTERN, nextMonthNamed, parseMonth } from '../text/dates';

interface Trigger {
  kind: ActionKind;
  re: RegExp;
}

const FUT = '(?:would|will|shall|should|to|be|being|would be|will be|to be|should be|must be)';

export const TRIGGERS: Trigger[] = [
  { kind: 'delegation', re: /\bbe\s+delegated\s+to\b/i },
  { kind: 'referral', re: /\b(?:be|being)\s+(?:recommended|referred)\s+to\s+(?:the\s+)?(?:full\s+)?[A-Z]|^(?:RECOMMENDED|Recommended)\s*(?:[:–—-]\s*)?to\s+(?:the\s+)?(?:full\s+)?[A-Z]/ },
  {
    kind: 'report-back',
    re: new RegExp(
      `\\b(?:reports?|updates?|briefings?|outcome|findings|results|details|proposals?)\\b[^.;]{0,80}?\\b(?<!\\bhad (?:to )?)${FUT}\\s+(?:re-?)?(?:submitted|presented|brought|considered|reported|made|taken|received|provided)\\b(?!\\s+(?:at|during|in|by)\\s+(?:this|today|the present|tonight)\\b)`,
      'i',
    ),
  },
  { kind: 'report-back', re: /\b(?:be|being|would be|will be|to be|should be)\s+(?:fully\s+)?(?:explored\s+and\s+)?(?:reported|brought)\s+(?:back|on|to|at)\b/i },
  { kind: 'report-back', re: /(?<!\bhad to )\b(?:be|being)\s+(?:re-?)?submitted\s+to\s+(?:the\s+|a\s+|its\s+)?(?:next|future|[A-Z])/ },
  { kind: 'report-back', re: /\b(?:would|will|to)\s+report\s+back\b|\breport(?:ing)?\s+back\s+to\b|\bis\s+scheduled\s+for\b|\bre-?submitted\s+to\b/i },
  { kind: 'report-back', re: /\b(?:would|will|to)\s+(?:return|come back)\s+to\s+(?:a|the)\s+(?:future|next)\b/i },
  { kind: 'circulate', re: new RegExp(`\\b${FUT}\\s+(?:be\\s+)?(?:circulated|shared|distributed|emailed|e-mailed|forwarded|sent out|made available)\\b`, 'i') },
  { kind: 'review', re: /\b(?:would|will|should|shall)\s+(?:re-?)?review\b|\breview\s+(?:to be|would be|will be|be|being)\s+(?:undertaken|carried out|conducted)\b|\b(?:be|being)\s+reviewed\s+(?:in|after|within|at|by)\b/i },
  { kind: 'undertaking', re: /(?<!\bhad\s)\b(?:undertook|undertake|offered|promised|committed|agreed|was asked|were asked|was requested|were requested)\s+to\s+(?!(?:a|an|the|this|these|that|be noted|note|receive|make comments?|comment|speak|introduce|present|answer|vote|leave|attend|approve|adopt|accept|endorse|support|defer|grant|refuse|agree|recommend|exclude|waive|suspend)\b)[a-z]+/i },
  { kind: 'undertaking', re: /\bI\s+will\s+(?!not\b)[a-z]+|\bwe\s+will\s+(?:ask|write|provide|confirm|report|circulate|send|look|update|arrange|respond|check|investigate|share|come back|bring|follow)\b/ },
  { kind: 'undertaking', re: /\bofficers?\s+(?:would|will)\s+(?!not\b|be\s+(?:noted|aware)\b)[a-z]+/i },
  { kind: 'undertaking', re: /\b(?:would|will)\s+(?:liaise|write|respond|confirm|investigate|look into|look at|follow up|arrange|contact|check|clarify|chase|pursue)\b|\bto\s+liaise\s+with\b/i },
  { kind: 'undertaking', re: /\b(?:be|being)\s+provided\s+(?:to|for)\b/i },
  { kind: 'undertaking', re: /\b(?:be|being)\s+(?:requested|asked|instructed)\s+to\s+(?!note|consider|comment|attend|leave)[a-z]+/i },
  {
    kind: 'undertaking',
    re: /\b(?:[Cc]lerk|[Oo]fficers?|Chair(?:man|person)?|Director|Manager|Treasurer|RFO|Head of [A-Z]\w+|Cllr\.? [A-Z][\w'-]+|Councillor [A-Z][\w'-]+)\s+(?:would|will|is to|was to)\s+(?!not\b|be\s+(?:noted|aware|present)\b|have\b)[a-z]+/,
  },
  { kind: 'report-back', re: /\b(?:was|were|be|being|is|are)\s+deferred\s+(?:to|until)\s+(?:the|a)\s+(?:next|future|following)\b/i },
  { kind: 'other', re: /\b(?:writes?|write)\s+to\s+the\b(?=[^.]*\bon behalf of\b)/i },
  // Parish shorthand at the head of a sentence: "The Clerk to apply for a grant …", "Cllr Green to obtain quotes".
  {
    kind: 'undertaking',
    re: /^(?:\(?[a-z0-9]{1,3}\)\s*)?(?:the\s+)?(?:[A-Z][\w'-]+\s+){0,3}(?:[Cc]lerk|RFO|[Oo]fficers?|Chair(?:man|person)?|Treasurer|Cllrs?\.? [A-Z][\w'-]+|Councillors? [A-Z][\w'-]+)\s+to\s+(?!be\b|have\b|the\b)[a-z]+/,
  },
  // A promise with a deadline in the passive: "the lights would be repaired by the end of February 2024".
  {
    kind: 'undertaking',
    re: new RegExp(`\\b(?:would|will|shall)\\s+be\\s+(?!noted\\b|aware\\b|able\\b|held\\b|grateful\\b|happy\\b)[a-z]+ed\\b[^.;]{0,60}?\\b(?:by|before|within|in)\\s+(?:the\\s+end\\s+of\\s+)?(?:\\d|(?:${MONTH_PATTERN})\\b|the\\s+(?:next|end)\\b)`, 'i'),
  },
];

const NEGATED = /\b(?:not|no longer|never|unable|declined)\b[^.]{0,25}$/i;
const MAX_SENTENCE = 600;

/** Sentences of a block; list items stand alone. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  // Lines wrapped by page width (PDF text) continue the sentence; a line ending in . ! ? ; : closes it.
  // Short lines are headings or labels, and a list marker starts a new clause. A quotation closed
  // after its full stop ('… Church Street."') closes the line too.
  const paras = text.replace(/(^|\n)([^\n]{40,}[^.!?;:\n])(?<![.!?;:]["”’'])\n(?!\s*(?:[-•]|\(?[a-z0-9]{1,3}\)|\d{1,2}\.\s))(?=[^\n])/g, '$1$2 ').split(/\n+/);
  for (const para of paras) {
    const p = para.replace(/^\s*[-•]\s+/, '').trim();
    if (!p) continue;
    let start = 0;
    const re = /[.!?]["”’]?(?=\s+["“‘(]?[A-Z(])|;\s+(?=\(?[a-z0-9]{1,3}\)\s)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p))) {
      // "Cllr. X", "No. 5", "para. 2": abbreviations do not end a sentence.
      if (/\b(?:Cllr|Mr|Mrs|Ms|Dr|No|para|St|approx|cf|e\.g|i\.e|etc|Co|Ltd|Nos)$/i.test(p.slice(Math.max(0, m.index - 6), m.index))) continue;
      out.push(p.slice(start, m.index + m[0].length).trim());
      start = m.index + m[0].length;
    }
    out.push(p.slice(start).trim());
  }
  return out.filter((s) => s.length > 8);
}

const OWNER_SUBJECT =
  /\b((?:the\s+)?(?:(?:[A-Z][\w&'-]*|of|and|for|to)\s+){0,6}(?:Clerk|Officer|Officers|Director|Manager|Chair|Chairman|Chairperson|Leader|Chief Executive|Treasurer|Solicitor|Lead|Cabinet Member|Portfolio Holder|Head of (?:[A-Z][\w&'-]*\s?){1,4})|[Oo]fficers|[Tt]he (?:head|director|manager|chair(?:man)?|clerk|leader|cabinet member)\b(?: (?:of|for) (?:[A-Z][\w&'-]*\s?){1,4})?|Cllrs?\.? [A-Z][\w'-]+(?: [A-Z][\w'-]+)?|Councillors? [A-Z][\w'-]+(?: [A-Z][\w'-]+)?|[Tt]he (?:committee|council|cabinet|board|panel|[Cc]ommittee|[Cc]ouncil|[Cc]abinet|[Bb]oard|[Pp]anel)|[Tt]he manager)(?=\s+(?:would|will|undertook|agreed|offered|promised|was asked|were asked|committed|should|to)\b)/g;
const OWNER_TARGET =
  /\b(?:delegated to|submitted to|presented to|reported (?:back )?to|brought (?:back )?to|considered by|recommended to|referred to|provided to|circulated to|shared with|passed to)\s+((?:the\s+)?(?:(?:[A-Z][\w&'-]*|of|and|for|with)\s*){1,10})/;

function ownerOf(sentence: string, triggerIndex: number): string | null {
  const before = sentence.slice(0, triggerIndex + 40);
  let owner: string | null = null;
  for (const m of before.matchAll(OWNER_SUBJECT)) owner = m[1];
  if (!owner) {
    const t = OWNER_TARGET.exec(sentence);
    if (t) owner = t[1];
  }
  if (!owner) return null;
  return owner.replace(/\s+(?:and|of|for|with|in|the)\s*$/i, '').trim() || null;
}

const WORD_NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, 'twenty-four': 24 };
const RELATIVE = /\b(?:in|within|after|over the next)\s+(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+(month|year|week)s?(?:['’]s?)?(?:\s+time)?\b/i;
const NEXT_MEETING = /\b(?:the|its|their)\s+next\s+(?:available\s+|scheduled\s+|ordinary\s+)?(?:meeting|cabinet|committee|board|council)\b/i;
const MONTH_ONLY = new RegExp(`\\b(?:in|by|at the|the|until|before|during)\\s+(${MONTH_PATTERN})\\b(?!\\s*,?\\s*\\d{4})`, 'i');

const MONTH_YEAR_AT = new RegExp(`\\b(?:${MONTH_PATTERN})\\.?,?\\s+\\d{4}`, 'i');

export interface DueContext {
  meetingDate: string | null;
  nextMeetingDate: string | null;
}

/** The due date in an action sentence, as precise as printed. */
export function dueOf(sentence: string, ctx: DueContext): Pick<Action, 'due' | 'dueBasis'> {
  const floor = ctx.meetingDate ?? '0000';
  let rest = sentence;
  // Full dates and month-years on or after the meeting; earlier ones are history ("held on 19 July 2017").
  for (let guard = 0; guard < 6 && rest; guard++) {
    const d = findDate(rest);
    const mon = parseMonth(rest);
    const dIdx = d ? d.index : Infinity;
    const mIdx = mon ? rest.search(MONTH_YEAR_AT) : -1;
    if (d && (mIdx < 0 || dIdx <= mIdx)) {
      if (d.iso >= floor) return { due: d.iso, dueBasis: 'date' };
      rest = rest.slice(d.index + d.length);
      continue;
    }
    if (mon && mIdx >= 0) {
      if (mon >= floor.slice(0, 7)) return { due: mon, dueBasis: 'month' };
      rest = rest.slice(mIdx + 6);
      continue;
    }
    break;
  }
  const rel = RELATIVE.exec(sentence);
  if (rel && ctx.meetingDate) {
    const n = /^\d+$/.test(rel[1]) ? +rel[1] : WORD_NUM[rel[1].toLowerCase()] ?? 0;
    const unit = rel[2].toLowerCase();
    if (n) {
      if (unit === 'week') return { due: addDays(ctx.meetingDate, n * 7), dueBasis: 'relative' };
      return { due: addMonths(ctx.meetingDate, unit === 'year' ? n * 12 : n), dueBasis: 'relative' };
    }
  }
  if (NEXT_MEETING.test(sentence)) return { due: ctx.nextMeetingDate, dueBasis: 'next-meeting' };
  const mo = MONTH_ONLY.exec(sentence);
  if (mo && ctx.meetingDate) {
    const due = nextMonthNamed(mo[1], ctx.meetingDate);
    if (due) return { due, dueBasis: 'month' };
  }
  return { due: null, dueBasis: 'none' };
}

/** Per sentence (lower case): which TRIGGERS (by index) could match it; a speed-up only. */
export type TriggerGate = (lower: string) => (trigger: number) => boolean;

/** Actions in a block of text (an item's minutes, a resolution). */
export function findActions(text: string, ctx: DueContext, gate?: TriggerGate): Action[] {
  const out: Action[] = [];
  const seen = new Set<string>();
  for (const raw of sentences(text)) {
    const s = raw.length > MAX_SENTENCE ? raw.slice(0, MAX_SENTENCE) : raw;
    const lower = s.toLowerCase();
    const may = gate?.(lower);
    if (lower.includes('noted') && /^(?:\(?[a-z0-9]{1,3}\)\s*)?(?:that\s+)?the\s+(?:report|update|minutes?)\b[^.]{0,80}\bbe\s+noted\b/i.test(s) && !/\b(?:submitted|circulated|delegated)\b/i.test(s)) continue;
    for (let ti = 0; ti < TRIGGERS.length; ti++) {
      const t = TRIGGERS[ti];
      if (may && !may(ti)) continue;
      const m = t.re.exec(s);
      if (!m) continue;
      if (NEGATED.test(s.slice(Math.max(0, m.index - 40), m.index + m[0].length - (m[0].match(/\S+$/)?.[0].length ?? 0)))) continue;
      const key = lower;
      if (seen.has(key)) break;
      seen.add(key);
      const due = dueOf(s.slice(m.index), ctx);
      const whole = due.due ? due : dueOf(s, ctx);
      out.push({ text: s, kind: t.kind, owner: ownerOf(s, m.index), due: whole.due, dueBasis: whole.dueBasis, evidence: raw });
      break;
    }
    if (out.length >= 50) break;
  }
  return dedupe(out);
}

const actionWords = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9£]{2,}/g) ?? []);

/**
 * One promise printed twice (the "Decision:" and "Minutes:" blocks of a ModernGov page, a resolution
 * restating the discussion) is one action: drop one whose words the other holds, bar one word or a tenth.
 */
function dedupe(acts: Action[]): Action[] {
  if (acts.length < 2) return acts;
  const sets = acts.map((a) => actionWords(a.text));
  const drop = new Set<number>();
  for (let i = 0; i < acts.length; i++) {
    for (let j = 0; j < acts.length; j++) {
      if (i === j || drop.has(j) || drop.has(i)) continue;
      const a = sets[i], b = sets[j];
      if (a.size > b.size || (a.size === b.size && i < j)) continue;
      // a is the smaller: covered by b?
      let n = 0;
      for (const w of a) if (b.has(w)) n++;
      if (a.size && (n >= a.size - 1 || n / a.size >= 0.9)) drop.add(i);
    }
  }
  return acts.filter((_, i) => !drop.has(i));
}
