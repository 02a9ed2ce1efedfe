// An iCalendar file (RFC 5545) with one all-day VEVENT per follow-up that has a due date, for
// people who live in their calendar. Text is escaped (§3.3.11) and lines folded at 75 octets
// without splitting a UTF-8 character (§3.1). Month-precision dues fall on the month's last day.
import { addDays } from '../text/dates';
import { dueDay } from '../followups/overdue';
import type { FollowUp } from '../types';
import { sourceHref } from './source-link';

/** Escape a TEXT value: backslash, semicolon, comma and newlines. */
export function icsEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold one content line into ≤ 75-octet pieces joined by CRLF + space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = pieces.length ? 74 : 75; // continuation lines start with a space
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const basic = (day: string) => day.replace(/-/g, '');
const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The calendar text. `now` sets DTSTAMP. */
export function toIcs(list: FollowUp[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Scrutineer//Follow-ups//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const f of list) {
    const day = dueDay(f.due);
    if (!day) continue;
    const where = [f.source.committee, f.source.meetingDate, f.source.itemTitle].filter(Boolean).join(' · ');
    const description = [f.text, where && `From: ${where}`, f.owner && `Lead: ${f.owner}`, `Status: ${f.status}`]
      .filter(Boolean)
      .join('\n');
    const href = sourceHref(f);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${f.id}@scrutineer`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basic(day)}`,
      `DTEND;VALUE=DATE:${basic(addDays(day, 1) ?? day)}`,
      `SUMMARY:${icsEscape(`Due: ${f.text.length > 120 ? `${f.text.slice(0, 117)}…` : f.text}`)}`,
      `DESCRIPTION:${icsEscape(description)}`,
      ...(href ? [`URL:${href}`] : []),
      `STATUS:${f.status === 'Dropped' ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
