// Shared test data and a fresh fake IndexedDB per test.
import { IDBFactory } from 'fake-indexeddb';
import { closeDB } from '../../../utils/storage/connection';
import type { FollowUp, NewFollowUp } from '../../../utils/types';

/** Give each test an empty IndexedDB and drop the cached connection. */
export async function freshDatabase(): Promise<void> {
  await closeDB();
  globalThis.indexedDB = new IDBFactory();
}

let n = 0;

export function newFollowUp(overrides: Partial<NewFollowUp> & { text?: string } = {}): NewFollowUp {
  n += 1;
  const text = overrides.text ?? `Officers agreed to report back on item ${n}`;
  return {
    source: {
      url: 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=42',
      host: 'democracy.example.gov.uk',
      pageKey: 'democracy.example.gov.uk|meeting|42',
      pageKind: 'meeting',
      committee: 'Scrutiny Committee',
      meetingDate: '2025-01-14',
      itemNumber: '5',
      itemTitle: 'Budget monitoring',
      agendaItemId: '901',
      quote: text,
      position: 3,
    },
    kind: 'action',
    text,
    due: '2025-03-31',
    owner: 'Chief Finance Officer',
    ...overrides,
  };
}

export function makeFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  n += 1;
  const base = newFollowUp(overrides.text === undefined ? {} : { text: overrides.text });
  return {
    id: `fu-${n}`,
    ...base,
    status: 'Open',
    notes: [],
    tags: [],
    createdAt: '2025-01-15T09:00:00.000Z',
    updatedAt: '2025-01-15T09:00:00.000Z',
    ...overrides,
  };
}
