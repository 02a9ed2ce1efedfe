// Routine business is printed at every meeting and rarely decides anything; the overlay collapses it.
// One kind of routine title per line; a title is routine when it starts with one of them.
import { anyOf } from './rules';

const ROUTINE = anyOf(
  [
    // "Apologies", "To receive any apologies for absence"
    /(?:to\s+(?:receive|note|consider|confirm|approve|agree)\s+(?:any\s+)?)?apolog/,
    /declarations?\b/,
    /(?:disclosures?|declarations?) of (?:pecuniary\s+)?interests?/,
    // "Minutes", "Confirmation of the minutes", "To sign the minutes"
    /(?:confirmation of |approval of |to (?:confirm|approve|sign) )?(?:the )?minutes\b/,
    /(?:public|members'?|councillor|county councillor) (?:participation|questions?|speaking|forum|statements?|time)/,
    /questions from (?:members|county councillors|councillors|the public)/,
    /urgent (?:items?|business|matters)/,
    /(?:any )?other (?:urgent )?business/,
    /exempt (?:business|items?|information)/,
    /exclusion of (?:the )?(?:press|public)/,
    /(?:items? of )?(?:urgent|exempt)/,
    /matters arising/,
    /chair(?:man|person)?'?s? (?:announcements?|communications|report)/,
    /announcements?/,
    /petitions?/,
    /date (?:and time )?of (?:the )?next meeting/,
    // "Substitutes", "Substitution of members"
    /substitut/,
    /code of conduct/,
    /communications?\b/,
    /welcome/,
    /attendance/,
  ],
  'i',
  true,
);

export function isRoutineTitle(title: string): boolean {
  const t = String(title ?? '')
    .replace(/^[\s\d.()a-z]{0,4}\s+/, '')
    .trim();
  return ROUTINE.test(t);
}
