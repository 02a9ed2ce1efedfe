// "Possibly delivered" on the follow-up's own row as well as in the New list: one set of entries
// feeds both, so an answer given on the row clears the New list's entry too (and the other way).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupList } from '../../../components/popup/PopupList';
import { TrackerRow } from '../../../components/tracker/TrackerRow';
import { NewSection } from '../../../components/watch/NewSection';
import { useNewEntries } from '../../../components/watch/use-new-entries';
import type { NewEntriesApi } from '../../../utils/watch/entries-api';
import { offersByFollowUp } from '../../../utils/watch/offers';
import type { NewEntry } from '../../../utils/watch/types';
import { makeFollowUp } from '../storage/helpers';

const ITEM = 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=433&MId=5590&Ver=4#AI55954';

function offer(over: Partial<NewEntry> = {}): NewEntry {
  return {
    id: 'followup|f1|democracy.example.gov.uk|ai|55954',
    reason: 'followup',
    href: ITEM,
    title: 'Report back on supported accommodation',
    why: 'Possibly delivered: Ofsted Regulation - Progress Update, 21 November 2023',
    host: 'democracy.example.gov.uk',
    committee: 'People and Health Overview Committee',
    meetingDate: '2023-11-21',
    watchId: null,
    detail: 'Names the same matter',
    followUpId: 'f1',
    followUpText: 'Report back on supported accommodation',
    item: { url: ITEM, title: 'Ofsted Regulation - Progress Update', meetingDate: '2023-11-21' },
    foundAt: '2026-03-01T09:00:00Z',
    seen: false,
    dismissed: false,
    ...over,
  };
}
const subject: NewEntry = { ...offer(), id: 'subject|s|1', reason: 'subject', followUpId: undefined, item: undefined };

afterEach(() => {
  document.body.innerHTML = '';
});

function fakeApi(entries: NewEntry[]) {
  const calls: string[] = [];
  const api: NewEntriesApi = {
    list: async () => entries,
    mark: async (ids, dismiss) => (calls.push(`${dismiss ? 'dismiss' : 'seen'} ${ids?.join(',') ?? 'all'}`), null),
    link: async (e, done) => (calls.push(`link ${e.followUpId} ${done}`), null),
  };
  return { api, calls };
}

/** The popup's two places: the New section and the saved items list, from one model. */
function Popup({ api, onLinked }: { api: NewEntriesApi; onLinked: () => void }) {
  const news = useNewEntries(api, { onError: () => {}, onLinked });
  return (
    <>
      <NewSection heading="New" id="new" empty={null} model={news} />
      <PopupList
        groups={{ overdue: [], dueSoon: [], rest: [makeFollowUp({ id: 'f1' }), makeFollowUp({ id: 'f2' })] }}
        limit={40}
        onStatus={() => {}}
        onMore={() => {}}
        offers={news.offers}
        onLinkOffer={news.link}
        onDismissOffer={(e) => void news.dismiss([e.id])}
      />
    </>
  );
}

async function mountPopup(entries: NewEntry[]) {
  const el = document.createElement('div');
  document.body.append(el);
  const { api, calls } = fakeApi(entries);
  const linked = vi.fn();
  await act(async () => render(<Popup api={api} onLinked={linked} />, el));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return { el, calls, linked };
}

const click = async (el: Element | null) => act(async () => (el as HTMLElement).click());

describe('possibly delivered on the follow-up row', () => {
  it('groups offers by follow-up, leaving out other entries', () => {
    const map = offersByFollowUp([
      offer(),
      subject,
      offer({ id: 'x', followUpId: 'f2' }),
      offer({ id: 'y', dismissed: true }),
    ]);
    expect([...map.keys()]).toEqual(['f1', 'f2']);
    expect(map.get('f1')!.map((e) => e.id)).toEqual([offer().id]);
  });

  it('shows the offer on its own row with the item link, and not on other rows', async () => {
    const { el } = await mountPopup([offer(), subject]);
    const rows = el.querySelectorAll('[data-scrutineer-followup]');
    expect(rows[0].querySelector('[data-scrutineer-offer="f1"] a')!.getAttribute('href')).toBe(ITEM);
    expect(rows[0].textContent).toMatch(/Possibly delivered: Ofsted Regulation - Progress Update, 21 November 2023/);
    expect(rows[1].querySelector('[data-scrutineer-offer]')).toBeNull();
  });

  it('"Link and mark done" on the row links it and clears the New list too', async () => {
    const { el, calls, linked } = await mountPopup([offer(), subject]);
    expect(el.querySelectorAll('[data-scrutineer-new][data-reason="followup"]')).toHaveLength(1);
    await click(el.querySelector('[data-scrutineer-offer="f1"] [data-offer-action="link-done"]'));
    expect(calls).toContain('link f1 true');
    expect(calls).toContain(`dismiss ${offer().id}`);
    expect(linked).toHaveBeenCalledWith('f1');
    expect(el.querySelector('[data-scrutineer-offer]')).toBeNull();
    expect(el.querySelectorAll('[data-scrutineer-new][data-reason="followup"]')).toHaveLength(0);
    expect(el.querySelectorAll('[data-scrutineer-new][data-reason="subject"]')).toHaveLength(1);
  });

  it('"Not this" in the New list clears the row\'s offer too, without linking', async () => {
    const { el, calls } = await mountPopup([offer(), subject]);
    await click(el.querySelector('[data-new-action="not-this"]'));
    expect(calls.some((c) => c.startsWith('link'))).toBe(false);
    expect(el.querySelector('[data-scrutineer-offer]')).toBeNull();
  });

  it("shows the offer in the tracker row's text cell", () => {
    const el = document.createElement('table');
    document.body.append(el);
    const onLink = vi.fn();
    render(
      <tbody>
        <TrackerRow
          followUp={makeFollowUp({ id: 'f1' })}
          overdue={false}
          selected={false}
          expanded={false}
          onSelect={() => {}}
          onPatch={() => {}}
          onToggleNotes={() => {}}
          offers={[offer()]}
          onLinkOffer={onLink}
          onDismissOffer={() => {}}
        />
      </tbody>,
      el,
    );
    const cell = el.querySelector('td.col-text')!;
    expect(cell.querySelector('[data-scrutineer-offer="f1"] a')!.getAttribute('href')).toBe(ITEM);
    (cell.querySelector('[data-offer-action="link"]') as HTMLElement).click();
    expect(onLink).toHaveBeenCalledWith(offer(), false);
  });
});
