import { describe, expect, it } from 'vitest';
import { mdEscape, toMarkdown } from '../../../utils/export/markdown';
import { sourceHref, textFragment } from '../../../utils/export/source-link';
import { makeFollowUp } from '../storage/helpers';

describe('Markdown note', () => {
  it('groups overdue, due soon, open and closed with sources', () => {
    const md = toMarkdown(
      [
        makeFollowUp({
          id: 'o',
          text: 'Report on *repairs*',
          due: '2025-03',
          owner: 'Director of Housing',
          notes: [{ at: '2025-03-02T10:00:00.000Z', text: 'Chased' }],
        }),
        makeFollowUp({ id: 's', text: 'Circulate figures', due: '2025-04-15' }),
        makeFollowUp({ id: 'r', text: 'Review in a year', due: null }),
        makeFollowUp({ id: 'd', text: 'Letter sent', due: null, status: 'Done' }),
      ],
      '2025-04-10',
      14,
    );
    expect(md).toMatch(/^# Council follow-ups — 10\/04\/2025\n/);
    const order = ['## Overdue (1)', '## Due in the next 14 days (1)', '## Open (1)', '## Closed (1)'].map((h) =>
      md.indexOf(h),
    );
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(md).toContain('- **Report on \\*repairs\\***');
    expect(md).toContain('lead: Director of Housing');
    expect(md).toContain('Latest note (02/03/2025): Chased');
    expect(md).toContain('([source](<https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=42#AI901');
  });

  it('escapes Markdown syntax', () => {
    expect(mdEscape('[link](x) _a_ #1')).toBe('\\[link\\]\\(x\\) \\_a\\_ \\#1');
  });
});

describe('source links', () => {
  it('uses the #AI anchor plus a text fragment, or a text fragment alone', () => {
    const f = makeFollowUp({ text: 'short quote' });
    expect(sourceHref(f)).toBe(
      'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=42#AI901:~:text=short%20quote',
    );
    const g = makeFollowUp();
    g.source = {
      ...g.source,
      agendaItemId: null,
      quote: 'one two three four five six seven eight nine ten-eleven, twelve',
    };
    expect(new URL(sourceHref(g)).hash).toBe(
      '#:~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%2Deleven%2C%20twelve',
    );
    expect(textFragment('')).toBe('');
    expect(sourceHref({ source: { ...g.source, url: 'javascript:alert(1)' } })).toBe('');
  });
});
