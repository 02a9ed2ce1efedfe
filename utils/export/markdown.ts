// A Markdown note for a newsroom or group briefing: what is overdue, what is due soon, what is
// open, and what was closed — each with who, when, and a link back to the council page.
import { groupForPopup, isClosed } from '../followups/overdue';
import type { FollowUp } from '../types';
import { ukDate } from '../text/days';
import { humanDue } from './format';
import { sourceHref } from './source-link';

/** Escape characters Markdown would treat as formatting. */
export function mdEscape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}

function bullet(f: FollowUp): string {
  const s = f.source;
  const from = [s.committee, ukDate(s.meetingDate), [s.itemNumber, s.itemTitle].filter(Boolean).join('. ')].filter(
    Boolean,
  );
  const facts = [
    f.due ? `due ${humanDue(f.due)}` : 'no due date',
    f.owner ? `lead: ${f.owner}` : null,
    `status: ${f.status}`,
  ].filter(Boolean);
  const href = sourceHref(f);
  const lines = [
    `- **${mdEscape(f.text)}**`,
    `  ${mdEscape(from.join(', '))}${href ? ` ([source](<${href}>))` : ''}`,
    `  ${mdEscape(facts.join('; '))}`,
  ];
  const last = f.notes.at(-1);
  if (last) lines.push(`  Latest note (${ukDate(last.at.slice(0, 10))}): ${mdEscape(last.text)}`);
  return lines.join('\n');
}

/** The note, with `today` (YYYY-MM-DD) as the reference day for overdue and due soon. */
export function toMarkdown(list: FollowUp[], today: string, soonDays: number): string {
  const groups = groupForPopup(list, today, soonDays);
  const sections: Array<[string, FollowUp[]]> = [
    ['Overdue', groups.overdue],
    [`Due in the next ${soonDays} days`, groups.dueSoon],
    ['Open', groups.rest.filter((f) => !isClosed(f.status))],
    ['Closed', groups.rest.filter((f) => isClosed(f.status))],
  ];
  const out = [
    `# Council follow-ups — ${ukDate(today)}`,
    '',
    `${list.length} tracked; ${groups.overdue.length} overdue.`,
  ];
  for (const [title, items] of sections) {
    if (!items.length) continue;
    out.push('', `## ${title} (${items.length})`, '', ...items.map(bullet));
  }
  return `${out.join('\n')}\n`;
}
