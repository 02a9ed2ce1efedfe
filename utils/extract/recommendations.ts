// Step 4b: recommended-but-not-yet-decided text. Reports print it under a "Recommendation(s):"
// heading, or as "It is recommended that …" / "RECOMMENDED that …"; it runs until the "Reason for
// Recommendation" heading or the first numbered report section.
import type { Recommendation } from '../types';
import type { BodyLine } from './resolutions';
import { alt, anyOf } from './rules';

const HEADING = new RegExp(
  `^${alt([
    // "Recommendation(s):", "Officer recommendations", "Recommended decision to Cabinet:"
    /(?:the\s+)?(?:recommendations?|recommendation\(s\)|recommended|officer recommendations?|recommended decisions?)(?:\s+(?:to|for)\s+[\w ]{1,40})?/,
    // "The Council is asked to:-", "Members are invited to:"
    /(?:the\s+)?[\w ]{2,40}?\s+(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to/,
  ])}\\s*:?[-–]?\\s*$`,
  'i',
);
const INLINE = anyOf(
  [
    // "It is recommended that …", "RECOMMENDED: that …"
    /(?:(?:it is|it was|the [\w ]{1,40} (?:is|are))\s+)?(?:recommended|RECOMMENDED)\b\s*(?:[:–—-]\s*)?(?:that\b|to\b)?/,
    /recommendations?\s*:\s*\S/,
    // "Members are asked to note the Committee’s actions list." (the agenda's own proposal)
    /(?:members?|the (?:committee|council|cabinet|board|panel|sub-committee|executive)|[A-Z][\w ]{1,30}) (?:is|are) (?:asked|invited|requested) to\s+\w/,
  ],
  'i',
  true,
);
const STOP =
  /^(?:reasons?\b|reason(?:s)? for|\d{1,2}\.?\s+[A-Z]|executive summary|background|brief summary|report status|summary\b|wards?\b|appendices|key decision|portfolio|report author|contact)/i;
const LISTISH = /^(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\(?\d{1,2}[.)]|[a-z]\.)\s*/i;

/**
 * The proposal put to the meeting inside a paragraph, even one wrapped across lines: "The report
 * is provided for information and the Cabinet Member is | asked to note the contents of the
 * report.", "… The Chair to move: “That the public be excluded …”".
 */
const PROPOSAL_IN_TEXT =
  /\b(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Member|Members|Committee|Council|Cabinet|Board|Panel|Executive|Sub-Committee|Leader|Mayor)\s+(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\s+\w|The\s+(?:Chair(?:man)?|Mayor|Presiding Member)\s+to\s+move\s*:)/;

function proposalInText(body: BodyLine[]): Recommendation | null {
  for (let k = 0; k < body.length; k++) {
    const t = body[k].text;
    // Cheap test: the proposal needs one of these words on this line or the next.
    const next = k + 1 < body.length ? body[k + 1].text : '';
    if (!/asked|invited|requested|recommended|to move/.test(t + next)) continue;
    const joined = next && !/[.:]$/.test(t) ? `${t} ${next}` : t;
    const m = PROPOSAL_IN_TEXT.exec(joined);
    if (!m) continue;
    const rest = joined.slice(m.index);
    // To the end of the sentence, or of a quoted motion.
    const end = /^[^“"]*?[.!?](?:\s|$)|^[^“"]*[“"][^”"]*[”"]/.exec(rest);
    return { text: (end ? end[0] : rest).trim().slice(0, 4000), parts: [] };
  }
  return null;
}

export function findRecommendation(body: BodyLine[]): Recommendation | null {
  return findMarkedRecommendation(body) ?? proposalInText(body);
}

function findMarkedRecommendation(body: BodyLine[]): Recommendation | null {
  for (let k = 0; k < body.length; k++) {
    const t = body[k].text;
    const heading = HEADING.test(t);
    const inline = !heading && INLINE.test(t);
    if (!heading && !inline) continue;
    const collected: string[] = inline ? [t] : [];
    for (let j = k + 1; j < body.length && j <= k + 25; j++) {
      const l = body[j];
      const listish = LISTISH.test(l.text) || l.bullet;
      // "1. Introduction": the report's first numbered section heading ends the recommendation.
      if (collected.length && /^\d{1,2}\.\s+[A-Z][\w ,&'’-]{2,60}$/.test(l.text)) break;
      if (!listish && (STOP.test(l.text) || (l.heading && collected.length))) break;
      if (
        !listish &&
        collected.length &&
        /[.]$/.test(collected[collected.length - 1]) &&
        !/:$/.test(collected[0]) &&
        collected.length > 1
      )
        break;
      collected.push(l.text);
    }
    if (!collected.length) continue;
    const text = collected.join(' ').replace(/\s+/g, ' ').trim().slice(0, 4000);
    return { text, parts: collected.filter((c) => LISTISH.test(c)) };
  }
  return null;
}

/**
 * Minutes of some councils (Welsh scrutiny committees, for one) print the decision itself as
 * "RECOMMENDED – THAT …": the resolution step already took that line as the decision, so it is not
 * also a recommendation awaiting one. True when the recommendation is that same marked line.
 */
export function restatesDecision(recommendation: string, resolution: string): boolean {
  if (!/^\s*RECOMMENDED\b/.test(recommendation)) return false;
  const head = resolution.replace(/\s+/g, ' ').trim().slice(0, 60);
  return head.length > 10 && recommendation.replace(/\s+/g, ' ').includes(head);
}
