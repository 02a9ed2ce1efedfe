// Step 4d: pointers to earlier meetings, as data, so related minutes can be linked: "the minutes of
// the meeting held on 6 September 2017", "Min 107", "following the Cabinet meeting held on 19 July
// 2017", "(Item 52)".
import type { Reference } from '../types';
import { parseDate } from '../text/dates';

const DATE_TAIL = String.raw`((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})`;
const MINUTES_OF = new RegExp(String.raw`\bminutes of (?:the |a )?(?:([A-Z][\w&' -]{2,60}?) )?meeting (?:of (?:the )?([A-Z][\w&' -]{2,60}?) )?held on ${DATE_TAIL}`, 'gi');
const MEETING_HELD = new RegExp(String.raw`\b(?:following|at|from|since|by) the ([A-Z][\w&'-]*(?: [A-Z&][\w&'-]*){0,6}) meeting (?:held )?on ${DATE_TAIL}`, 'g');
const MINUTE_NO = /\b(?:Min(?:ute)?s?\.?\s*(?:No\.?\s*)?)(\d{1,4}(?:\/\d{2,4})?[a-z]?)\b/g;

export function findReferences(text: string): Reference[] {
  const out: Reference[] = [];
  const t = text.length > 100_000 ? text.slice(0, 100_000) : text;
  for (const m of t.matchAll(MINUTES_OF)) {
    out.push({ kind: 'minutes-of-meeting', text: m[0], meetingDate: parseDate(m[3]), committee: (m[1] || m[2] || null)?.trim() ?? null, minute: null });
  }
  // The pattern needs " meeting ": skip the scan (slow on common words) when it is absent.
  if (t.includes(' meeting ')) for (const m of t.matchAll(MEETING_HELD)) {
    out.push({ kind: 'meeting', text: m[0], meetingDate: parseDate(m[2]), committee: m[1], minute: null });
  }
  for (const m of t.matchAll(MINUTE_NO)) {
    out.push({ kind: 'minute-number', text: m[0], meetingDate: null, committee: null, minute: m[1] });
    if (out.length > 100) break;
  }
  return out;
}
