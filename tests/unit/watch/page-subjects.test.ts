// Subjects matched against meetings read outside the watch check (a page the user opens, a
// backfilled meeting): only subjects that apply to that council and committee, only meetings
// recent enough to be news for the subject, and with the ids a check would give (reported once).
import { describe, expect, it, vi } from 'vitest';
import { relatedHandlers } from '../../../utils/background/related-handlers';
import { RelatedIndex } from '../../../utils/related/related-index';
import { entriesForMeeting } from '../../../utils/watch/entries';
import { subjectEntriesForPage, subjectsForPage } from '../../../utils/watch/page-subjects';
import type { SubjectWatch, Watch } from '../../../utils/watch/types';
import { freshDbName, makeItem, makePage } from '../related/factory';

const HOST = 'democracy.example.gov.uk';
const NOW = new Date('2026-03-01T09:00:00Z');

function subject(over: Partial<SubjectWatch> = {}): SubjectWatch {
  return {
    id: 'subject|1',
    kind: 'subject',
    words: 'libraries',
    origin: `https://${HOST}`,
    host: HOST,
    base: null,
    cid: null,
    committee: null,
    paused: false,
    createdAt: '2026-02-20T10:00:00Z',
    ...over,
  };
}

const page = (date: string | null, host = HOST, cid = '512') =>
  makePage({
    host,
    mid: '7001',
    cid,
    committee: 'Cabinet',
    date,
    items: [
      makeItem({ title: 'Apologies for absence', routine: true }),
      makeItem({ title: 'Future of Libraries Strategy', agendaItemId: '9001' }),
      makeItem({ title: 'Highways Maintenance Plan', agendaItemId: '9002' }),
    ],
  });

describe('subjects on meetings read outside the check', () => {
  it('matches a council-wide subject on any committee of that council, not on other councils', () => {
    const entries = subjectEntriesForPage([subject()], page('2026-03-10'), NOW);
    expect(entries.map((e) => `${e.reason}: ${e.title}`)).toEqual(['subject: Future of Libraries Strategy']);
    expect(entries[0].href).toContain('#AI9001');
    expect(subjectEntriesForPage([subject()], page('2026-03-10', 'other.gov.uk'), NOW)).toEqual([]);
    // A subject for every council matches there too.
    const anywhere = subject({ origin: null, host: null });
    expect(subjectEntriesForPage([anywhere], page('2026-03-10', 'other.gov.uk'), NOW)).toHaveLength(1);
  });

  it('keeps a subject limited to one committee to that committee', () => {
    const limited = subject({
      cid: '433',
      committee: 'People and Health Overview Committee',
      base: `https://${HOST}/`,
    });
    expect(subjectsForPage([limited], page('2026-03-10'))).toEqual([]);
    expect(subjectsForPage([limited], page('2026-03-10', HOST, '433'))).toHaveLength(1);
  });

  it('leaves out meetings too old to be news for the subject, undated ones and paused subjects', () => {
    expect(subjectEntriesForPage([subject()], page('2025-06-01'), NOW)).toEqual([]);
    expect(subjectEntriesForPage([subject()], page('2026-01-10'), NOW)).toHaveLength(1); // 41 days before
    expect(subjectEntriesForPage([subject()], page(null), NOW)).toEqual([]);
    expect(subjectEntriesForPage([subject({ paused: true })], page('2026-03-10'), NOW)).toEqual([]);
    expect(subjectEntriesForPage([] as Watch[], page('2026-03-10'), NOW)).toEqual([]);
  });

  it('gives the id a watch check gives the same item, so it is reported once', () => {
    const p = page('2026-03-10');
    const viewed = subjectEntriesForPage([subject()], p, NOW);
    const checked = entriesForMeeting({
      page: p,
      newItems: [1],
      newMeeting: true,
      committeeWatch: undefined,
      subjects: [subject()],
      followUps: {},
      now: NOW,
    });
    expect(viewed.map((e) => e.id)).toEqual(checked.map((e) => e.id));
  });

  it('is asked for every meeting page the user opens, once indexed', async () => {
    const onIndexed = vi.fn(async () => undefined);
    const index = new RelatedIndex({ dbName: freshDbName(), snapshotDelayMs: 60_000 });
    const handlers = relatedHandlers({ index, listFollowUps: async () => [], now: () => NOW, onIndexed });
    const p = page('2026-03-10');
    await handlers['related/index-page']({ page: p }, {});
    expect(onIndexed).toHaveBeenCalledWith(p);
  });
});
