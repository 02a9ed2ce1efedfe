// The two facts an action needs besides its words: who must act (owner) and by when (due, with
// the words it came from). Pure text in, values out; used by ./actions.ts.
import type { Action } from '../types';
import { addDays, addMonths, findDate, MONTH_PATTERN, nextMonthNamed, parseMonth } from '../text/dates';

export interface DueContext {
  meetingDate: string | null;
  nextMeetingDate: string | null;
  /** Months between this committee's meetings, when its calendar is known ("within two cycles"). */
  cycleMonths?: number | null;
}

type Due = Pick<Action, 'due' | 'dueBasis' | 'dueText'>;

const WORD_NUM: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  'twenty-four': 24,
};
const NUM = '\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four';
const RELATIVE = new RegExp(
  `\\b(?:in|within|after|over the next)\\s+(${NUM})\\s+(month|year|week)s?(?:['’]s?)?(?:\\s+time)?\\b`,
  'i',
);
const CYCLES = new RegExp(
  `\\b(?:in|within|after)\\s+(?:the\\s+next\\s+)?(${NUM})\\s+(?:committee\\s+|meeting\\s+)?cycles?\\b`,
  'i',
);
const NEXT_MEETING =
  /\b(?:the|its|their)\s+next\s+(?:available\s+|scheduled\s+|ordinary\s+)?(?:[A-Z][\w&'-]*\s+){0,4}(?:meeting|cabinet|committee|board|council|panel)\b/i;
const MONTH_ONLY = new RegExp(
  `\\b(?:in|by|at the|the|until|before|during|end of)\\s+(${MONTH_PATTERN})\\b(?!\\s*,?\\s*\\d{4})`,
  'i',
);
const DAY_MONTH = new RegExp(
  `\\b(?:on|by|before|until|from)\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(\\d{1,2})(?:\\s?(?:st|nd|rd|th))?\\s+(${MONTH_PATTERN})\\b(?!\\s*,?\\s*\\d{4})`,
  'i',
);
const DAY_MONTH_ALL = new RegExp(DAY_MONTH.source, 'gi');
const YEAR_END =
  /\b(?:by|before|at|for)\s+the\s+end\s+of\s+the\s+(financial|municipal|calendar|current|council)?\s*year\b/i;
const MONTH_YEAR_AT = new RegExp(`\\b(?:${MONTH_PATTERN})\\.?,?\\s+\\d{4}`, 'i');
/** Words that make a date a deadline rather than the date of something on the way. */
const DEADLINE_BEFORE =
  /\b(?:by|before|no later than|prior to|until|deadline)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/** A promise with no date: kept as words. */
const VAGUE =
  /\b(?:in due course|at a (?:later|future) date|a future (?:meeting|date)|as soon as (?:possible|practicable)|shortly|annually|quarterly|in the (?:new|next) (?:year|municipal year)|future meetings?|once finali[sz]ed)\b/i;

const MAY_DUE = new RegExp(
  `\\d|${MONTH_PATTERN}|next|year|month|week|cycle|course|later|future|annual|quarterly|soon|shortly|once`,
  'i',
);
const none = (dueText: string | null = null): Due => ({ due: null, dueBasis: 'none', dueText });
/**
 * Words that tie a date to an event already past — a meeting the action refers back to ("the
 * minutes of the meeting held on 18 March", "reconvened on 18 May"): never the action's deadline.
 */
const PAST_EVENT_BEFORE =
  /\b(?:held|reconvened|adjourned|convened|took place|dated|met|meeting|minutes)\s+(?:on\s+|of\s+)?(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/** …unless the words make that meeting a coming one ("scheduled to be held on 4 March", "the next meeting on …"). */
const COMING_EVENT_BEFORE =
  /\b(?:to be|will be|would be|shall be|be|being|next|future|forthcoming|following|special|scheduled|additional)\s+(?:\w+\s+)?(?:held|convened|meeting|minutes)\s+(?:on\s+|of\s+)?(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
const pastEvent = (s: string, at: number) => {
  const before = s.slice(Math.max(0, at - 50), at);
  return PAST_EVENT_BEFORE.test(before) && !COMING_EVENT_BEFORE.test(before);
};

function atLeast(iso: string, floor: string): boolean {
  return iso >= floor.slice(0, iso.length);
}

/** The due date in an action sentence, as precise as printed, with the words it came from. */
export function dueOf(sentence: string, ctx: DueContext): Due {
  // Cheap test first: most action sentences carry no date words at all.
  if (!MAY_DUE.test(sentence)) return none();
  const floor = ctx.meetingDate ?? '0000';
  // Full dates and month-years on or after the meeting; earlier ones are history ("held on 19 July 2017").
  // A date introduced as a deadline ("by 1 April") wins over one on the way ("by Council on 22 March").
  let rest = sentence;
  let offset = 0;
  let first: Due | null = null;
  for (let guard = 0; guard < 6 && rest; guard++) {
    const d = findDate(rest);
    const mon = parseMonth(rest);
    const dIdx = d ? d.index : Infinity;
    const mIdx = mon ? rest.search(MONTH_YEAR_AT) : -1;
    let hit: Due | null = null;
    let at = 0;
    let len = 0;
    if (d && (mIdx < 0 || dIdx <= mIdx)) {
      at = d.index;
      len = d.length;
      if (atLeast(d.iso, floor) && !pastEvent(sentence, offset + at))
        hit = { due: d.iso, dueBasis: 'date', dueText: rest.slice(d.index, d.index + d.length) };
    } else if (mon && mIdx >= 0) {
      at = mIdx;
      len = 6;
      if (atLeast(mon, floor))
        hit = { due: mon, dueBasis: 'month', dueText: rest.slice(mIdx).match(MONTH_YEAR_AT)?.[0] ?? mon };
    } else break;
    if (hit) {
      if (DEADLINE_BEFORE.test(sentence.slice(Math.max(0, offset + at - 30), offset + at))) return hit;
      first ??= hit;
    }
    rest = rest.slice(at + Math.max(1, len));
    offset += at + Math.max(1, len);
  }
  if (first) return first;
  const ye = YEAR_END.exec(sentence);
  if (ye) {
    const kind = (ye[1] ?? '').toLowerCase();
    if (!ctx.meetingDate) return none(ye[0]);
    const y = +ctx.meetingDate.slice(0, 4),
      m = +ctx.meetingDate.slice(5, 7);
    // UK financial years end on 31 March, municipal years in May.
    if (kind === 'financial') return { due: `${m <= 3 ? y : y + 1}-03-31`, dueBasis: 'date', dueText: ye[0] };
    if (kind === 'municipal' || kind === 'council')
      return { due: `${m <= 5 ? y : y + 1}-05`, dueBasis: 'month', dueText: ye[0] };
    return { due: `${y}-12-31`, dueBasis: 'date', dueText: ye[0] };
  }
  const rel = RELATIVE.exec(sentence);
  if (rel) {
    const n = /^\d+$/.test(rel[1]) ? +rel[1] : (WORD_NUM[rel[1].toLowerCase()] ?? 0);
    const unit = rel[2].toLowerCase();
    if (n && ctx.meetingDate) {
      if (unit === 'week') return { due: addDays(ctx.meetingDate, n * 7), dueBasis: 'relative', dueText: rel[0] };
      return { due: addMonths(ctx.meetingDate, unit === 'year' ? n * 12 : n), dueBasis: 'relative', dueText: rel[0] };
    }
    return none(rel[0]);
  }
  const cyc = CYCLES.exec(sentence);
  if (cyc) {
    const n = /^\d+$/.test(cyc[1]) ? +cyc[1] : (WORD_NUM[cyc[1].toLowerCase()] ?? 0);
    if (n && ctx.meetingDate && ctx.cycleMonths)
      return { due: addMonths(ctx.meetingDate, n * ctx.cycleMonths), dueBasis: 'relative', dueText: cyc[0] };
    return none(cyc[0]);
  }
  let dm: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(DAY_MONTH_ALL)) {
    // "on 18 May" after "held"/"reconvened": the date of a meeting referred back to.
    if (!pastEvent(sentence, m.index + m[0].search(/\d/))) {
      dm = m;
      break;
    }
  }
  if (dm) {
    // "on 13th February": the next such day on or after the meeting; no meeting date, no year.
    const month = nextMonthNamed(dm[2], ctx.meetingDate);
    const day = String(+dm[1]).padStart(2, '0');
    if (month && ctx.meetingDate && `${month}-${day}` >= ctx.meetingDate)
      return { due: `${month}-${day}`, dueBasis: 'date', dueText: dm[0].replace(/^\w+\s+/, '') };
    if (month)
      return { due: `${addMonths(`${month}-01`, 12)}-${day}`, dueBasis: 'date', dueText: dm[0].replace(/^\w+\s+/, '') };
    return none(dm[0].replace(/^\w+\s+/, ''));
  }
  const next = NEXT_MEETING.exec(sentence);
  if (next) return { due: ctx.nextMeetingDate, dueBasis: 'next-meeting', dueText: next[0] };
  const mo = MONTH_ONLY.exec(sentence);
  if (mo) {
    const due = nextMonthNamed(mo[1], ctx.meetingDate);
    return due ? { due, dueBasis: 'month', dueText: mo[0] } : none(mo[0]);
  }
  const v = VAGUE.exec(sentence);
  return none(v ? v[0] : null);
}

// --- Owners ---------------------------------------------------------------------------------

/** Titles that can owe an action. */
const ROLE = String.raw`(?:Town Clerk|Deputy Town Clerk|Clerk|Chamberlain|Chief Executive|Officers?|Director|Manager|Co-?ordinator|Vice[- ]Chair(?:man)?|Chair(?:man|person|woman)?|Leader|Mayor|Treasurer|Solicitor|Counsel|Lead Member|Lead|Cabinet Member|Portfolio Holder|Commissioner|Secretary|Monitoring Officer|RFO|Head of(?: [A-Z][\w&'’-]*| and| for){1,6})`;
const TITLED = String.raw`(?:[A-Z][\w&'’-]*\s+|(?:of|and|for)\s+){0,6}${ROLE}(?:\s+(?:of|for)(?:\s+(?:[A-Z][\w&'’-]*|and|the)){1,8})?`;
const PERSON = String.raw`(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[A-Z][a-z]+\s+[A-Z][a-z]+(?:,\s+(?:[A-Z][\w&'’-]*\s+){0,4}${ROLE}))`;
const BODY = String.raw`(?:the\s+)?(?:Council|Committee|Cabinet|Board|Panel|Executive|Sub-Committee|Working Group|Partnership Board|(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for)\s+)?){1,6}(?:Committee|Board|Panel|Group|Partnership|Council|Cabinet|Forum))`;
const LOWER_ROLE = String.raw`\b[Tt]he\s+(?:[a-z]+\s+){0,4}?(?:head of(?: [A-Z][\w&'’-]*)+|manager|officer|director|chair(?:man|person)?|clerk|leader|co-?ordinator|cabinet member|portfolio holder)\b`;
/** Teams and groups that act: "the legal team", "the Green Group", "the Highways Service". */
const GROUP = String.raw`\b[Tt]he\s+(?:[a-z]+\s+){0,2}?(?:team|department)\b|\b(?:[Tt]he\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}(?:Group|Team|Service|Department|Partnership)\b`;
const AGENT_NP = String.raw`(?:(?:the|a)\s+)?(?:${PERSON}|${TITLED})|${LOWER_ROLE}|${GROUP}|\b[Oo]fficers\b|\bCouncillors\b(?!\s+[A-Z])|\b(?:[Pp]anel\s+)?[Mm]embers\b|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\b|\bI\b|\b[Tt]he (?:[Cc]ouncil|[Cc]ommittee|[Cc]abinet|[Bb]oard|[Pp]anel)\b`;
/** Words after a name that show it is not the subject ("with the Chief Executive and …"). */
const FUNCTION_WORD =
  '(?:and|or|of|in|with|to\\s+(?:the|a|an)|on|at|for|from|as|by|the|that|who|which|whose|about|under|over|into|regarding|during|within|via|per|a|an|seeking|including|relating|regarding|following)';
/** A person or body followed (after an appositive or bracket) by the verb they act with. */
const SUBJECT = new RegExp(
  String.raw`(${AGENT_NP})(?:\s*\([^)]{0,80}\))?,?\s+(?:also\s+|then\s+|currently\s+|personally\s+)?(?!${FUNCTION_WORD}\b)(?=[a-z])`,
  'g',
);
const REPORTER = new RegExp(
  String.raw`(${AGENT_NP})(?:\s*\([^)]{0,80}\))?,?\s+(?:also\s+|then\s+)?(?:advised|confirmed|explained|stated|said|shared|indicated|mentioned|reported|replied|responded|answered|announced|informed[^.]{0,30}?|assured[^.]{0,30}?|undertook|agreed|added|noted|highlighted)\b`,
);
const DELEGATE = new RegExp(
  String.raw`\b(?:delegat(?:e|ed|es)\s+(?:authority\s+)?to|(?:given|granted)\s+to|[Aa]uthori[sz](?:e|es|ed))\s+((?:the\s+)?(?:${TITLED}|${PERSON}))`,
);
const ASKED = new RegExp(
  String.raw`\b(?:requested|asked|instructed)\s+((?:the\s+)?(?:${TITLED}|${PERSON}|[Pp]anel(?:\s+[Mm]embers)?|[Mm]embers|[Oo]fficers|[Cc]ommittee|[Bb]oard))\s+to\s+[a-z]`,
);
/** "requested that officers provide …": the one asked, named after "that". */
const ASKED_THAT = new RegExp(
  String.raw`\b(?:requested|asked|instructed|directed)\s+that\s+((?:the\s+)?(?:${TITLED}|${PERSON})|[Oo]fficers)\s+(?:should\s+|would\s+)?(?!be\b)[a-z]+`,
);
const BY_BODY = new RegExp(
  String.raw`\b(?:reported\s+(?:\w+ly\s+)?by|(?:re)?considered\s+(?:first\s+)?by|consideration\s+by|(?:re)?considered\s+(?:first\s+)?by\s+the\s+next\s+meeting\s+of)\s+(?:the\s+next\s+meeting\s+of\s+)?(${BODY}|${TITLED})`,
);
const RESPONSIBLE = /((?:[A-Z][\w&'’-]*\s+){1,5})(?:will|would)\s+be\s+responsible\b/;
const PAIR_ROLE = String.raw`(?:vice[- ]|deputy\s+)?(?:chair(?:man|person|woman)?|clerk|mayor|leader)`;
const PAIR = new RegExp(
  String.raw`^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:that\s+)?((?:the\s+)?${PAIR_ROLE}\s+(?:and|&)\s+(?:the\s+)?${PAIR_ROLE})\s+(?!of\b)[a-z]`,
  'i',
);
const INITIALS_SUBJECT =
  /(?:^|[.;,:–—-]\s*|\b(?:and|but|then|so)\s+)([A-Z]{2,3})\s+(?:will|would|shall|to|agreed|undertook|offered)\b/g;
const PRONOUN = /^(?:he|she|they|we|I)$/i;
const GENERIC_BODY = /^the council$/i;

const tidy = (s: string) =>
  s
    .replace(/\s+(?:in consultation with|with|and|of|for|in|the|to)\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The person or body a sentence names as the subject of its first clause. */
function firstSubject(s: string): string | null {
  const named = /^(?:\(?[a-z0-9]{1,3}[.)]\s*)?([A-Z][a-z]+\s+(?:Mc|Mac|O')?[A-Z][\w'’-]+)\s+[a-z]/.exec(s);
  if (named) return named[1];
  SUBJECT.lastIndex = 0;
  const m = SUBJECT.exec(s);
  return m && !PRONOUN.test(m[1]) ? tidy(m[1]) : null;
}

/**
 * Who must act: the delegate, the person asked, the body a report is made by, or the subject of
 * the promise — the speaker when minutes report "the Chair advised that he would …" or that "the
 * Council would …". A body the report merely goes to is not the owner.
 */
export function ownerOf(clause: string, triggerIndex: number, previous = ''): string | null {
  // "ACTION: Democratic Services to circulate …": the action line names its owner before "to".
  // "The Chair and Vice Chair meet to …", "The chairman and vice-chairman will decide …": both act.
  const pair = /chair|clerk|mayor|leader/i.test(clause) ? PAIR.exec(clause) : null;
  if (pair) return tidy(pair[1]);
  const label =
    /^(?:ACTIONS?|Actions?|Action point)\s*[:–—-]\s*((?:[A-Z][\w&'’-]*,?\s+|(?:of|and|for|the|&)\s+){1,8}?)to\s+[a-z]/.exec(
      clause,
    );
  if (label) return tidy(label[1].replace(/,\s*$/, ''));
  // Keyword tests before each pattern keep this cheap on long papers.
  const del = /delegat|given to|granted to|uthori/.test(clause) ? DELEGATE.exec(clause) : null;
  if (del) return tidy(del[1]);
  const asked = /asked|requested|instructed/.test(clause) ? ASKED.exec(clause) : null;
  if (asked) return tidy(asked[1]);
  const askedThat = /asked|requested|instructed|directed/.test(clause) ? ASKED_THAT.exec(clause) : null;
  if (askedThat) return tidy(askedThat[1]);
  const resp = clause.includes('responsible') ? RESPONSIBLE.exec(clause) : null;
  if (resp && !/^(?:That|Note|Agree)\s*$/.test(resp[1].trim()))
    return tidy(resp[1].replace(/^(?:That|Note that|Agree that)\s+/, ''));
  const by = clause.includes(' by ') ? BY_BODY.exec(clause) : null;
  if (by) return tidy(by[1]);
  const head = clause.slice(0, triggerIndex + (/^\S*/.exec(clause.slice(triggerIndex))?.[0].length ?? 0));
  let subject: string | null = null;
  SUBJECT.lastIndex = 0;
  for (let m; (m = SUBJECT.exec(head));) subject = m[1];
  const reporter = REPORTER.exec(head);
  if (subject && (PRONOUN.test(subject) || GENERIC_BODY.test(subject.trim()))) {
    if (reporter && !PRONOUN.test(reporter[1]) && tidy(reporter[1]) !== tidy(subject)) return tidy(reporter[1]);
    if (PRONOUN.test(subject)) return firstSubject(previous);
  }
  if (!subject) {
    // Parish minutes name members by initials: "… but PT will make an approach", "JS to investigate".
    let ini: RegExpExecArray | null = null;
    INITIALS_SUBJECT.lastIndex = 0;
    for (let m; (m = INITIALS_SUBJECT.exec(head));) ini = m;
    if (ini) return ini[1];
  }
  return subject ? tidy(subject) : null;
}

const SPEAKER = new RegExp(String.raw`^(${AGENT_NP})\s*[:–—-]\s*$`);

/**
 * The person a lead-in line names ("The Leader of the Council:") when the lines under it are what
 * they did, with no subject of their own ("(b) informed members … and advised he would …").
 */
export function speakerOf(line: string): string | null {
  if (line.length > 100) return null;
  const m = SPEAKER.exec(line.trim());
  return m && !PRONOUN.test(m[1]) ? tidy(m[1]) : null;
}
