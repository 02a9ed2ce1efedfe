// Shared test helpers for the overlay components: a rendered container in happy-dom, and items.
import { render, type ComponentChild } from 'preact';
import type { Action, AgendaItem } from '../../../utils/types';

export function mount(node: ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(node, el);
  return el;
}

export function rerender(el: HTMLElement, node: ComponentChild): void {
  render(node, el);
}

export function makeItem(over: Partial<AgendaItem> = {}): AgendaItem {
  return {
    number: '117',
    printedNumber: '117.',
    title: 'Fostering Modernisation Plan',
    agendaItem: null,
    pages: null,
    text: 'The Cabinet considered a report.',
    resolution: null,
    recommendation: null,
    actions: [],
    references: [],
    documents: [],
    routine: false,
    agendaItemId: '1234',
    issueId: null,
    ...over,
  };
}

export function makeAction(over: Partial<Action> = {}): Action {
  return {
    text: 'That an update report be submitted to the Cabinet in April 2018.',
    kind: 'report-back',
    owner: 'the Cabinet',
    due: '2018-04',
    dueBasis: 'month',
    evidence: 'That an update report be submitted to the Cabinet in April 2018.',
    ...over,
  };
}
