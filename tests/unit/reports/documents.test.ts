// Which links are read as what: the demo pages through the real parser, and link titles in the
// forms ModernGov sites print them (../shared/MODERNGOV.md §d).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classifyMeetingDocument,
  findPageDocuments,
  isItemReport,
  isPdfLink,
  parseSizeLabel,
} from '../../../utils/moderngov/report-documents';
import { createParsedPage } from '../../../utils/parser';
import { planDocuments, DEFAULT_SIZE_LIMIT, agendaOf } from '../../../utils/reports/controller';
import type { DocumentLink } from '../../../utils/types';

const DIR = 'tests/fixtures/demo-site/extra/reports';
function parse(file: string, mid: string) {
  const doc = new DOMParser().parseFromString(readFileSync(`${DIR}/${file}`, 'utf8'), 'text/html');
  return createParsedPage(doc, new URL(`https://democracy.wendmoor.example/ieListDocuments.aspx?CId=901&MId=${mid}`))!;
}
const link = (
  title: string,
  href = `https://x.example/documents/g1/${title}.pdf?T=1`,
  size: string | null = 'PDF 300 KB',
  kind: DocumentLink['kind'] = 'other',
): DocumentLink => ({ title, href, size, kind });

describe('document links', () => {
  it.each([
    ['PDF 684 KB', 684 * 1024],
    ['pdf icon PDF 1.2 MB', Math.round(1.2 * 1024 * 1024)],
    ['PDF 48 MB', 48 * 1024 * 1024],
    [null, null],
    ['no size', null],
  ])('reads the printed size %s', (label, bytes) => expect(parseSizeLabel(label)).toBe(bytes));

  it.each([
    ['Printed minutes', 'minutes'],
    ['Printed draft minutes', 'minutes'],
    ['Printed decisions', 'minutes'],
    ['Agenda reports pack', 'pack'],
    ['Public reports pack 17th-Oct-2023 10.00 People and Health Overview Committee', 'pack'],
    ['Full Agenda Pack', 'pack'],
    ['Supplement Pack - Direct Award for Covid Testing', null],
    ['Agenda frontsheet', null],
  ])('classifies the meeting document "%s"', (title, as) => expect(classifyMeetingDocument(link(title))).toBe(as));

  it('reads only PDFs', () => {
    expect(isPdfLink(link('Report', 'https://x.example/documents/s1/Report.docx', 'Word 40 KB'))).toBe(false);
    expect(isPdfLink(link('Report', 'https://x.example/mgConvert2PDF.aspx?ID=12', null))).toBe(true);
    expect(isItemReport(link('Appendix A - Map', undefined, undefined, 'appendix'))).toBe(false);
    expect(isItemReport(link('Local Plan Review', undefined, undefined, 'report'))).toBe(true);
    expect(isItemReport(link('Annex 2 Equality impact assessment', undefined, undefined, 'report'))).toBe(false);
  });

  it('finds each item’s report on the demo agenda, not its appendix', () => {
    const found = findPageDocuments(parse('agenda.html', '9001'));
    expect(Object.keys(found.items)).toEqual(['2', '3', '4', '5', '6', '7']);
    expect(found.items[2].map((d) => d.link.title)).toEqual(['Eastgate Leisure Centre Refurbishment']);
    expect(found.pack).toBeNull();
    expect(found.minutes).toBeNull();
  });

  it('plans the pack on request, the large document skipped, and printed minutes only without minutes text', () => {
    const failures = parse('failures.html', '9002');
    const plan = planDocuments(failures, DEFAULT_SIZE_LIMIT);
    expect(plan.find((d) => d.id === 'pack')?.status).toMatchObject({ phase: 'skipped', why: 'pack' });
    expect(plan.find((d) => d.doc.bytes === 48 * 1024 * 1024)?.status).toMatchObject({
      phase: 'skipped',
      why: 'large',
      bytes: 48 * 1024 * 1024,
    });
    expect(agendaOf(failures).map((a) => a.number)).toContain('10');
    const minutes = parse('minutes.html', '9003');
    expect(planDocuments(minutes, DEFAULT_SIZE_LIMIT).map((d) => d.id)).toEqual(['minutes']);
    minutes.meeting.items[1].resolution = { text: 'Agreed.', parts: [] };
    expect(planDocuments(minutes, DEFAULT_SIZE_LIMIT).map((d) => d.id)).toEqual([]);
  });

  it('follows the options: a lower size limit, and automatic reading turned off', () => {
    const agenda = parse('agenda.html', '9001');
    expect(planDocuments(agenda, DEFAULT_SIZE_LIMIT).every((d) => d.status.phase === 'waiting')).toBe(true);
    const manual = planDocuments(agenda, DEFAULT_SIZE_LIMIT, false);
    expect(manual.length).toBeGreaterThan(0);
    expect(manual.every((d) => d.status.phase === 'skipped' && d.status.why === 'manual')).toBe(true);
    const known = planDocuments(agenda, DEFAULT_SIZE_LIMIT).filter((d) => d.doc.bytes !== null);
    expect(known.length).toBeGreaterThan(0);
    const tiny = planDocuments(agenda, 1);
    for (const d of tiny.filter((x) => x.doc.bytes !== null))
      expect(d.status).toMatchObject({ phase: 'skipped', why: 'large' });
  });
});
