// The decision's lead for the card: the first resolution part in full (the card clamps it to about
// two lines), and what follows it, shown behind a "more" toggle. Pure text in, text out.

/** Where a second numbered / lettered part starts inside one line ("… approved. 2. That …"). */
const SECOND_PART = /\s(?:2[.)]|\(2\)|\(b\)|b\)|\(ii\)|ii\))\s+(?=["“‘(]?[A-Z])/;

export interface DecisionLead {
  lead: string;
  /** The rest of the decision after the lead ('' when the lead is all of it). */
  rest: string;
  /** Whether a "more" toggle is worth showing (there is a rest, or the lead may be clamped). */
  more: boolean;
}

export const CLAMP_CHARS = 110;

export function decisionLead(text: string, parts: string[] = []): DecisionLead {
  const full = text.trim();
  let lead = parts[0]?.trim() || full.split('\n')[0].trim();
  const inline = SECOND_PART.exec(lead);
  if (inline && inline.index > 20) lead = lead.slice(0, inline.index).trim();
  const at = full.indexOf(lead);
  const rest =
    parts.length > 1 && lead === parts[0].trim()
      ? parts.slice(1).join('\n').trim()
      : at >= 0
        ? `${full.slice(0, at)}${full.slice(at + lead.length)}`.trim()
        : full;
  return { lead, rest, more: rest.length > 0 || lead.length > CLAMP_CHARS };
}
