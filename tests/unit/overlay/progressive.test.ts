// The pieces behind the progressive mount: the idle-chunk runner, the shared-stylesheet hosts,
// the two-step page read (same result as the one-step read), the decision lead and owner labels.
import { afterEach, describe, expect, it } from 'vitest';
import { runInIdle } from '../../../utils/content/idle';
import { createHostFactory, OVERLAY_NAME } from '../../../utils/content/host';
import { decisionLead } from '../../../utils/summary/decision-lead';
import { ownerLabel } from '../../../utils/summary/owner-role';
import { readPage, readPageProgressive } from '../../../utils/parser';
import { analyseBlock } from '../../../utils/extract';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('runInIdle', () => {
  it('runs every task in order, in chunks bounded by the budget', async () => {
    let clock = 0;
    const queue: Array<() => void> = [];
    const scheduler = { setTimeout: (cb: () => void) => (queue.push(cb), queue.length) };
    const ran: number[] = [];
    const chunks: number[][] = [];
    const tasks = Array.from({ length: 7 }, (_, i) => () => {
      ran.push(i);
      clock += 4;
    });
    const run = runInIdle(scheduler, tasks, { budgetMs: 10, now: () => clock });
    while (queue.length) {
      const before = ran.length;
      queue.shift()!();
      chunks.push(ran.slice(before));
    }
    expect(await run.done).toBe(true);
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(chunks).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });

  it('stops when cancelled, and a failing task does not stop the rest', async () => {
    const queue: Array<() => void> = [];
    const scheduler = { setTimeout: (cb: () => void) => (queue.push(cb), queue.length) };
    const ran: number[] = [];
    const run = runInIdle(
      scheduler,
      [
        () => {
          throw new Error('boom');
        },
        () => ran.push(1),
      ],
      { budgetMs: 100 },
    );
    queue.shift()!();
    expect(await run.done).toBe(true);
    expect(ran).toEqual([1]);
    const second = runInIdle(scheduler, [() => ran.push(2)]);
    second.cancel();
    queue.shift()!();
    expect(await second.done).toBe(false);
    expect(ran).toEqual([1]);
  });
});

describe('createHostFactory', () => {
  it('creates <scrutineer-overlay> hosts with open shadow roots sharing one stylesheet', () => {
    document.body.innerHTML = '<table><tr><td id="cell"><p>Item</p></td></tr></table>';
    const cell = document.getElementById('cell')!;
    const hosts = createHostFactory(document, ':host{display:block}.card{color:red}');
    const a = hosts(cell, 'first', 'side');
    const b = hosts(cell.closest('table')!, 'before', 'digest');
    expect(a.host.isConnected).toBe(false);
    a.attach();
    b.attach();
    expect(a.host.tagName.toLowerCase()).toBe(OVERLAY_NAME);
    expect(cell.firstElementChild).toBe(a.host);
    expect(b.host.nextElementSibling?.tagName).toBe('TABLE');
    expect(a.host.shadowRoot).toBe(a.shadow);
    expect(a.host.getAttribute('data-layout')).toBe('side');
    expect(a.container.className).toBe('scrutineer-root');
    const sheetsA = a.shadow.adoptedStyleSheets ?? [];
    if (sheetsA.length) expect(b.shadow.adoptedStyleSheets[0]).toBe(sheetsA[0]);
    else expect(a.shadow.querySelector('style')!.textContent).toContain('.card');
    a.remove();
    expect(a.host.isConnected).toBe(false);
  });
});

describe('readPageProgressive', () => {
  it('gives the DOM read first and, once every pending step ran, the same page as readPage', () => {
    const html = `<div id="modgov"><div class="mgContent">
      <h2 class="mgSubTitleTxt">Cabinet - Wednesday, 14th March, 2018 10.00 am</h2>
      <table class="mgItemTable"><tr><td class="mgItemNumberCell">117.</td><td>
        <p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=1">Fostering Plan</a></p>
        <p class="mgSubItemTitleTxt">Decision:</p><div class="mgWordPara"><p>RESOLVED that the plan costing £3.2m be approved.</p></div>
      </td></tr></table></div></div>`;
    const url = new URL('https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2');
    const parse = () => new DOMParser().parseFromString(html, 'text/html');
    const lazy = readPageProgressive(parse(), url)!;
    const item = lazy.page.meeting.items[0];
    expect(item.title).toBe('Fostering Plan');
    expect(item.resolution).toBeNull();
    expect(lazy.pending).toHaveLength(1);
    lazy.pending.forEach((fill) => fill(analyseBlock));
    expect(JSON.stringify(lazy.page)).toBe(JSON.stringify(readPage(parse(), url)!.page));
    expect(item.resolution?.text).toContain('£3.2m');
  });
});

describe('decisionLead / ownerLabel', () => {
  it('leads with the first part, the rest behind "more"', () => {
    expect(decisionLead('1. That A be approved in full. 2. That B be noted.')).toEqual({
      lead: '1. That A be approved in full.',
      rest: '2. That B be noted.',
      more: true,
    });
    expect(decisionLead('Noted.')).toEqual({ lead: 'Noted.', rest: '', more: false });
    expect(decisionLead('That:\n(a) one;\n(b) two', ['(a) one;', '(b) two'])).toEqual({
      lead: '(a) one;',
      rest: '(b) two',
      more: true,
    });
  });

  it('tells the owner from the body a report goes to', () => {
    expect(ownerLabel('That an update report be submitted to the Cabinet in April 2018.', 'the Cabinet')).toEqual({
      role: 'to',
      name: 'Cabinet',
    });
    expect(ownerLabel('A report would be brought back to the Committee.', 'the Committee')).toEqual({
      role: 'to',
      name: 'Committee',
    });
    expect(ownerLabel('The Director would report back to the Committee in June.', 'The Director')).toEqual({
      role: 'owner',
      name: 'The Director',
    });
    expect(ownerLabel('Cabinet agreed to review it.', 'Cabinet')).toEqual({ role: 'owner', name: 'Cabinet' });
  });
});
