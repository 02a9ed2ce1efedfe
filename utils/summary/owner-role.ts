// Who an action's `owner` is. The extraction engine reports one name per action: either the
// subject who will act ("the Director will…") or, failing that, the body a report goes to
// ("…be submitted to the Cabinet"). The card must not call the second the owner, so we look at
// how the name sits in the action's own wording. Pure text in, label out.
export type OwnerRole = 'owner' | 'to';

/** Verbs after which "to <name>" names where a report goes, not who acts ("submitted to the Cabinet"). */
const TO_VERBS = [
  'submitted',
  'presented',
  'reported(?:\\s+back)?',
  'brought(?:\\s+back)?',
  'recommended',
  'referred',
  'provided',
  'circulated',
  'passed',
  'sent',
  'returned',
  'come\\s+back',
  'go',
  'be\\s+taken',
];
/** The words just before the name, when they make it a recipient. */
const TO_PHRASES = new RegExp(
  `\\b(?:${TO_VERBS.join('|')})\\s+to\\s+$|\\b(?:considered\\s+by|shared\\s+with)\\s+$`,
  'i',
);

/** "To" when the name appears in `text` only as the recipient ("submitted to the Cabinet"), else "Owner". */
export function ownerLabel(text: string, owner: string): { role: OwnerRole; name: string } {
  const name = owner.replace(/^the\s+/i, '');
  let role: OwnerRole = 'owner';
  for (const m of text.matchAll(new RegExp(`(?:\\bthe\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'))) {
    if (!TO_PHRASES.test(text.slice(Math.max(0, m.index - 40), m.index))) return { role: 'owner', name: owner };
    role = 'to';
  }
  return role === 'to' ? { role, name } : { role, name: owner };
}
