// Step 4a: the decision an item records. Councils announce it in a handful of ways — "RESOLVED",
// "Resolved:", "It was resolved that", "Decision:", "AGREED", "Proposed … Seconded … And Resolved",
// a motion "Carried", or "the minutes … were confirmed and signed" — and print its parts as a
// lettered or numbered list under the marker. We take the marker's text plus that list. Procedural
// notes ("apologies were received") and recommendations are not decisions.
import type { Resolution } from '../types';
import { alt, anyOf } from './rules';

export interface BodyLine {
  text: string;
  bullet: boolean;
  heading: boolean;
}

/** Who may stand before the marker: "It was RESOLVED", "The Committee AGREED", "Members RESOLVED". */
const MARKER_SUBJECT = alt([
  /[Ii]t was/,
  /IT WAS/,
  /[Aa]nd/,
  /AND/,
  /[Tt]he (?:[Cc]ommittee|[Cc]ouncil|[Cc]abinet|[Bb]oard|[Pp]anel|[Ss]ub-[Cc]ommittee|[Ee]xecutive|[Mm]eeting)/,
  /[Mm]embers/,
]);
/** The marker words themselves. Case carries meaning: capitals are a heading, "resolved" mid-prose is not. */
const MARKER_WORD = alt([
  /RESOLVED/,
  /Resolved/,
  /resolved/,
  // Typed in a hurry and printed as typed.
  /RESOVLED/,
  /RESLOVED/,
  /Resovled/,
  /RESOLVE/,
  /AGREED/,
  /Agreed/,
  /RECOMMENDED/,
  /DECIDED/,
  /Decided/,
  /DECISIONS?/,
  /Decisions?/,
  /RESOLUTION/,
  /Resolution/,
]);
/**
 * Lower-case "agreed" opens a decision only in the formal passive: "It was agreed:", "It was agreed
 * that …". "The Cabinet agreed that data sharing was useful" is narrative (an opinion), weighed last.
 */
const SUBJECT_AGREED = /(?:[Ii]t was|IT WAS)\s+(?:(?:unanimously|also|further)\s+)?agreed(?=\s*[:–—-]|\s+that\b)/
  .source;
/** Scottish minutes: "The Committee decided:" — the body, lower-case "decided", then the decision. */
const SUBJECT_DECIDED =
  /[Tt]he (?:[Cc]ommittee|[Cc]ouncil|[Cc]abinet|[Bb]oard|[Pp]anel|[Ss]ub-[Cc]ommittee|[Ee]xecutive|[Ff]orum)\s+(?:(?:unanimously|also|further)\s+)?decided(?=\s*[:–—-]|\s+that\b)/
    .source;
/** Field labels that start with a marker word but are page furniture: "Decision maker:", "Decision date:". */
const NOT_A_MARKER = alt([
  /maker/,
  /makers/,
  /date/,
  /status/,
  /details/,
  /published/,
  /taken\s+by/,
  /type/,
  /reference/,
  /ref/,
  /due/,
  /notice/,
  /number/,
  /no/,
  /made/,
  /to be taken/,
]);
/** What may follow the marker: punctuation, or the decision's first word. */
const MARKER_TAIL = alt([
  /[:–—.-]+\s*/,
  /,\s*/,
  /\s+(?=that\b|to\b|unanimously\b|in terms of\b|under\b|as follows\b|[("“'‘]|\d)/,
  /$/,
]);
/** "(unanimously)", "(by 7 votes to 2)", "(nem. con.)" after the marker. */
const VOTE_NOTE = /(?:\s*\((?:unanimously|by \w+ votes?[^)]*|nem\.? con\.?)\))?/.source;

/** A marker that opens a decision at the start of a line. */
const LINE_MARKER = new RegExp(
  `^(?:${SUBJECT_AGREED}|${SUBJECT_DECIDED}|(?:${MARKER_SUBJECT}\\s+)?(?:(?:[Uu]nanimously|[Ff]urther|[Aa]lso)\\s+)?${MARKER_WORD}\\b` +
    `(?:\\s+taken(?=\\s*[:–—-]?\\s*$))?(?!\\s+${NOT_A_MARKER}\\b)${VOTE_NOTE})\\s*${MARKER_TAIL}`,
);

/**
 * Boilerplate some councils print between the marker and the decision ("AGREED RECOMMENDATIONS:
 * Reason for decision – as specified in the report. Other options considered – none …").
 */
const BOILERPLATE_SENTENCE =
  /^(?:agreed recommendations?\s*:?\s*|(?:reasons? for (?:the )?decision|other options considered|alternative options(?: considered)?|conflicts? of interest[^–—-]*)\s*[–—-][^.]*\.\s*)/i;

function stripBoilerplate(s: string): string {
  let t = s;
  for (let k = 0; k < 6; k++) {
    const m = BOILERPLATE_SENTENCE.exec(t);
    if (!m || !m[0]) break;
    t = t.slice(m[0].length);
  }
  return t.trim();
}

/** A bare outcome ("Noted.", "Agreed") that a formal "That …" paragraph spells out below. */
const BARE_OUTCOME = /^(?:noted|agreed|approved|carried)\.?$/i;

/**
 * A decision whose "RESOLVED" heading the page lost: a formal "That … be approved" paragraph, or a
 * lettered list of "… be approved;" clauses. The subjunctive "be <done>" is what decisions say.
 */
const SUBJUNCTIVE =
  /\bbe\s+(?:[a-z]+ed|given|made|taken|sent|held|brought|drawn|written|set|put|kept|sought|undertaken|met|paid)\b/;
const THAT_CLAUSE = /^["“]?That\b/;
/** "(1) that …", "2. That …": one clause of a decision list. */
const LIST_THAT = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*["“]?[Tt]hat\b/;

/** "… and RESOLVED that …", "it was resolved that …" inside a line. */
const INLINE_MARKER = anyOf([
  // A subject or joining word, the marker, then the decision's first word.
  /\b(?:[Ii]t was\s+|and\s+|,\s*|(?:Council|Cabinet|[Cc]ommittee|Members|[Bb]oard|[Pp]anel|[Ee]xecutive)\s+)(?:unanimously\s+)?(?:resolved|RESOLVED|AGREED)\b\s*(?:[:–—-]\s*)?(?=that\b|to\b|for\b|in terms of\b|under (?:section|the)\b|[("“'‘:]|$)/,
  // Capitals are a marker wherever they stand.
  /\bRESOLVED\b\s*[:–—-]?\s*/,
]);
/** "The minutes … were confirmed", "… be approved as a correct record". */
const CORRECT_RECORD = anyOf(
  [
    /\bminutes?\b[^.]{0,160}?\b(?:were|was|be|being)\s+(?:(?:duly|both|all|each|unanimously|submitted\s+and|read\s+and)\s+){0,2}(?:confirmed|approved|agreed|adopted|signed|accepted|taken as read)/,
    /\b(?:were|was|be|being)\s+(?:(?:duly|both|all|each|unanimously)\s+)?(?:confirmed|approved|agreed|adopted|signed|accepted)\b[^.]{0,60}?\b(?:correct|true|accurate)\s+record/,
    // "The Chair was authorised to sign the minutes …": approval by its consequence.
    /\bauthori[sz]ed\s+to\s+sign\s+the\s+minutes\b/,
    /\b(?:chair(?:man|person)?|mayor|convenor|provost)\b[^.]{0,80}\bsigned\s+the\s+minutes\b/,
  ],
  'i',
);
/**
 * "Proposed by Cllr A, seconded by Cllr B and agreed that …" (parish and Irish minutes); "Cllr A
 * proposed the payments be made, all in favour" (a show of hands, no seconder recorded).
 */
const PROPOSED =
  /\b(?:proposed|moved|proposal of)\b[^.]{0,200}?(?:\bseconded\b[^.]{0,200}?\b(?:agreed|approved|adopted|resolved|carried|unanimous(?:ly)?)\b|\ball in favour\b)/i;
/** A motion put in one sentence: "Cllr A proposed and Cllr B seconded that …", "A proposed that …". */
const MOTION_PUT = /\b(?:proposed|moved)\b[^.]{0,200}?(?:\bseconded\b|\bthat\b)/i;
/** The next sentence carries it: "This was unanimously agreed.", "The motion was carried.", "All in favour." */
const MOTION_AGREED =
  /^(?:(?:this|it|the\s+(?:motion|proposal|nomination|vote))\b[^.]{0,80}?\b(?:agreed|approved|carried|accepted|passed|adopted)\b|(?:all|unanimously)\b[^.]{0,30}\b(?:agreed|in favour)\b)/i;
const VOTE_ONLY =
  /^(?:(?:up)?on (?:being )?put to (?:the )?(?:a )?vote|a vote was taken|the (?:motions?|amendments?|recommendations?|proposals?)\b)[^.]{0,80}$/i;
/** "The proposals were put to the vote and carried": the outcome of a vote, not what was decided. */
const VOTE_OUTCOME =
  /^(?:the\s+)?(?:motions?|amendments?|recommendations?|proposals?|propositions?)\s+(?:was|were)\s+(?:then\s+)?put\s+to\s+(?:the\s+|a\s+)?vote\b/i;
/**
 * What a body did, told in the past tense at the head of a line: "The Cabinet noted the quarterly
 * report.", "Members approved the revised terms of reference." Decision notices and some minutes
 * print decisions this way with no "RESOLVED". "noted that …" is discussion, not a decision.
 */
const BODY_DID =
  /^(?:(?:[Mm]inutes|[Dd]ecision)\s*:\s*)?(?:\(?\d{1,2}[.)]\s*)?(?:The\s+)?(?:Cabinet|Committee|Council|Board|Panel|Executive|Sub-Committee|Members|Leader|Cabinet Member|Portfolio Holder)\s+(?:(?:unanimously|formally|also)\s+)?(?:(?:received|considered|discussed)\s+and\s+)?(?:noted|approved|endorsed|authori[sz]ed|adopted|accepted|agreed|ratified)\s+(?!that\b|to\b|with\b|this\b|it\b|how\b|what\b|whether\b)(?:the|a|an|its|their|[A-Z(])/;
/**
 * Minutes that print the decision verb first, the body understood: "Agreed the minutes of the
 * meeting held on …", "Noted the report." Only at the head of a line, capitalised.
 */
const VERB_FIRST = /^(?:Agreed|Approved|Noted|Endorsed|Adopted|Confirmed|Accepted)\s+(?:the|that)\b/;
/**
 * The body, then (in the same sentence) "all agreed to <do>" / "decided to <do>". "It had decided
 * to …" tells what an earlier meeting did.
 */
const NARRATIVE_DECISION =
  /\b(?:Council|Committee|Board|Panel|Members|Councillors|Cabinet|Meeting)\b[^.]{0,160}?\b(?<!\bhad\s(?:\w+\s)?)(?:(?:all|unanimously|then|therefore)\s+)?(?:agreed|decided)\s+to\s+(?!note\b|consider\b|discuss\b|defer\b)[a-z]{3,}/;
const CARRIED = /\b(?:was|were|declared|being)?\s*(?:CARRIED|[Cc]arried)\b(?!\s+(?:out|forward|over|through|on)\b)/;
const MOTION_DONE =
  /^(?:the\s+)?(?:motion|proposal|amendment|notice of motion)\b[^.]{0,160}?\b(?:agreed|carried|adopted|approved|passed)\b/i;
const QUOTED_MOTION = /^["“'‘]?\s*That\b/;
/** The motion told in the minutes' words: "moved by …, seconded by … that …". */
const MOVED_THAT = /\b(?:moved|proposed)\b[^.]{0,200}?\bseconded\b[^.]{0,120}?\bthat\b/i;
const WEAK =
  /\b(?:it was|members|the (?:committee|council|cabinet|board|panel|sub-committee|meeting)|councillors)\s+(?:(?:unanimously|therefore|then|also)\s+)?agreed\s+(?:that|to)\b/i;
/** Headings and fields that end a decision's text. */
const STOP = anyOf(
  [
    /reasons?\b/,
    /reason(?:s)? for/,
    /alternative options/,
    /voting\b/,
    /for\s*:/,
    /against\s*:/,
    /abstentions?\b/,
    /minutes\s*:/,
    /decision\s*:/,
    /report author/,
    /contact officer/,
    /wards? affected/,
    /(?:the )?meeting (?:closed|ended)/,
    /background papers/,
    /\(?note\b/,
    /supporting documents/,
    /additional documents/,
    /declarations? of interest/,
    /notes?\s*:/,
  ],
  'i',
  true,
);
/** A "Decision:" block that only records procedure ("There were no apologies."). */
const PROCEDURAL = anyOf(
  [
    /there (?:were|was) (?:no|none|three|two|\d+)\b/,
    /none\b/,
    /nil\b/,
    /no (?:apologies|declarations|questions|items?|urgent)\b/,
    /not applicable/,
    // A declarations list under "Decision:": "Councillors A Jones & B Smith - Personal".
    /(?:cllrs?|councillors?)\b.{0,160}?\b(?:personal|prejudicial|pecuniary)\b/,
    // "Decision: For information": nothing was decided.
    /for (?:information|noting) only\b/,
    /for information\.?$/,
    // "An apology for absence was received …" recorded under "Decision:".
    /(?:an )?apolog(?:y|ies)\b[^.]{0,40}\b(?:was|were) (?:received|submitted|given|noted)/,
  ],
  'i',
  true,
);
/** Elections and appointments decide too: "It was deemed that Cllr X be elected Cathaoirleach". */
const ELECTED =
  /\b(?:was|were|be|being)\s+(?:duly\s+|unanimously\s+)?(?:elected|appointed|co-opted)\b|\bdeclared\b[^.]{0,60}\belected\b/i;
const LISTISH = /^(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\(?\d{1,2}[.)]|\d{1,2}\.\d{1,2}\b|[a-z]\.)\s*/i;

function splitParts(lines: string[]): string[] {
  return lines.filter((l) => LISTISH.test(l));
}

/** Gather a decision starting at body[k], `first` being the text after the marker. */
function gather(body: BodyLine[], k: number, firstRaw: string): { text: string; parts: string[] } {
  // A table row flattened onto one line: "Decision: For information Minutes: The officer …" —
  // the decision ends where the row's next cell begins.
  const cell = firstRaw.replace(/\s+(?:Minutes|Additional documents)\s*:.*$/, '');
  let first = stripBoilerplate(cell);
  if (cell !== firstRaw) return { text: first, parts: [] };
  // "Decision: AGREED RECOMMENDATIONS: …": a marker inside the marker.
  const inner = LINE_MARKER.exec(first);
  if (inner && inner[0].trim()) first = stripBoilerplate(first.slice(inner[0].length));
  // "Decision: Noted." / "That the Minutes … be confirmed …": the formal wording says more.
  if (BARE_OUTCOME.test(first) && k + 1 < body.length && THAT_CLAUSE.test(body[k + 1].text)) first = '';
  const collected: string[] = first ? [first] : [];
  // A list continues a marker that opens one ("RESOLVED that:", "RESOLVED 1) That …"), not a closed sentence.
  let listMode = LISTISH.test(first);
  for (let j = k + 1; j < body.length && j <= k + 30; j++) {
    const l = body[j];
    const t = l.text;
    if (STOP.test(t) || LINE_MARKER.test(t)) break;
    const listish = LISTISH.test(t) || l.bullet;
    const lastEnd = collected.length ? collected[collected.length - 1] : '';
    // A line ending in a list number ("… as a correct record: 1)") runs on: a table cell wrapped.
    const open =
      !collected.length ||
      /(?:[:–—,-]|\bthat|\band|\bor|;|\s\(?\d{1,2}[.)]|\s\([a-z]\))$/i.test(lastEnd) ||
      !/[.!?)"”’]$/.test(lastEnd);
    if (listish) {
      if (!listMode && !open) break;
      listMode = true;
      collected.push(t);
      continue;
    }
    if (l.heading) break;
    if (listMode && !open) break;
    if (!open) break;
    collected.push(t);
  }
  return { text: collected.join(' ').replace(/\s+/g, ' ').trim(), parts: splitParts(collected) };
}

const ABBREV = /\b(?:Cllrs?|Mr|Mrs|Ms|Dr|No|St|Nos|para|approx|Co|Ltd|[A-Z])\.$/;

/** The sentence holding `index`; "Cllr. Byrne" and "No. 5" do not end a sentence. */
export function sentenceAround(text: string, index: number): string {
  let s = index;
  while (s > 0 && !(/[.!?]\s/.test(text.slice(s - 2, s)) && !ABBREV.test(text.slice(Math.max(0, s - 8), s - 1)))) s--;
  let e = index;
  while (
    e < text.length &&
    !(
      /[.!?]/.test(text[e]) &&
      (e + 1 === text.length || /\s/.test(text[e + 1])) &&
      !ABBREV.test(text.slice(Math.max(0, e - 6), e + 1))
    )
  )
    e++;
  return text.slice(s, Math.min(text.length, e + 1)).trim();
}

/**
 * "It was agreed that the decisions be approved" decides; "It was agreed that data sharing was
 * useful" records an opinion, and "… that information would be shared" a promise (an action).
 * Only the subjunctive ("be approved") or a list after a colon makes lower-case "agreed" a decision.
 */
function decidesAfterAgreed(marker: string, rest: string): boolean {
  if (!/\bagreed\b/.test(marker)) return true;
  if (/:\s*$/.test(marker) || !rest.trim()) return true;
  return /(?<!\b(?:would|could|will|can|may|might|must|not|to)\s)\bbe\s+[a-z]+(?:ed|en)\b/.test(
    sentenceAround(rest, 0),
  );
}

/** A formal "That … be …" paragraph or a lettered list of "… be …" clauses with no marker above it. */
function lostHeadingDecision(body: BodyLine[]): { text: string; parts: string[] } | null {
  for (let k = 0; k < body.length; k++) {
    const t = body[k].text;
    if (THAT_CLAUSE.test(t) && SUBJUNCTIVE.test(t)) {
      // "Motion (which may be amended …): That the public be excluded": put to the meeting, not decided.
      const above = k > 0 ? body[k - 1].text : '';
      if (/\b(?:motion|recommend|propos|asked to|to resolve|to move)/i.test(above)) continue;
      return gather(body, k, t);
    }
    // "(1) that the minutes … are re-submitted …; (2) that …": a numbered list of "that" clauses.
    if (LIST_THAT.test(t) && k + 1 < body.length && LIST_THAT.test(body[k + 1].text)) {
      const above = k > 0 ? body[k - 1].text : '';
      if (/recommend|propos(?:e|al)s?\s*:|asked to|motion\s*:|amendment\s*:/i.test(above) && !VOTE_OUTCOME.test(above))
        continue;
      return gather(body, k, t);
    }
    // "(a) subject to …, the work programme … be approved;": the first clause of a decision list.
    if (LISTISH.test(t) && SUBJUNCTIVE.test(t) && /[;,]\s*(?:and)?$/.test(t)) {
      const above = k > 0 ? body[k - 1].text : '';
      if (/recommend|propos|asked to|motion|amendment/i.test(above)) continue;
      return gather(body, k, t);
    }
  }
  return null;
}

/** A multi-level paragraph number at the head of a line: "2.4.1 ", "3.2. ". */
const PARAGRAPH_NO = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+/;

/** A person reporting, at the head of the text: "Cllr X advised …", "The Director reported …". */
export const REMARK =
  /^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|The\s+(?:[A-Z][\w-]*\s+){0,4}(?:Officer|Director|Manager|Chair|Clerk))\s+(?:advised|said|explained|reported|informed|stated|confirmed|commented)\b/;

/** "None.", "There were no apologies.", "For information": a "Decision:" block that decides nothing. */
export function isProcedural(text: string): boolean {
  return PROCEDURAL.test(text.trim());
}

/**
 * Motions told across sentences and wrapped lines, as parish minutes print them: "Cllr A proposed
 * and Cllr B seconded that Cllr C be elected as Chair. This was unanimously agreed." Each is the
 * motion's sentence with the sentence that carries it.
 */
function motionsCarried(body: BodyLine[]): string[] {
  const joined = body
    .slice(0, 60)
    .map((l) => l.text)
    .join(' ')
    .replace(/\b(Cllrs?|Mrs?|Ms|Dr|No|St)\./g, '$1')
    .slice(0, 20000);
  const out: string[] = [];
  const word = /\b(?:proposed|moved)\b/gi;
  let from = 0;
  for (let m = word.exec(joined); m && out.length < 5; m = word.exec(joined)) {
    if (m.index < from) continue;
    const first = sentenceAround(joined, m.index);
    const at = joined.indexOf(first, Math.max(0, m.index - first.length));
    const end = at + first.length;
    let next = end;
    while (next < joined.length && /\s/.test(joined[next])) next++;
    const second = next < joined.length ? sentenceAround(joined, next) : '';
    if (PROPOSED.test(first)) out.push(first);
    else if (MOTION_PUT.test(first) && MOTION_AGREED.test(second)) out.push(`${first} ${second}`);
    else continue;
    from = end;
    word.lastIndex = Math.max(word.lastIndex, end);
  }
  return out;
}

/** The decision(s) in an item body, or null. */
export function findResolution(body: BodyLine[]): Resolution | null {
  const texts: string[] = [];
  const parts: string[] = [];
  for (let k = 0; k < body.length; k++) {
    // "2.4.1 It was agreed that …": a paragraph number before the marker.
    const t = body[k].text.replace(PARAGRAPH_NO, '');
    const m = LINE_MARKER.exec(t);
    if (m && !decidesAfterAgreed(m[0], t.slice(m[0].length))) continue;
    if (m) {
      const g = gather(body, k, t.slice(m[0].length).trim());
      if (g.text && !PROCEDURAL.test(g.text) && !REMARK.test(g.text)) {
        texts.push(g.text);
        parts.push(...g.parts);
      }
      continue;
    }
    // Cheap pre-check: the marker needs one of these words.
    const im = /resolved|AGREED/i.test(t) ? INLINE_MARKER.exec(t) : null;
    if (im && !/\b(?:not|never)\s+(?:be\s+)?$/i.test(t.slice(Math.max(0, im.index - 12), im.index))) {
      const g = gather(body, k, t.slice(im.index + im[0].length).trim());
      if (g.text) {
        texts.push(g.text);
        parts.push(...g.parts);
      }
    }
  }
  if (!texts.length) {
    const lost = lostHeadingDecision(body);
    if (lost) {
      texts.push(lost.text);
      parts.push(...lost.parts);
    }
  }
  if (!texts.length) {
    for (const l of body) {
      const m = CORRECT_RECORD.exec(l.text);
      if (m && !/(?<!authori[sz]ed )\bto (?:confirm|approve|agree|sign)\b/i.test(l.text))
        texts.push(sentenceAround(l.text, m.index));
    }
  }
  if (!texts.length) {
    for (const l of body) {
      // "Cllr. Byrne": drop abbreviation dots so the sentence holds together.
      const t = l.text.replace(/\b(Cllrs?|Mrs?|Ms|Dr|No|St)\./g, '$1');
      const m = PROPOSED.exec(t);
      if (m) texts.push(sentenceAround(t, m.index + m[0].length - 1));
    }
    // Motions told over two sentences or wrapped lines; several in one item (Chair, then Vice-Chair).
    const norm = (x: string) => x.replace(/[^A-Za-z0-9]+/g, ' ').trim();
    const told = texts.map(norm);
    for (const m of motionsCarried(body)) {
      const key = norm(m);
      if (!told.some((x) => x.includes(key) || key.includes(x))) texts.push(m);
    }
  }
  if (!texts.length) {
    for (let k = 0; k < body.length; k++) {
      const t = body[k].text;
      const m = CARRIED.exec(t);
      if (!m || /\b(?:lost|fell|defeated|not carried|withdrawn)\b/i.test(t)) continue;
      // The motion is the sentence (or line) before "Carried", or the text before it on the line.
      const before = t.slice(0, m.index).trim();
      // "On being put to the vote the motion was CARRIED": the motion is the line before.
      let motion =
        before.length > 20 && !VOTE_ONLY.test(before.replace(/\s*(?:was|were|declared|being)\s*$/i, ''))
          ? before
          : k > 0
            ? body[k - 1].text
            : '';
      // "Councillors considered … Proposed Cllr G, seconded Cllr B, that …": the motion starts at "Proposed".
      const p = /\b(?:proposed|moved)\b/i.exec(motion);
      if (p && p.index > 0) motion = sentenceAround(motion.replace(/\b(Cllrs?|Mrs?|Ms|Dr|No|St)\./g, '$1'), p.index);
      if (VOTE_OUTCOME.test(motion)) continue;
      if (motion && /\b(?:propos|mov|second|motion|that\b|resolv|recommend)/i.test(motion))
        texts.push(motion.replace(/[\s,;:-]+$/, ''));
    }
  }
  if (!texts.length) {
    // "The motion was seconded by Councillor W and agreed.": the motion is the quoted "That …" above.
    for (let k = 0; k < body.length; k++) {
      const t = body[k].text;
      if (!MOTION_DONE.test(t) || /\b(?:lost|fell|defeated|not (?:carried|agreed)|withdrawn)\b/i.test(t)) continue;
      for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
        if (QUOTED_MOTION.test(body[j].text)) {
          texts.push(body[j].text.replace(/^["“'‘]\s*|\s*["”'’]$/g, ''));
          break;
        }
        // "It was moved by Cllr A and seconded by Cllr B that items 16 and 23 be taken first.".
        const moved = MOVED_THAT.exec(body[j].text);
        if (moved) {
          texts.push(sentenceAround(body[j].text, moved.index + moved[0].length - 1));
          break;
        }
      }
    }
  }
  if (!texts.length) {
    for (const l of body) {
      const m = WEAK.exec(l.text);
      // "Members agreed that the signage was an improvement": an opinion, not a decision.
      if (m && (/\bto$/.test(m[0]) || SUBJUNCTIVE.test(sentenceAround(l.text, m.index))))
        texts.push(sentenceAround(l.text, m.index));
    }
  }
  if (!texts.length) {
    for (const l of body) {
      // A table cell may keep its label: "Minutes: Members noted the …".
      if (BODY_DID.test(l.text)) texts.push(sentenceAround(l.text.replace(/^(?:minutes|decision)\s*:\s*/i, ''), 0));
    }
  }
  if (!texts.length) {
    for (const l of body) if (VERB_FIRST.test(l.text)) texts.push(sentenceAround(l.text, 0));
  }
  if (!texts.length) {
    // Parish minutes tell the decision in the story: "The Parish Council discussed the quotations
    // and all agreed to award the work to …", "after a debate decided to increase the precept …".
    for (const l of body) {
      const m = NARRATIVE_DECISION.exec(l.text);
      if (m) texts.push(sentenceAround(l.text, m.index + m[0].length - 1));
    }
  }
  if (!texts.length) {
    for (const l of body) {
      const t = l.text.replace(/\b(Cllrs?|Mrs?|Ms|Dr|No|St)\./g, '$1');
      const m = ELECTED.exec(t);
      // "Former Councillor X was elected in 1970 to serve …": a life told in a tribute, not an election.
      if (
        m &&
        !/\b(?:proposed|nominat|seconded|former|first|originally|previously|late)\b|\bin\s+(?:19|20)\d\d\b/i.test(
          sentenceAround(t, m.index),
        )
      ) {
        texts.push(sentenceAround(t, m.index));
        break;
      }
    }
  }
  if (!texts.length) return null;
  // A table cell keeps its label: "Minutes: That the minutes … be approved".
  const text = texts
    .join(' ')
    .replace(/^(?:minutes|decision)\s*:\s*/i, '')
    .slice(0, 6000);
  return { text, parts: parts.slice(0, 40) };
}
