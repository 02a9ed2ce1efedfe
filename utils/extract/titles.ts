// How much a piece of text reads like an item title rather than a sentence of minutes. Titles are
// short, start with a capital, carry no finite verb and no closing full stop; minute text is the
// opposite. Used to pick the title among "number + text", "heading line + number + sentence" and
// "number alone + title on the next line".

const VERBS =
  /\b(?:was|were|had|has been|have been|would|will|is|are|(?<!\bto )be|been|did|could|should|said|asked|noted|explained|reported|received|considered|introduced)\b/i;
const OUTCOME_WORD =
  /^(?:resolved|resolution|decision|decided|agreed|noted|none|nil|recommendation|recommended)\b\s*[:.–—-]?\s*(?:that\b)?/i;

export function titleScore(s: string): number {
  const t = s.trim();
  if (t.length < 2 || t.length > 300 || !/[A-Za-z]/.test(t)) return -4;
  let score = 0;
  const first = t[0];
  if (/[A-Z0-9"'‘“(]/.test(first)) score += 1;
  else if (/[a-z]/.test(first)) score -= 2;
  // Parish minutes print their agenda wording with a full stop, some councils a heading with ";"
  // ("1. Election of the Chairman;"): a short verbless line so ended is still a title.
  if (/[.;,]$/.test(t) && !/\b(?:etc|Ltd|No|St|Co)\.$/.test(t))
    score -= t.length <= 70 && /[.;]$/.test(t) && !VERBS.test(t) ? 1 : 2;
  if (/:$/.test(t)) score -= 3;
  if (t.length > 160) score -= 3;
  else if (t.length > 100) score -= 1;
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.8) score += 1;
  if (t.length > 40 && VERBS.test(t)) score -= 2;
  if (/^that\b/i.test(t)) score -= 2;
  return score;
}

/**
 * Set as a heading: capitals or Title Case ("Friends of the Park – Service Agreement"), no closing
 * stop. A sentence or a list point capitalises only its first word and its names.
 */
export function headingCased(s: string): boolean {
  const t = s.trim();
  if (t.length < 3 || t.length > 150 || /[.;:,]$/.test(t) || titleScore(t) < 1) return false;
  const words = t.match(/[A-Za-z][A-Za-z'’]{3,}/g) ?? [];
  if (!words.length) return /^[A-Z]/.test(t);
  const capital = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capital / words.length >= 0.75;
}

/** Share of the letters that are capitals. */
function capsShare(s: string): number {
  const letters = s.replace(/[^A-Za-z]/g, '');
  return letters.length ? letters.replace(/[^A-Z]/g, '').length / letters.length : 0;
}

/**
 * A heading run into its text with a colon, as parish and small-council minutes print them:
 * "APOLOGIES: had been received from …", "MINUTES OF THE MEETING HELD ON 2nd May: These were signed",
 * "COUNTY COUNCIL: COUNCILLOR'S REPORT: The report …", "Footpaths: the Clerk reported …". The heading
 * is in capitals (the surest sign; a second capital segment joins it) or, when short, in Title Case.
 * "RESOLVED: that …" is a decision, never a heading.
 */
export function inlineHeading(s: string): { title: string; body: string; caps: boolean } | null {
  const t = s.slice(0, 400);
  const colons: number[] = [];
  for (let k = t.indexOf(': '); k > 0 && k <= 120 && colons.length < 3; k = t.indexOf(': ', k + 2)) colons.push(k);
  if (!colons.length) return null;
  const head = t.slice(0, colons[0]).trim();
  if (OUTCOME_WORD.test(head) || !/^[A-Z]/.test(head)) return null;
  if (/^[A-Z]{2,}\b/.test(head) && head.replace(/[^A-Za-z]/g, '').length >= 4 && capsShare(head) >= 0.6) {
    let end = colons[0];
    for (const k of colons.slice(1)) {
      const seg = t.slice(end + 2, k);
      if (seg.length > 60 || capsShare(seg) < 0.8) break;
      end = k;
    }
    const body = s.slice(end + 2).trim();
    // "PRESENT: CLLR A, CLLR B": capitals on both sides is a list, not a heading and its text.
    if (!body || capsShare(body.slice(0, 40)) >= 0.8) return null;
    return { title: t.slice(0, end).trim(), body, caps: true };
  }
  if (head.length <= 60 && headingCased(head) && !VERBS.test(head))
    return { title: head, body: s.slice(colons[0] + 2).trim(), caps: false };
  return null;
}

/**
 * A capitals heading run into its text with a dash or with nothing at all, as parish and town council
 * minutes print them: "ELECTION OF CHAIRMAN – Cllr Hale proposed …", "APOLOGIES FOR ABSENCE Cllrs
 * Bell and Hart", "MATTERS ARISING – Nil.". The heading is the run of words with no lower-case letter
 * (at least two words of capitals); the text starts at the first word that has one. A lone capital
 * ending the run ("PLANNING A new application …") opens the text. "RESOLVED – that …" is a decision.
 */
const OUTCOME_HEAD = /^(?:RESOLVED|AGREED|DECIDED|NOTED|NIL|NONE)\b/;

/** The first word has a lower-case letter: no capitals heading opens the line (a cheap test first). */
const lowerFirstWord = (s: string) => /^[^\s]*[a-z]/.test(s.slice(0, 40));

export function capsLead(s: string): { title: string; body: string } | null {
  if (lowerFirstWord(s)) return null;
  const t = s.slice(0, 300);
  const words = t.split(' ');
  let n = 0;
  let len = 0;
  // "MINUTES OF 3RD MAY – RESOLVED that …": the decision word opens the text.
  while (n < words.length && !/[a-z]/.test(words[n]) && !(n && OUTCOME_HEAD.test(words[n])))
    len += words[n++].length + 1;
  if (n >= words.length) return null;
  if (n > 1 && /^[A-Z]$/.test(words[n - 1]) && /^[a-z]/.test(words[n])) len -= words[--n].length + 1;
  // "ELECTION OF CHAIR – PL proposed …": initials after the dash open the text.
  const dash = words.slice(0, n).findIndex((w) => /^[-–—]$/.test(w));
  if (dash > 0 && n - dash - 1 <= 2) len = words.slice(0, dash + 1).join(' ').length + 1;
  const run = t.slice(0, len);
  const head = run.replace(/[\s\-–—:]+$/, '').trim();
  const dashed = /[-–—:]\s*$/.test(run);
  const capsWords = head.match(/\b[A-Z][A-Z'’]+\b/g) ?? [];
  // One word of capitals is a heading only before a dash: "PAYMENTS – the Clerk reported …".
  const enough = capsWords.length >= 2 || (dashed && /^[A-Z]{5,}$/.test(head));
  if (!enough || head.replace(/[^A-Z]/g, '').length < 5 || OUTCOME_WORD.test(head)) return null;
  const body = s.slice(len).trim();
  // "MINUTES OF THE MEETING HELD ON 3RD MAY 2021" wrapped mid-heading: a heading that stops on a
  // joining word, or text that opens in lower case with no dash before it, is no heading and its text.
  if (/\b(?:OF|AND|THE|TO|FOR|ON|IN|WITH|BY)$/.test(head)) return null;
  // With no dash between them, only a long capitals run is surely a heading ("HR AND OD Strategy" is a title).
  if (!dashed && (/^[a-z]/.test(body) || capsWords.length < 3 || head.replace(/[^A-Z]/g, '').length < 10)) return null;
  // "HRA – Budget Setting 2024/25": a short Title Case rest is the title's second half, not text.
  if (body.split(/\s+/).length <= 5 && headingCased(body)) return null;
  if (!/^[A-Z0-9"'‘“(]/.test(head) || !body) return null;
  return { title: head, body };
}

/**
 * A heading printed as one verbless sentence with its full stop, as parish minutes copy their agenda:
 * "The Minutes of the Meeting held on Tuesday 9 May 2023 (previously circulated).". Only trusted
 * when the line stands alone as its own paragraph.
 */
export function verblessSentence(s: string): boolean {
  const t = s.trim();
  return (
    t.length >= 8 &&
    t.length <= 140 &&
    /^[A-Z]/.test(t) &&
    /\.$/.test(t) &&
    !VERBS.test(t) &&
    !/[.;:!?]\s/.test(t) &&
    // "That the Chairman signed …", "Council CONFIRMED the minutes …": a decision, not a heading.
    !/^(?:That|It)\b/.test(t) &&
    !/\b[A-Z]{2,}ED\b/.test(t)
  );
}

/**
 * A short heading that ends in a colon, its text on the lines below, as parish minutes print their
 * agenda wording: "To receive apologies from Members:", "Public participation time:". No verb, no
 * decision word ("RESOLVED:", "The Council agreed:" open a decision's parts).
 */
export function colonHeading(s: string): boolean {
  const t = s.trim();
  if (!/^[A-Z]/.test(t) || !/[^:]:$/.test(t) || t.length > 100 || t.length < 6) return false;
  const head = t.slice(0, -1);
  return (
    !VERBS.test(head) &&
    !/[.;:!?]\s/.test(head) &&
    !OUTCOME_WORD.test(head) &&
    !/\b(?:resolved|agreed|decided|recommend\w*|follows?|following|including|below|namely)\b/i.test(head)
  );
}

/** Small words a Title Case heading leaves in lower case. */
const TITLE_SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * A Title Case heading run straight into the minute's first sentence, as printed Scottish minutes
 * set them: "Minutes of Previous Meeting The minutes of the meeting … were submitted",
 * "Declaration of Interests The following interest was declared". The heading ends where a
 * capitalised "The" / "A" / "An" opens a sentence that has a verb.
 */
export function runOnHeading(s: string): { title: string; body: string } | null {
  const t = s.slice(0, 600);
  // "3. Minutes To approve the minutes of …": a flattened agenda runs the heading into its wording.
  const m = /\s(?:(?:The|An?)\s(?=[A-Za-z])|To\s(?=(?:approve|receive|note|consider|confirm|agree|adopt)\b))/.exec(
    t.slice(0, 320),
  );
  if (!m || m.index < 3) return null;
  const head = t.slice(0, m.index).replace(/[,;]$/, '').trim();
  const body = s.slice(m.index).trim();
  // "A" before a capital is a name ("Route A Improvements"); a sentence's "A" is followed by a word.
  if (/^An?\s[A-Z]/.test(body)) return null;
  const agendaWording = /^To\s/.test(body);
  if ((!agendaWording && !VERBS.test(body.slice(0, 200))) || /[.:;!?]/.test(head.replace(/\d\.\d/g, ''))) return null;
  const words = head.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  // One word is enough before agenda wording ("Minutes To approve …"); before prose it is too little.
  if (words.length < (agendaWording && head.length >= 5 ? 1 : 2)) return null;
  // Parish agendas print their heading as agenda wording: "3. To approve the Minutes of the last
  // meeting The minutes of the meeting … were agreed".
  if (/^To\s+(?:approve|receive|note|consider|confirm|agree|sign|record)\b/.test(head) && head.length <= 120)
    return { title: head, body };
  let lower = 0;
  for (const w of words) if (/^[a-z]/.test(w) && !TITLE_SMALL.has(w.toLowerCase())) lower++;
  // One stray lower-case word in a long heading ("… Fencing around Exercise Area …") is allowed.
  if (lower > words.length / 8) return null;
  if (!/^[A-Z]/.test(words[0]) || TITLE_SMALL.has(words[words.length - 1].toLowerCase())) return null;
  return { title: head, body };
}

/** A decision word in capitals, which ends a capitals heading run into it. */
const CAPS_OUTCOME = /^(?:RESOLVED|AGREED|DECIDED|NOTED|RECOMMENDED)\b/;

/**
 * A capitals heading run straight into its text, as printed agendas and flattened PDF minutes set
 * them: "2. DECLARATIONS OF INTEREST In terms of Section 5 …", "8. WORK OF SCRUTINY COMMITTEES –
 * Report by the Director …". The heading is every word before the first one with a small letter;
 * what follows must open a sentence (a capital then small letters), or be set off by a dash.
 */
export function capsRunOn(s: string): { title: string; body: string; dashed: boolean; outcome: boolean } | null {
  if (lowerFirstWord(s)) return null;
  const words = s.slice(0, 400).split(' ');
  let k = 0;
  while (k < words.length && k < 25 && !/[a-z]/.test(words[k]) && !CAPS_OUTCOME.test(words[k])) k++;
  if (k === 0 || k >= words.length || k >= 25) return null;
  let head = words.slice(0, k);
  let dashed = false;
  while (head.length && /^[-–—:]+$/.test(head[head.length - 1])) {
    head = head.slice(0, -1);
    dashed = true;
  }
  const title = head.join(' ').trim();
  const letters = title.replace(/[^A-Za-z]/g, '');
  // One short capital word is an abbreviation opening a sentence ("CIPFA Code of …"), not a heading.
  if (letters.length < 4 || (head.length === 1 && letters.length < 6)) return null;
  if (OUTCOME_WORD.test(title) || /^\d/.test(title)) return null;
  const body = (words.slice(k).join(' ') + s.slice(Math.min(s.length, 400))).trim();
  // "14. HOUSING STRATEGY RESOLVED – That …", "12. DECLARATIONS OF INTEREST None.": the outcome follows.
  const outcome = CAPS_OUTCOME.test(words[k]) || isOutcomeWord(body);
  if (!dashed && !outcome && !/^[A-Z][a-z]/.test(words[k])) return null;
  if (body.split(' ').length < 2 && !outcome) return null;
  return { title, body, dashed, outcome };
}

/** "Resolved", "Decision:", "None." after a minute number are the minute's body, not its title. */
export function isOutcomeWord(s: string): boolean {
  return OUTCOME_WORD.test(s.trim()) && s.trim().length < 40;
}

/** "Apologies for absence: Cllr X" / "Budget – the Clerk reported …" → the part before the break. */
export function titleFromSentence(s: string): string {
  const t = s.trim().slice(0, 400);
  // Flattened PDF text: "Apologies for Absence Apologies for absence were received …".
  const r = /^(([A-Z][a-z]+)\b[^.:]{2,80}?) \2\b/i.exec(t);
  if (r && titleScore(r[1]) >= 0) return r[1];
  const m = /^(.{3,100}?)(?::\s|\s[-–—]\s|\.\s|\.$)/.exec(t);
  if (m && titleScore(m[1]) >= 0) return m[1].trim();
  const words = t.split(/\s+/).slice(0, 12).join(' ');
  return words.replace(/[.,;:]$/, '');
}

/** Tidy a title: strip "PDF 123 KB", page ranges, "(Agenda Item 4)"; report what was found. */
export function tidyTitle(raw: string): { title: string; agendaItem: string | null; pages: string | null } {
  let t = raw.replace(/\s+/g, ' ').trim();
  let agendaItem: string | null = null;
  let pages: string | null = null;
  t = t.replace(/\s*\(\s*agenda item\s*(?:no\.?\s*)?([\w.]+)\s*\)\s*/i, (_m, n: string) => {
    agendaItem = n;
    return ' ';
  });
  t = t.replace(/\s*\b(?:(?:pdf|doc|docx) icon\s+)?(?:PDF|DOC|DOCX|HTML)\s+\d+(?:\.\d+)?\s*(?:KB|MB)\b/gi, ' ');
  t = t.replace(/\s*\(?\bpages?\s+(\d{1,4})\s*(?:[-–]|to)\s*(\d{1,4})\)?/i, (_m, a: string, b: string) => {
    pages = `${a} - ${b}`;
    return ' ';
  });
  // Printed agenda packs list the papers after the title: "Minutes of … 2 November 2020 - Circulated
  // Full Council - 02 Nov 20.pdf Not included", "Protocol - Report circulated Protocol final.pdf".
  t = t.replace(/\s[-–—]\s+(?:report\s+)?circulated\b.*$/i, '');
  // "BOARD77 - 86": PDF text loses the space before a trailing page range.
  t = t.replace(/([A-Za-z])(\d{1,3} [-–] \d{1,3})$/, '$1 $2');
  // Agenda page ranges, printed "9 - 28" (converters sometimes repeat or misplace them).
  t = t.replace(/(^|\s)(\d{1,3}) [-–] (\d{1,3})(?=\s|$)/g, (m, sp: string, a: string, b: string) => {
    if (+b < +a) return m;
    pages ??= `${a} - ${b}`;
    return sp;
  });
  t = t
    .replace(/\s+/g, ' ')
    .replace(/^[-–—:.\s]+|[-–—:;\s]+$/g, '')
    .trim();
  return { title: t, agendaItem, pages };
}
