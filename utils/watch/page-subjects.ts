// Subjects matched against meetings the extension reads anyway, beyond the watch check's own
// lists: a meeting page the user opens, a meeting read by "index this committee", a report read
// into a page. Reach stays where the data already is: nothing is fetched for this, and a council
// is never crawled. Pure.
import { addDays } from '../text/dates';
import type { ParsedPage } from '../types';
import { entriesForMeeting } from './entries';
import { subjectsFor } from './targets';
import type { NewEntry, SubjectWatch, Watch } from './types';

/**
 * How long before a subject was watched a meeting may be and still count as news: agendas are
 * published about a week ahead, minutes within about six weeks of the meeting (as the check's
 * "recent" window).
 */
export const SUBJECT_LOOKBACK_DAYS = 45;

/** Subject watches that apply to this page's meetings and are young enough for its date. */
export function subjectsForPage(watches: Watch[], page: ParsedPage): SubjectWatch[] {
  const date = page.meeting.meetingDate;
  if (page.pageKind !== 'meeting' || !date) return [];
  return subjectsFor(watches, page.host.toLowerCase(), page.ids.cid ?? null).filter(
    (w) => date >= (addDays(w.createdAt.slice(0, 10), -SUBJECT_LOOKBACK_DAYS) ?? w.createdAt),
  );
}

/**
 * Entries for the items of a read meeting that match a watched subject. Entry ids are the ones a
 * watch check would give the same item, so an item found both ways is reported once.
 */
export function subjectEntriesForPage(watches: Watch[], page: ParsedPage, now: Date): NewEntry[] {
  const subjects = subjectsForPage(watches, page);
  if (!subjects.length) return [];
  return entriesForMeeting({
    page,
    newItems: page.meeting.items.map((_, i) => i),
    newMeeting: false,
    committeeWatch: undefined,
    subjects,
    followUps: {},
    now,
  });
}
