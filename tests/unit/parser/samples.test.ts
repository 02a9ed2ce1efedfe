// The DOM readers on the markup samples that back the selectors (tests/unit/moderngov/markup.ts):
// the shapes public scrapers rely on read as meetings and decisions, and a CMIS page or a search
// page is not mistaken for one.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/parser';
import { SAMPLES } from '../moderngov/markup';

const doc = (name: string) =>
  new DOMParser().parseFromString(SAMPLES.find((s) => s.name === name)!.html(), 'text/html');
const MEETING = new URL('https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2');

describe('readers on the markup samples', () => {
  it('reads the classed meeting table: number, title, decision, documents, issue link', () => {
    const page = readPage(doc('meeting-table'), MEETING)!.page;
    expect(page.meeting).toMatchObject({ committee: 'Cabinet', meetingDate: '2026-03-16', venue: 'Town Hall' });
    expect(page.meeting.items).toHaveLength(1);
    const [item] = page.meeting.items;
    expect(item).toMatchObject({ number: '62', title: 'Budget monitoring', agendaItemId: '1551', issueId: '3973' });
    expect(item.resolution?.text).toMatch(/report be noted/);
    expect(item.documents.map((d) => d.title)).toEqual(expect.arrayContaining(['Budget monitoring', 'Appendix A']));
  });

  it('reads the bare template through the fallbacks', () => {
    const page = readPage(doc('meeting-bare'), MEETING)!.page;
    expect(page.meeting.committee).toBe('Planning Committee');
    expect(page.meeting.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Land at Mill Lane'],
    ]);
  });

  it('reads the decision details sample', () => {
    const page = readPage(
      doc('decision-details'),
      new URL('https://democracy.example.gov.uk/ieDecisionDetails.aspx?ID=99'),
    )!.page;
    expect(page.meeting).toMatchObject({ committee: 'Cabinet', meetingDate: '2026-03-16' });
    expect(page.meeting.items[0].resolution?.text).toMatch(/fees be approved/);
  });

  it('does not read a CMIS page as ModernGov', () => {
    expect(readPage(doc('cmis-search'), MEETING)).toBeNull();
  });
});
