// "27/09/2017 - Cabinet (Item 117.)", "Meeting: 14/03/2023 - Cabinet (Item 4:)",
// "Wednesday, 27th September, 2017 10.00 am": a pointer to a meeting as issue, item and decision
// pages print it (MODERNGOV.md, "Issue pages").
import { parseDate } from '../text/dates';
import { squash } from './text';

export interface MeetingRef {
  meetingDate: string | null;
  committee: string | null;
  itemNumber: string | null;
}

export function readMeetingRef(text: string): MeetingRef {
  const line = squash(text).replace(/^meeting\s*:\s*/i, '');
  const meetingDate = parseDate(line);
  const item = /\(\s*item\s*([^)]*?)\s*\)\s*$/i.exec(line);
  const rest = (item ? line.slice(0, item.index) : line).trim();
  const dash = /^\S+(?:\s\S+){0,5}?\s[-–—]\s(.+)$/.exec(rest);
  const committee = dash && parseDate(rest.slice(0, rest.length - dash[1].length)) ? dash[1].trim() : null;
  return { meetingDate, committee: committee || null, itemNumber: item ? item[1].replace(/[.:]+$/, '') || null : null };
}
