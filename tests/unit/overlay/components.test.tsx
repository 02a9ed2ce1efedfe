// The overlay's Preact components rendered in happy-dom: the item card (decision lead and "more",
// key figures, the reading state, routine collapse), the digest, the actions list (owner vs the
// body a report goes to), Track button states, and hostile text rendered as text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ItemCard, type ItemCardProps } from '../../../components/overlay/ItemCard';
import { Digest } from '../../../components/overlay/Digest';
import { ActionList } from '../../../components/overlay/ActionList';
import { KeyFigures, MONEY_CAP } from '../../../components/overlay/KeyFigures';
import { TrackButton, type TrackState } from '../../../components/overlay/TrackButton';
import { RelatedList } from '../../../components/overlay/RelatedList';
import type { FollowUpMatch } from '../../../utils/related/types';
import { findMoney } from '../../../utils/summary/key-figures';
import { makeAction, makeItem, mount, rerender } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

const FOSTERING =
  '1. That the plan for the modernising of the fostering service be approved. 2. That the investment of £363k in 2018/19, £1,238k in 2019/20 and £1,324k on an ongoing basis be approved. 3. That an additional one-off investment of £110k in 2017/18 be approved. 4. That additional funding of £3.2m be approved.';

function cardProps(over: Partial<ItemCardProps> = {}): ItemCardProps {
  return {
    item: makeItem(),
    index: 0,
    analysed: true,
    figures: { money: [], dates: [] },
    summary: [],
    related: [],
    matches: [],
    trackState: () => 'idle',
    onTrack: () => undefined,
    onDevice: 'unavailable',
    onDeviceText: null,
    onRequestOnDevice: () => undefined,
    ...over,
  };
}

describe('ItemCard', () => {
  it('carries the stable hooks and shows the decision lead in full with a "more" toggle', () => {
    const item = makeItem({ resolution: { text: FOSTERING, parts: [] } });
    const el = mount(<ItemCard {...cardProps({ item })} />);
    const card = el.querySelector('[data-scrutineer-item]')!;
    expect(card.getAttribute('data-number')).toBe('117.');
    expect(card.getAttribute('data-title')).toBe('Fostering Modernisation Plan');
    expect(card.getAttribute('data-state')).toBe('complete');
    const res = card.querySelector('[data-scrutineer-resolution]')!;
    expect(res.querySelector('.lead')!.textContent).toBe(
      'Decided 1. That the plan for the modernising of the fostering service be approved.',
    );
    const more = res.querySelector('details.more')!;
    expect(more.querySelector('summary')!.getAttribute('aria-label')).toBe('more: full decision for item 117');
    expect(more.querySelector('.full')!.textContent).toContain('4. That additional funding of £3.2m be approved.');
    expect(res.querySelector('[data-scrutineer-track]')!.getAttribute('aria-label')).toBe(
      'Track decision for item 117',
    );
  });

  it('has no "more" toggle for a short one-part decision', () => {
    const item = makeItem({ resolution: { text: 'RESOLVED that the report be noted.', parts: [] } });
    const el = mount(<ItemCard {...cardProps({ item })} />);
    expect(el.querySelector('[data-scrutineer-resolution] details.more')).toBeNull();
  });

  it('shows the recommendation on agendas when nothing has been decided', () => {
    const item = makeItem({ recommendation: { text: 'That Cabinet approves the plan.' } as never });
    const el = mount(<ItemCard {...cardProps({ item })} />);
    expect(el.querySelector('[data-scrutineer-resolution]')).toBeNull();
    expect(el.querySelector('.recommendation .lead')!.textContent).toBe('Recommended That Cabinet approves the plan.');
  });

  it('before analysis shows number, title, documents and Track, and says it is reading', () => {
    const item = makeItem({
      documents: [{ title: 'Report', href: 'https://example.gov.uk/r.pdf', kind: 'report', size: null } as never],
    });
    const el = mount(<ItemCard {...cardProps({ item, analysed: false })} />);
    const card = el.querySelector('[data-scrutineer-item]')!;
    expect(card.getAttribute('data-state')).toBe('reading');
    expect(card.getAttribute('aria-busy')).toBe('true');
    expect(card.querySelector('.reading')!.textContent).toContain('Reading');
    expect(card.querySelector('.docs a')!.getAttribute('href')).toBe('https://example.gov.uk/r.pdf');
    expect(card.querySelectorAll('[data-scrutineer-track]')).toHaveLength(1);
    // Completing the card in place keeps the same host content and drops the busy state.
    rerender(
      el,
      <ItemCard {...cardProps({ item: { ...item, resolution: { text: 'Agreed.', parts: [] } }, analysed: true })} />,
    );
    expect(card.isConnected).toBe(true);
    expect(card.getAttribute('aria-busy')).toBeNull();
    expect(card.querySelector('[data-scrutineer-resolution]')).not.toBeNull();
  });

  it('collapses routine items to one line (a closed <details>)', () => {
    const item = makeItem({ title: 'Apologies for absence', routine: true, number: '1', printedNumber: '1.' });
    const el = mount(<ItemCard {...cardProps({ item })} />);
    const card = el.querySelector('details.card.routine[data-scrutineer-item]') as HTMLDetailsElement;
    expect(card).not.toBeNull();
    expect(card.open).toBe(false);
    expect(card.querySelector(':scope > summary .oneline')!.textContent).toBe('Apologies for absence');
  });

  it('sends a Track request with the item key', () => {
    const onTrack = vi.fn();
    const el = mount(<ItemCard {...cardProps({ onTrack, index: 3 })} />);
    (el.querySelector('.foot [data-scrutineer-track]') as HTMLButtonElement).click();
    expect(onTrack).toHaveBeenCalledWith({
      index: 3,
      kind: 'item',
      text: 'Fostering Modernisation Plan',
      key: '3:item:0',
    });
  });

  it('renders hostile titles, decisions and actions as text, never markup', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const item = makeItem({
      title: evil,
      number: evil,
      printedNumber: evil,
      resolution: { text: `RESOLVED ${evil}`, parts: [] },
      actions: [makeAction({ text: evil, owner: evil })],
      documents: [{ title: evil, href: 'javascript:alert(1)', kind: 'report', size: null } as never],
    });
    const el = mount(<ItemCard {...cardProps({ item })} />);
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.querySelector('[data-scrutineer-item]')!.getAttribute('data-title')).toBe(evil);
    expect(el.textContent).toContain('<img src=x');
    expect(el.querySelector('a[href^="javascript"]')).toBeNull();
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('KeyFigures', () => {
  it('shows every distinct amount (here £3.2m too) and dates', () => {
    const money = findMoney(FOSTERING);
    expect(money.map((m) => m.text)).toEqual(['£363k', '£1,238k', '£1,324k', '£110k', '£3.2m']);
    const el = mount(<KeyFigures money={money} dates={[{ text: 'April 2018', iso: '2018-04' }]} />);
    expect([...el.querySelectorAll('.chip-money')].map((c) => c.textContent)).toEqual([
      '£363k',
      '£1,238k',
      '£1,324k',
      '£110k',
      '£3.2m',
    ]);
    expect(el.querySelector('.chip-date time')!.getAttribute('datetime')).toBe('2018-04');
    expect(el.querySelector('.chip-more')).toBeNull();
  });

  it('caps the amounts with "+N" and names the rest for screen readers', () => {
    const money = findMoney('£1k £2k £3k £4k £5k £6k £7k £8k');
    const el = mount(<KeyFigures money={money} dates={[]} />);
    expect(el.querySelectorAll('.chip-money')).toHaveLength(MONEY_CAP - 1);
    const more = el.querySelector('.chip-more')!;
    expect(more.textContent).toBe('+3 more: £6k, £7k, £8k');
  });

  it('renders nothing without figures', () => {
    expect(mount(<KeyFigures money={[]} dates={[]} />).innerHTML).toBe('');
  });
});

describe('ActionList', () => {
  it('labels the body a report goes to as "To:", and a named subject as "Owner:"', () => {
    const actions = [
      makeAction(),
      makeAction({
        text: 'The Director would circulate the figures to Members by 30 June 2018.',
        owner: 'The Director',
        due: '2018-06-30',
        dueBasis: 'date',
      }),
      makeAction({ text: 'Officers to review the plan.', owner: null, due: null, dueBasis: 'none' }),
      makeAction({
        text: 'A report would come back in due course.',
        owner: null,
        due: null,
        dueBasis: 'none',
        dueText: 'in due course',
      }),
    ];
    const el = mount(
      <ActionList actions={actions} itemLabel="item 117" trackState={() => 'idle'} onTrack={() => undefined} />,
    );
    const rows = [...el.querySelectorAll('[data-scrutineer-action]')];
    expect(rows.map((r) => r.getAttribute('data-due'))).toEqual(['2018-04', '2018-06-30', '', '']);
    expect(rows[0].querySelector('.who')!.textContent).toBe('To: Cabinet');
    expect(rows[1].querySelector('.who')!.textContent).toBe('Owner: The Director');
    expect(rows[2].querySelector('.who')).toBeNull();
    expect(rows[0].querySelector('.due')!.textContent).toBe('Due Apr 2018');
    expect(rows[2].querySelector('.due')!.textContent).toBe('No date given');
    expect(rows[3].querySelector('.due')!.textContent).toBe('When: in due course');
    expect(el.querySelector('section')!.getAttribute('aria-label')).toBe('Actions for item 117');
  });

  it('tracks the action by its index', () => {
    const onTrack = vi.fn();
    const el = mount(
      <ActionList
        actions={[makeAction(), makeAction({ text: 'Second.' })]}
        itemLabel="item 1"
        trackState={() => 'idle'}
        onTrack={onTrack}
      />,
    );
    (el.querySelectorAll('[data-scrutineer-track]')[1] as HTMLButtonElement).click();
    expect(onTrack).toHaveBeenCalledWith(1);
  });
});

describe('TrackButton', () => {
  const cases: Array<[TrackState, string, string, boolean]> = [
    ['idle', 'Track', 'Track item 4', false],
    ['pending', 'Tracking…', 'Track item 4', true],
    ['done', 'Tracked ✓', 'Tracked: item 4', false],
    ['error', 'Retry track', 'Track item 4', false],
  ];
  it.each(cases)('%s', (state, text, label, disabled) => {
    const onTrack = vi.fn();
    const el = mount(<TrackButton what="item 4" state={state} onTrack={onTrack} />);
    const b = el.querySelector('button')!;
    expect(b.textContent).toBe(text);
    expect(b.getAttribute('aria-label')).toBe(label);
    expect(b.getAttribute('data-state')).toBe(state);
    expect(b.disabled).toBe(disabled);
    expect(b.getAttribute('aria-pressed')).toBe(String(state === 'done'));
    b.click();
    expect(onTrack).toHaveBeenCalledTimes(state === 'idle' || state === 'error' ? 1 : 0);
  });
});

describe('Digest', () => {
  const items = [
    makeItem({ number: '1', title: 'Apologies', routine: true }),
    makeItem({
      number: '2',
      title: 'Budget',
      resolution: { text: 'Agreed £1.5m.', parts: [] },
      actions: [makeAction()],
    }),
  ];
  const data = { decisions: 1, actions: 1, approvedSpend: 1_500_000, items: 2 };

  it('shows counts, £ approved to spend and jump links', () => {
    const onJump = vi.fn();
    const el = mount(
      <Digest
        title="Cabinet"
        data={data}
        items={items}
        cancelled={false}
        open
        onToggle={() => undefined}
        onJump={onJump}
      />,
    );
    const d = el.querySelector('[data-scrutineer-digest]') as HTMLDetailsElement;
    expect(d.open).toBe(true);
    expect(d.getAttribute('data-state')).toBe('complete');
    expect(d.querySelector('.digest-line')!.textContent).toBe('1 decision · 1 action · £1.5m approved to spend');
    const jumps = [...d.querySelectorAll('.jumps button')];
    expect(jumps.map((b) => b.textContent)).toEqual(['1. Apologies', '2. Budget']);
    (jumps[1] as HTMLButtonElement).click();
    expect(onJump).toHaveBeenCalledWith(1);
    expect(d.querySelectorAll('.jumps li')[1].querySelector('.tag')!.textContent).toBe('decided');
  });

  it('says it is reading until the numbers are known, and handles cancelled / empty meetings', () => {
    const reading = mount(
      <Digest
        title="Cabinet"
        data={null}
        items={items}
        cancelled={false}
        open
        onToggle={() => undefined}
        onJump={() => undefined}
      />,
    );
    expect(reading.querySelector('.digest-line')!.textContent).toBe('Reading 2 items…');
    expect(reading.querySelector('[data-scrutineer-digest]')!.getAttribute('data-state')).toBe('reading');
    const cancelled = mount(
      <Digest
        title="Cabinet"
        data={data}
        items={items}
        cancelled
        open={false}
        onToggle={() => undefined}
        onJump={() => undefined}
      />,
    );
    expect(cancelled.querySelector('.digest-line')!.textContent).toBe('This meeting was cancelled.');
    const empty = mount(
      <Digest
        title="Cabinet"
        data={{ ...data, decisions: 0, actions: 0, items: 0 }}
        items={[]}
        cancelled={false}
        open
        onToggle={() => undefined}
        onJump={() => undefined}
      />,
    );
    expect(empty.querySelector('.digest-line')!.textContent).toBe('No items published for this meeting.');
    expect(empty.querySelector('nav')).toBeNull();
  });
});

describe('RelatedList prompts', () => {
  const match = {
    followUp: {
      id: 'fu-1',
      source: { meetingDate: '2023-09-14', committee: 'Cabinet' },
      text: 'Report back in the spring',
    },
    why: 'Same issue',
  } as unknown as FollowUpMatch;

  it('links through the callback it is given and says what happened', async () => {
    const onLink = vi.fn(async () => true);
    const el = mount(<RelatedList related={[]} matches={[match]} onLink={onLink} />);
    (el.querySelector('[data-scrutineer-link-followup] button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector('[data-scrutineer-linked="linked"]')).not.toBeNull());
    expect(onLink).toHaveBeenCalledWith('fu-1', false);
  });

  it('says it could not save when the callback fails, and offers no buttons without one', async () => {
    const el = mount(<RelatedList related={[]} matches={[match]} onLink={async () => false} />);
    (el.querySelector('[data-scrutineer-link-followup] button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.textContent).toContain("Couldn't save."));
    const bare = mount(<RelatedList related={[]} matches={[match]} />);
    expect(bare.querySelector('[data-scrutineer-link-followup]')).toBeNull();
  });
});
