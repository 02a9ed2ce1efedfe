// The report reader: the page texts of one committee report (or one item's stretch of a reports
// pack) → title, purpose, recommendations, key decision, wards, money, author, exempt status,
// appendices. UK report templates differ by council, but they share a vocabulary of labels
// ("Subject:", "Summary:", "Recommendation(s):", "Key Decision: Yes", "Wards affected:",
// "Report author:", "Background papers") printed at the start of a line; the reader cuts the
// report into labelled sections at those labels and at numbered section headings ("2. Background"),
// then reads each field from its section. Pure, linear in the text, and it never throws.
import type { PageText, ReportRecommendation, ReportSummary } from './report-types';
import { toReportLines, type RLine } from './report-lines';
import { findFigures } from './report-money';

export type {
  MoneyRole,
  PageText,
  ReportFigure,
  ReportRecommendation,
  ReportSummary,
  PackSection,
  PackAgendaEntry,
} from './report-types';
export { splitPack, readAgendaRanges } from './report-pack';
export { extractPrintedMinutes, type PrintedMinutes, type PagedAgendaItem } from './report-minutes';

type Field =
  | 'from'
  | 'director'
  | 'to'
  | 'title'
  | 'decision'
  | 'key'
  | 'wards'
  | 'purpose'
  | 'recs'
  | 'reasons'
  | 'author'
  | 'contact'
  | 'finance'
  | 'appendices'
  | 'background'
  | 'classification'
  | 'exempt'
  | 'other';

// Labels that open a section. `colon`: the label only counts when followed by ":" (short everyday
// words such as "To" or "By" start ordinary sentences too).
const LABELS: { field: Field; re: RegExp; colon?: boolean }[] = [
  {
    field: 'from',
    re: /(?:from|by|report of|report by|report from|submitted by|cabinet members?|portfolio holders?|lead members?|executive members?|director)/,
    colon: true,
  },
  {
    field: 'director',
    re: /(?:(?:relevant|lead|responsible|corporate|strategic|executive|accountable) directors?|directors? responsible|head of service|service director)/,
  },
  {
    field: 'to',
    re: /(?:to|meeting|committee|decision maker|decision taker|final decision[- ]maker|date of meeting|meeting date|date|report to|report for)/,
    colon: true,
  },
  {
    field: 'title',
    re: /(?:subject|title|report title|title of report|name of report|report name|subject of report)/,
    colon: true,
  },
  {
    field: 'decision',
    re: /(?:decision (?:no|number|ref|reference)\.?|forward plan (?:no|number|ref|reference)\.?|key decision (?:no|number|ref|reference)\.?|fp (?:no|ref)\.?|reference (?:no|number)\.?|ref(?:erence)?)/,
    colon: true,
  },
  {
    field: 'key',
    re: /(?:is this a key decision\??|key decision\??|is the decision a key decision\??|key or non-key(?: decision)?\??|decision type)/,
  },
  {
    field: 'wards',
    re: /(?:wards?(?: and communities)? affected|ward\(s\)(?: affected)?|wards?|electoral divisions?(?: affected)?|electoral division\(s\)(?: affected)?|divisions? affected|areas? affected|local councillor\(s\)|local councillors)/,
  },
  {
    field: 'purpose',
    re: /(?:summary|executive summary|report summary|summary of (?:the )?report|purpose(?: of (?:the |this )?report)?(?: and (?:summary|background|policy context))?(?:\s*\/\s*(?:executive )?summary)?|purpose and summary|purpose of (?:the |this )?paper|reasons? for (?:the |this )?report|outline and recommendations|why (?:is )?this (?:report|matter)(?: is)? coming to (?:the )?\w+|introduction and purpose|brief summary)/,
  },
  {
    field: 'recs',
    re: /(?:recommendations?|recommended(?: that)?|recommendation\(s\)|recommendation ?s|recommended actions?|recommended decisions?|recommendations? to (?:cabinet|council|committee|the \w+)|proposed decision|decision(?:s)? (?:required|sought|requested)|action required)/,
  },
  {
    field: 'reasons',
    re: /(?:preferred option and reasons? for (?:the )?recommendations?|reasons? for (?:the )?recommendations?|reasons? for (?:the )?recommendation\(s\)|reason\(s\) for (?:the )?recommendations?(?:\(s\))?|reasons? for (?:the )?(?:proposed )?decisions?|reason\(s\) for (?:the )?decision|reasons?)/,
  },
  {
    field: 'author',
    re: /(?:(?:report )?authors?(?:\(s\))?(?: and contact(?: details| officer)?)?|lead officers?(?: and report author)?|senior responsible officer|report prepared by|prepared by|responsible officers?|report writer)/,
  },
  {
    field: 'contact',
    re: /(?:contact officers?|contact officer\(s\)|contact details|contact(?: for enquiries)?|for further information(?: contact)?|background papers? and contact|officer contact)/,
  },
  {
    field: 'finance',
    re: /(?:financial implications|financial and (?:value for money|resource) implications|finance implications|financial considerations|financial comments|resource implications|implications for finance|finance and resources|financial)/,
  },
  {
    field: 'appendices',
    re: /(?:appendices|the following appendices are attached|list of appendices|appendix\(?ces\)?|attached documents|attachments|annexes|enclosures)/,
  },
  {
    field: 'background',
    re: /(?:background papers?|background documents?|list of background papers|background papers used|documents? used|supporting documents?)/,
  },
  {
    field: 'classification',
    re: /(?:classification|status|confidentiality|public or private|open or exempt|open\/exempt|exempt information|is (?:the|this) report (?:exempt|confidential)\??|exempt\??|part (?:1|i|2|ii))/,
    colon: true,
  },
  {
    field: 'other',
    re: /(?:introduction|background|local members?|ward members?|ward councillors?|legal implications|legal|equalit(?:y|ies)(?: implications| impact)?|equalities|risk(?: management)?(?: implications)?|consultation|options(?: considered)?|alternative options(?: considered)?|conclusions?|next steps|implications|data protection|governance|timetable|human resources|policy framework|past pathway(?: of (?:report|paper))?|future pathway(?: of (?:report|paper))?|is the decision eligible for call-in\??|call-in|urgency)/,
  },
];

const LABEL_RE = LABELS.map((l) => ({
  field: l.field,
  re: new RegExp(
    `^(?:\\d{1,2}(?:\\.\\d{1,2})?\\.?\\s*)?(?:${l.re.source})${l.colon ? '\\s*(?::|\\?|$)' : '\\s*(?::|-(?=\\s)|–|—|\\?|$)'}\\s*(.*)$`,
    'i',
  ),
}));

interface Label {
  field: Field;
  rest: string;
}

/** A line that opens a labelled section, with what follows the label on the same line. */
export function labelOf(text: string): Label | null {
  if (text.length > 300) return null;
  for (const { field, re } of LABEL_RE) {
    const m = re.exec(text);
    if (!m) continue;
    // "Title: Tel: Email:" is the header row of a contact table, not the report's title.
    if (field === 'title' && /^(?:tel|e-?mail|phone|job)\b/i.test(m[1])) continue;
    return { field, rest: m[1].trim() };
  }
  return null;
}

const HEADING_WORDS =
  /^(?:introduction|background|recommendations?|conclusions?|implications|summary|appendices|options|consultation|next steps|proposals?|context|issues|financial|legal|risks?)/i;

/**
 * A section heading of the report body: numbered ("2. Background", "4 Financial Implications",
 * "3.0 Options") or in capitals ("BACKGROUND AND OPTIONS"): short, capitalised, not a sentence.
 * A numbered recommendation ("1. Note the update.", "2. Approves the fees and charges") ends with
 * a full stop or reads as a sentence, so it is not taken for one.
 */
export function isNumberedHeading(text: string): boolean {
  if (text.length > 90) return false;
  if (/^[A-Z][A-Z &,'’()/-]{3,60}$/.test(text) && /[A-Z]{3}/.test(text) && text.split(' ').length <= 8) return true;
  const m = /^(\d{1,2})(?:\.0)?\.?\s+([A-Z][^]*)$/.exec(text);
  if (!m) return false;
  const rest = m[2];
  if (/[.;,:]$|\b(?:and|or|to|the|of|that|be|with|for|in|on|by)$/i.test(rest))
    return /^[^a-z]*:$/.test(rest) || HEADING_WORDS.test(rest);
  const words = rest.split(/\s+/);
  if (words.length > 10) return false;
  // Headings read as titles: most words capitalised, or a known section word.
  const caps = words.filter((w) => /^[A-Z0-9(&]/.test(w)).length;
  return caps * 2 >= words.length || HEADING_WORDS.test(rest);
}

interface Section {
  field: Field;
  /** Index of the label line; `rest` is the text on it after the label. */
  at: number;
  rest: string;
  /** First body line and one past the last. */
  start: number;
  end: number;
}

function sectionsOf(lines: RLine[]): Section[] {
  const out: Section[] = [];
  let cur: Section | null = null;
  for (let i = 0; i < lines.length; i++) {
    const label = labelOf(lines[i].text);
    const heading = !label && isNumberedHeading(lines[i].text);
    if (!label && !heading) continue;
    if (cur) cur.end = i;
    cur = {
      field: label ? label.field : 'other',
      at: i,
      rest: label ? label.rest : '',
      start: i + 1,
      end: lines.length,
    };
    out.push(cur);
  }
  return out;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** "1.1 This report…" → "This report…": paragraph numbers are not part of the words. */
const unPara = (s: string) => s.replace(/^(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+|\d{1,2}\.\s+(?=[A-Z]))/, '');

/** A section's text: the rest of its label line and its body lines, up to `maxLines`. */
function sectionText(lines: RLine[], s: Section, maxLines = 40): string {
  const parts: string[] = s.rest ? [s.rest] : [];
  for (let i = s.start; i < Math.min(s.end, s.start + maxLines); i++) parts.push(unPara(lines[i].text));
  return joinLines(parts);
}

/** Lines → one string, mending words hyphenated across a line break ("counter-\nintuitive" stays). */
function joinLines(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (!out) out = p;
    else
      out +=
        (/[a-z]-$/.test(out) &&
        /^[a-z]/.test(p) &&
        !/\b(?:non|co|re|pre|self|well|long|short|cross|multi|post|anti)-$/i.test(out)
          ? ''
          : ' ') + p;
  }
  return collapse(out).replace(/(\w)- (?=[a-z])/g, '$1-');
}

/**
 * The first `count` sentences of `text`, at most `max` characters: what a card shows. A full stop
 * after "Mr", "e.g." or a paragraph number is not a sentence end.
 */
function firstSentences(text: string, max = 600, count = 2): string {
  const end = /[.!?](?=\s+[A-Z0-9“"‘'(])/g;
  let n = 0;
  for (let m = end.exec(text); m && m.index < max; m = end.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index + 1);
    if (/(?:\b(?:Mr|Mrs|Ms|Dr|St|No|para|paras|e\.g|i\.e|etc|approx|Cllr|Prof|vs|cf)|(?:^|\s)\d)\.$/i.test(before))
      continue;
    if (++n === count) return text.slice(0, m.index + 1);
  }
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const stop = cut.search(/[.!?]\s+[^.!?]*$/);
  return stop > 80 ? cut.slice(0, stop + 1) : cut.replace(/\s+\S*$/, '') + '…';
}

// ---------- recommendations ----------

// "Cabinet is asked to:", "The Committee is recommended to", "It is recommended that", "Members are invited to".
const ASKED =
  /^(?:(?:that )?(?:the |members of the )?[A-Z][\w&'’ ,()-]{0,80}?\b(?:is|are)\s+(?:being\s+)?(?:asked|recommended|requested|invited|requested)\s+to\b|it is recommended(?:\s+that|\s+to)?\b|recommended\s*(?:that|[:–-])|resolved to recommend\b|this report (?:makes|sets out) the following recommendations?\b|the following recommendations? (?:is|are) (?:made|put|submitted)\b)/i;
// "1.", "(a)", "A.", "ii)", "2.1", bullets; "1 Approve…" with a bare number before a capital.
const ENUM =
  /^(\(?(?:\d{1,2}(?:\.\d{1,2}){0,2}|[a-z]|[A-Z]|[ivx]{1,5}|[IVX]{1,5})[.)](?=\s|$)|\d{1,2}(?:\.\d{1,2}){0,2}\s(?=[A-Z])|\d{1,2}(?:\.\d{1,2}){1,2}\s(?=[a-z])|[•●▪◦·*–-]|o(?=\s))\s*(.*)$/;
/** A lead-in that introduces a list rather than recommending anything itself. */
const INTRO = /(?::|[–—-]|\b(?:to|that|asked to|recommended to|resolves?))\s*$/i;
/** "See paragraph 7 below": a pointer to the recommendations, not one. */
const POINTER =
  /^(?:see|as set out|as detailed|set out|detailed|contained|listed) (?:in |at |below|above|overleaf)|^(?:see )?(?:paragraph|section) \d/i;

function enumOf(text: string, depth = 0): { number: string | null; text: string } | null {
  // "Recommendation 2: That …"
  const r = /^recommendation\s+(\d{1,2}[a-z]?|[a-z])\s*[:.)–-]\s*(\S.*)$/i.exec(text);
  if (r) return { number: r[1], text: r[2] };
  const m = ENUM.exec(text);
  if (!m || !m[2]) return null;
  const mark = m[1];
  const number = /^[•●▪◦·*–o-]$/.test(mark) ? null : mark.replace(/[.]$/, '').trim();
  // "• 1. Approve …": a bullet before the number.
  if (number === null && depth === 0) {
    const inner = enumOf(m[2], 1);
    if (inner && inner.number !== null) return inner;
  }
  return { number, text: m[2] };
}

function recsFromSection(lines: RLine[], s: Section): ReportRecommendation[] {
  const body: RLine[] = [];
  if (s.rest) body.push({ text: s.rest, page: lines[s.at].page });
  // A recommendations block is short; the cap keeps a runaway section (no next heading) in bounds.
  for (let i = s.start; i < Math.min(s.end, s.start + 80); i++) body.push(lines[i]);
  const items: { number: string | null; parts: string[]; page: number }[] = [];
  let lead: { parts: string[]; page: number } | null = null;
  let numbered = false;
  for (const l of body) {
    const e = enumOf(l.text);
    // A signature under the list ("Paul Lawrence" / "Executive Director of Place") ends it.
    const prev = items.length ? items[items.length - 1].parts : lead?.parts;
    if (
      !e &&
      prev &&
      /[.;]$/.test(prev[prev.length - 1]) &&
      NAME.test(l.text) &&
      !ROLE.test(l.text) &&
      !/^(?:that|the|this|to|and|or)\b/i.test(l.text)
    )
      break;
    // Body text straight after a finished list or a finished "Cabinet is asked to …" sentence, with
    // no heading between (the heading was lost in extraction): the recommendations have ended.
    if (
      !e &&
      prev &&
      /\.$/.test(prev[prev.length - 1]) &&
      /^[A-Z]/.test(l.text) &&
      (numbered ? items.length > 0 : !items.length && lead && ASKED.test(lead.parts[0]))
    )
      break;
    // A bullet under a numbered recommendation is part of it.
    if (e && e.number === null && numbered && items.length) {
      items[items.length - 1].parts.push(e.text);
      continue;
    }
    if (e) {
      if (e.number !== null) numbered = true;
      items.push({ number: e.number, parts: [e.text], page: l.page });
      continue;
    }
    if (items.length) items[items.length - 1].parts.push(l.text);
    else if (lead) lead.parts.push(l.text);
    else lead = { parts: [l.text], page: l.page };
  }
  // "4.1 County Council is asked to:" numbers the paragraph that introduces the list.
  if (!lead && items.length > 1) {
    const introText = joinLines(items[0].parts);
    if (ASKED.test(introText) && /(?::|[–—-]|\b(?:to|that))\s*$/i.test(introText)) lead = items.shift()!;
  }
  const out: ReportRecommendation[] = [];
  const leadText = lead ? joinLines(lead.parts) : '';
  // "Cabinet is asked to:" followed by a list introduces the list; on its own it is the recommendation.
  const leadIsIntro = items.length > 0 && (INTRO.test(leadText) || ASKED.test(leadText) || leadText.length < 120);
  if (lead && leadText && !leadIsIntro) out.push({ number: null, text: leadText, page: lead.page });
  for (const it of items) out.push({ number: it.number, text: joinLines(it.parts), page: it.page });
  return out.filter(
    (r) =>
      r.text.length >= 8 &&
      !(POINTER.test(r.text) && r.text.length < 100) &&
      !/^(?:none|n\/a|not applicable)\.?$/i.test(r.text),
  );
}

const wordSet = (s: string) => new Set((s.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2));

function sameRec(a: ReportRecommendation, b: ReportRecommendation): boolean {
  const A = wordSet(a.text);
  const B = wordSet(b.text);
  if (!A.size || !B.size) return false;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size, B.size) >= 0.8;
}

/** Where the report proper ends: its appendices, background papers or contact block. */
const END_FIELDS: Field[] = ['appendices', 'background', 'contact', 'author'];

function findRecommendations(lines: RLine[], sections: Section[]): ReportRecommendation[] {
  let found: ReportRecommendation[] = [];
  let endOfReport = Infinity;
  for (const s of sections) {
    // Appendices bound with the report (an inspector's report, an earlier committee's paper) have
    // recommendations of their own: once the report's own are found, later ones are not read.
    if (found.length && s.at > endOfReport) break;
    if (s.field === 'recs') found.push(...recsFromSection(lines, s));
    if (found.length && END_FIELDS.includes(s.field) && endOfReport === Infinity) endOfReport = s.at;
  }
  if (!found.length) {
    // No "Recommendations" label: an "X is asked to / It is recommended that" paragraph at a line start.
    for (let i = 0; i < lines.length; i++) {
      if (!ASKED.test(lines[i].text)) continue;
      const end = sections.find((s) => s.at > i)?.at ?? lines.length;
      found = recsFromSection(lines, { field: 'recs', at: i, rest: lines[i].text, start: i + 1, end });
      if (found.length) break;
    }
  }
  // The summary box and the body's "Recommendations" section often print the same list: keep one.
  const out: ReportRecommendation[] = [];
  for (const r of found) {
    const dup = out.findIndex((o) => sameRec(o, r));
    if (dup < 0) out.push(r);
    else if (r.text.length > out[dup].text.length + 20) out[dup] = { ...r, number: out[dup].number ?? r.number };
  }
  return out.slice(0, 40);
}

// ---------- header fields ----------

/** The header block is the first page or so; a "Title:" in a contact table at the end is a job title. */
const HEADER_LINES = 80;

function first(sections: Section[], field: Field, within = Infinity): Section | undefined {
  return sections.find((s) => s.field === field && s.at < within);
}

function readTitle(lines: RLine[], sections: Section[]): string | null {
  const s = first(sections, 'title', HEADER_LINES);
  if (s) {
    const t = shortValue(lines, s, 4);
    if (t.length >= 3) return t.slice(0, 300);
  }
  // No "Subject:"/"Title:" label: the first line of the first page that reads as a title, with
  // the line or two it runs on to.
  for (let i = 0; i < Math.min(lines.length, 25); i++) {
    const t = lines[i].text;
    if (labelOf(t)) {
      if (i > 2) break;
      continue;
    }
    // "People and Health Committee 17 October 2023 Adopting Care Experience…": the title after the meeting.
    const dated = DATE_MID.exec(t);
    const head = dated && dated[1].length > 3 ? dated[2] : t;
    if (!titleLike(head)) continue;
    let title = head;
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      const next = lines[j].text;
      if (
        /[.:;]$/.test(title) ||
        next.length > 100 ||
        labelOf(next) ||
        /[.!?]\s/.test(next) ||
        DATE_END.test(next) ||
        /^\d/.test(next) ||
        enumOf(next)
      )
        break;
      if (
        /^(?:agenda item|report (?:to|of|by|for)\b|page\b|for (?:recommendation|decision|information|review|noting|consultation|approval)\b|(?:public|open|exempt|confidential|not for publication|unrestricted)\b)/i.test(
          next,
        )
      )
        break;
      title += ' ' + next;
    }
    return title.slice(0, 300);
  }
  return null;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_MID = new RegExp(`^(.*?\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4})\\s+([A-Z].{4,})$`, 'i');
/** A line ending in a date ("Cabinet 12 March 2025", "14/01/2025") names a meeting, not a report. */
const DATE_END = new RegExp(
  `(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})$`,
  'i',
);

/** A line that can be (part of) a report's title: not the council, the meeting, a date or a marker. */
function titleLike(t: string): boolean {
  if (t.length < 8 || t.length > 200) return false;
  if (
    /^(?:agenda item|item\b|report (?:to|of|by|for)\b|council\b|cabinet\b|committee\b|meeting\b|date\b|part\s|\d|page\b|for (?:recommendation|decision|information|review|noting|consultation|approval)\b|(?:public|open|exempt|confidential|restricted|not for publication|unrestricted)\b)/i.test(
      t,
    )
  )
    return false;
  if (
    /\b(?:council|borough|district|county|authority|committee|sub-committee|cabinet|board|panel|forum)$/i.test(t) ||
    /\bcyngor\b/i.test(t) ||
    /^[a-z]/.test(t) ||
    /local government act|schedule 12a/i.test(t)
  )
    return false;
  if (DATE_END.test(t)) return false;
  return true;
}

function readPurpose(lines: RLine[], sections: Section[]): string | null {
  for (const s of sections) {
    if (s.field !== 'purpose') continue;
    const t = sectionText(lines, s, 30);
    if (t.length >= 20) return firstSentences(t);
  }
  // No "Summary"/"Purpose" label: the report's own "This report …" / "The purpose of this report …".
  for (let i = 0; i < Math.min(lines.length, 200); i++) {
    const t = unPara(lines[i].text);
    if (!/^(?:this (?:report|paper)\b|the purpose of (?:this|the) (?:report|paper)\b)/i.test(t)) continue;
    const parts = [t];
    for (let j = i + 1; j < Math.min(lines.length, i + 8) && !/[.!?]$/.test(parts[parts.length - 1]); j++) {
      if (labelOf(lines[j].text) || isNumberedHeading(lines[j].text) || enumOf(lines[j].text)) break;
      parts.push(lines[j].text);
    }
    return firstSentences(joinLines(parts), 400);
  }
  return null;
}

function yesNo(t: string): boolean | null {
  if (/^(?:[-–:]\s*)?yes\s*\/\s*no\b/i.test(t)) return null;
  if (/^(?:[-–:]\s*)?(?:yes|key(?: decision)?)\b/i.test(t)) return true;
  if (/^(?:[-–:]\s*)?(?:no|non[- ]?key)\b/i.test(t)) return false;
  return null;
}

function readKeyDecision(lines: RLine[], sections: Section[]): boolean | null {
  for (const s of sections) {
    if (s.field !== 'key') continue;
    const v = yesNo(sectionText(lines, s, 1));
    if (v !== null) return v;
  }
  // "Key decision reference: KD1234" only exists for a key decision.
  for (const s of sections) {
    if (s.field === 'decision' && /^key/i.test(lines[s.at].text) && /\d/.test(sectionText(lines, s, 1).slice(0, 30)))
      return true;
  }
  for (const l of lines.slice(0, 300)) {
    if (/\bthis is not a key decision\b|\bis not a key decision\b|\bnon[- ]key decision\b/i.test(l.text)) return false;
    if (/\bthis is a key decision\b|\bis a key decision\b/i.test(l.text)) return true;
  }
  return null;
}

function readDecisionNumber(lines: RLine[], sections: Section[]): string | null {
  for (const s of sections) {
    if (s.field !== 'decision') continue;
    const m = /^([A-Z]{0,6}[\s/-]?\d[\w/.-]{1,20})/i.exec(sectionText(lines, s, 1));
    if (m) return m[1].trim();
  }
  const key = first(sections, 'key');
  if (key) {
    const m = /\b(\d{2}\/\d{4,6})\b/.exec(sectionText(lines, key, 1));
    if (m) return m[1];
  }
  return null;
}

function readWards(lines: RLine[], sections: Section[]): string | null {
  // "Wards affected" and "Electoral division" before "Local councillor(s)", which may list names.
  const all = sections.filter((x) => x.field === 'wards');
  const s = all.find((x) => !/councillor/i.test(lines[x.at].text)) ?? all[0];
  if (!s) return null;
  const t = shortValue(lines, s, 3);
  return t ? t.slice(0, 300) : null;
}

/**
 * A header field's value: the text after its label, or the line under it, run on over the next
 * lines only while they read as the same short value (a label lost in extraction must not pull
 * the report's body into a ward list or a title).
 */
function shortValue(lines: RLine[], s: Section, maxLines: number): string {
  const parts: string[] = s.rest ? [s.rest] : [];
  for (let i = s.start; i < Math.min(s.end, s.start + maxLines); i++) {
    const t = lines[i].text;
    if (parts.length && (t.length > 100 || /[.!?]\s/.test(t) || /[.!?]$/.test(parts[parts.length - 1]))) break;
    parts.push(t);
  }
  return joinLines(parts);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
const CONTACT_WORDS =
  /\b(?:job title|post title|designation|tel(?:ephone)?(?: no| number)?|phone(?: number)?|mobile(?: number)?|direct (?:dial|line)|ext(?:ension)?|e-?mail(?: address)?|address)\b\.?\s*:?/gi;
const NAME =
  /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Prof(?:essor)?|Sir|Dame)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}$/;
const ROLE =
  /\b(?:director|manager|officer|head|chief|lead|team|service|services|executive|advisor|adviser|analyst|counsel|accountant|member|assistant|strategic|corporate|principal|senior|coordinator|co-ordinator|planner|consultant|specialist|commissioner|secretary|partner|solicitor|engineer|surveyor|group|unit|programme|project|interim|deputy|acting|policy|democratic|education|health|care|children|adults?|public|finance|planning|housing)\b/i;

/** "Name, Role" people from an author/contact block, contact details set apart. */
function readPeople(lines: RLine[], s: Section): { people: string[]; contact: string[] } {
  const people: string[] = [];
  const contact: string[] = [];
  const texts = (s.rest ? [s.rest] : []).concat(lines.slice(s.start, Math.min(s.end, s.start + 10)).map((l) => l.text));
  let roleOpen = false;
  for (let t of texts) {
    const email = EMAIL.exec(t);
    const phone = PHONE.exec(t);
    if (email) contact.push(email[0]);
    if (phone) contact.push(phone[0].trim());
    t = t
      .replace(EMAIL, '')
      .replace(PHONE, '')
      .replace(CONTACT_WORDS, ' ')
      .replace(/^(?:name|officer)\s*:\s*/i, '');
    t = collapse(t.replace(/\(\s*\)|\[\s*\]/g, '')).replace(/^[\s,;:|–-]+|[\s,;:|–-]+$/g, '');
    if (!t || t.length > 160 || !/[A-Za-z]{2}/.test(t)) {
      roleOpen = false;
      continue;
    }
    if (/^(?:name|n\/a|none|job|title|job title|post|role)$/i.test(t)) continue;
    // A telephone number broken over two lines leaves its first digits behind.
    t = t.replace(/\s+\+?\d[\d ]{3,}$/, '');
    // A new person: a name on its own, or "Name, Role" / "Name – Role".
    const lead = t.split(/\s*(?:,|\s[–—-]\s)\s*/)[0];
    const isPerson = NAME.test(lead) && !ROLE.test(lead);
    if (isPerson || !people.length) {
      people.push(t.replace(/\s[–—-]\s/, ', '));
      roleOpen = true;
      continue;
    }
    // A role under the name, possibly over several lines ("Assistant Director Strengthening" /
    // "Independence Service").
    if (roleOpen) {
      const p = people[people.length - 1];
      people[people.length - 1] = p + (/,/.test(p) ? ' ' : ', ') + t;
    }
  }
  return { people, contact };
}

function readAuthor(lines: RLine[], sections: Section[]): { author: string | null; contact: string | null } {
  let author: string | null = null;
  let contacts: string[] = [];
  for (const f of ['author', 'contact', 'from'] as Field[]) {
    for (const s of sections) {
      if (s.field !== f) continue;
      const r = readPeople(lines, s);
      // "From:" names the cabinet member and director presenting the report; only "By:" is an author.
      const byLine = f !== 'from' || /^(?:by|report by|report of|report from|submitted by)\b/i.test(lines[s.at].text);
      if (!author && r.people.length && byLine) {
        author = f === 'from' ? r.people[0] : r.people.join('; ');
        contacts = r.contact.concat(contacts);
      } else if (!contacts.length && f === 'contact') contacts = r.contact;
      // The author's details often follow under "Contact details" or on the next lines.
      if (author && !contacts.length && f !== 'from') contacts = r.contact;
    }
    if (author) break;
  }
  const uniq = [...new Set(contacts)];
  return { author: author ? author.slice(0, 400) : null, contact: uniq.length ? uniq.slice(0, 6).join(', ') : null };
}

function readReasons(lines: RLine[], sections: Section[]): string | null {
  const s = sections.find((x) => x.field === 'reasons' && /recommend|decision|proposal/i.test(lines[x.at].text));
  if (!s) return null;
  const t = sectionText(lines, s, 25);
  return t ? firstSentences(t, 800) : null;
}

const EXEMPT =
  /\b(?:not for publication|exempt (?:information|report|appendix|appendices|item)|schedule 12a|part (?:2|ii) (?:report|item|business|appendix)|confidential (?:report|appendix|information)|private (?:report|appendix)|(?:fully|part|partly|partially) exempt)\b/i;
const OPEN = /^(?:unrestricted|open|public|none|no|not exempt|n\/a|not applicable|part (?:1|i)\b)/i;

function readExempt(lines: RLine[], sections: Section[]): { exempt: boolean; reason: string | null } {
  for (const s of sections) {
    if (s.field !== 'classification') continue;
    const t = sectionText(lines, s, 2);
    if (!t || OPEN.test(t)) continue;
    if (/exempt|confidential|restricted|private|part (?:2|ii)|not for publication|schedule 12a|yes/i.test(t))
      return { exempt: true, reason: firstSentences(t, 300) };
  }
  for (const l of lines.slice(0, 300)) {
    const partTwo = /^part (?:2|ii)\b/i.test(l.text) && l.text.length < 60;
    if (!partTwo && !EXEMPT.test(l.text)) continue;
    // "Classification: Unrestricted" and "Exempt information: none" say the opposite.
    if (/\b(?:unrestricted|none|not exempt|no exempt|nil)\b/i.test(l.text)) continue;
    return { exempt: true, reason: l.text.slice(0, 300) };
  }
  return { exempt: false, reason: null };
}

const APPENDIX_START =
  /^(?:(?:appendix|annex|annexe|enclosure)\s+[A-Z0-9]{1,3}\b|[A-Z0-9]{1,2}\s*[:–—]\s|\(?[a-z0-9]{1,2}\)\s|[•●▪◦·*–-]\s)/i;

function readAppendices(lines: RLine[], sections: Section[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (t: string) => {
    t = collapse(t.replace(/^(?:\(?[a-z0-9]{1,2}\)|[•●▪◦·*–-])\s*/i, '')).replace(/[\s•;,]+$/, '');
    if (t.length < 3 || /^(?:none|n\/a|no appendices|not applicable)\.?$/i.test(t)) return;
    const key = (/^(?:appendix|annex)\s+([\w.]{1,4})/i.exec(t)?.[1] ?? t).toLowerCase();
    if (seen.has(key) || out.length >= 30) return;
    seen.add(key);
    out.push(t.slice(0, 200));
  };
  for (const s of sections) {
    if (s.field !== 'appendices') continue;
    // One entry per "Appendix X" / "A:" / "a)" / bullet line; unmarked lines run on from the entry above.
    const entries: string[] = s.rest ? [s.rest] : [];
    let marked = false;
    for (let i = s.start; i < Math.min(s.end, s.start + 30); i++) {
      const t = lines[i].text;
      if (
        APPENDIX_START.test(t) ||
        !entries.length ||
        (!marked &&
          entries[entries.length - 1].length < 60 &&
          /^[A-Z]/.test(t) &&
          !/[a-z,]$/.test(entries[entries.length - 1]))
      ) {
        marked ||= APPENDIX_START.test(t);
        entries.push(t);
      } else entries[entries.length - 1] += ' ' + t;
    }
    for (const e of entries) add(e);
  }
  if (!out.length) {
    // No "Appendices" heading: the "Appendix A: title" lines of the report's closing list.
    for (let i = 0; i < lines.length; i++) {
      const m = /^(?:Appendix|Annex)\s+([A-Z0-9]{1,3})\s*[:–—-]\s*(.{0,160})$/.exec(lines[i].text);
      if (!m) continue;
      if (m[2].length >= 3) add(lines[i].text);
      else if (lines[i + 1] && !labelOf(lines[i + 1].text) && lines[i + 1].text.length >= 3)
        add(`${lines[i].text} ${lines[i + 1].text}`);
    }
  }
  return out;
}

// Labels that a two-column table row can put in the middle of a line ("Wards: All Key decision: No").
const INNER_LABEL =
  /\s(?=(?:key decision|is this a key decision|wards? affected|ward\(s\)(?: affected)?|wards|electoral divisions?(?: affected)?|report authors?|report author\(s\)|contact officer|lead officer|classification|decision (?:no|number|ref|reference)|forward plan (?:ref|reference)|subject|date of meeting|report of|report to|report by|portfolio holder|cabinet member|status|exempt)\s*[:?])/i;

/** "Wards affected: All Key decision: No" → two lines, one label each. */
function splitInnerLabels(lines: RLine[]): RLine[] {
  const out: RLine[] = [];
  for (const l of lines) {
    let t = l.text;
    // Only label lines are split, and only where the second label is followed by its colon.
    for (let k = 0; k < 6 && labelOf(t); k++) {
      const m = INNER_LABEL.exec(t.slice(1));
      if (!m) break;
      const at = m.index + 1;
      // The first label keeps a value of its own ("Key Decision Reference: …" is one label).
      if (!labelOf(t.slice(0, at).trim())?.rest) break;
      out.push({ text: t.slice(0, at).trim(), page: l.page });
      t = t.slice(at).trim();
    }
    out.push({ text: t, page: l.page });
  }
  return out;
}

function readLines(all: RLine[], pages: number): ReportSummary {
  const lines = splitInnerLabels(all);
  const sections = sectionsOf(lines);
  const { author, contact } = readAuthor(lines, sections);
  const { exempt, reason } = readExempt(lines, sections);
  return {
    title: readTitle(lines, sections),
    purpose: readPurpose(lines, sections),
    recommendations: findRecommendations(lines, sections),
    reasons: readReasons(lines, sections),
    keyDecision: readKeyDecision(lines, sections),
    decisionNumber: readDecisionNumber(lines, sections),
    wards: readWards(lines, sections),
    figures: findFigures(lines),
    author,
    contact,
    exempt,
    exemptReason: reason,
    appendices: readAppendices(lines, sections),
    pages,
  };
}

export function emptySummary(pages: number): ReportSummary {
  return {
    title: null,
    purpose: null,
    recommendations: [],
    reasons: null,
    keyDecision: null,
    decisionNumber: null,
    wards: null,
    figures: [],
    author: null,
    contact: null,
    exempt: false,
    exemptReason: null,
    appendices: [],
    pages,
  };
}

/** One report's pages → what it asks for and why. Never throws; an unreadable report yields nulls. */
export function readReport(pages: PageText[]): ReportSummary {
  const n = Array.isArray(pages) ? pages.length : 0;
  try {
    const lines = toReportLines(Array.isArray(pages) ? pages : []);
    if (!lines.length) return emptySummary(n);
    return readLines(lines, n);
  } catch {
    return emptySummary(n);
  }
}
