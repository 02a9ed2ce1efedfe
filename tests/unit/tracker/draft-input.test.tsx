// The tracker's text fields keep what the user is typing when the row re-renders underneath them
// (another field's save answering, a reload): a wiped field would lose the edit without a word.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TrackerRow } from '../../../components/tracker/TrackerRow';
import type { FollowUpPatch } from '../../../utils/followups/patch';
import type { FollowUp } from '../../../utils/types';
import { makeFollowUp } from '../storage/helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(f: FollowUp, patches: FollowUpPatch[]) {
  const table = document.createElement('table');
  const body = document.createElement('tbody');
  table.append(body);
  document.body.append(table);
  const draw = async (followUp: FollowUp) =>
    act(async () =>
      render(
        <TrackerRow
          followUp={followUp}
          overdue={false}
          selected={false}
          expanded={false}
          onSelect={() => {}}
          onPatch={(_, p) => patches.push(p)}
          onToggleNotes={() => {}}
        />,
        body,
      ),
    );
  await draw(f);
  return draw;
}

function type(input: HTMLInputElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('tracker row fields', () => {
  it('keeps an uncommitted owner when another save re-renders the row, then commits it', async () => {
    const f = makeFollowUp({ owner: null });
    const patches: FollowUpPatch[] = [];
    const draw = await mount(f, patches);
    const owner = document.querySelector<HTMLInputElement>('input.owner')!;
    type(owner, 'Director of Place');
    // The due date's save answers while the owner field is still being typed in.
    await draw({ ...f, due: '2026-07-15', updatedAt: new Date().toISOString() });
    expect(owner.value).toBe('Director of Place');
    await act(() => {
      owner.dispatchEvent(new Event('change', { bubbles: true }));
      owner.blur();
    });
    expect(patches).toEqual([{ owner: 'Director of Place' }]);
  });

  it('shows a stored change in a field the user is not editing', async () => {
    const f = makeFollowUp({ owner: 'Head of Finance' });
    const draw = await mount(f, []);
    await draw({ ...f, owner: 'Director of Place' });
    expect(document.querySelector<HTMLInputElement>('input.owner')!.value).toBe('Director of Place');
  });

  it('sends nothing when the committed value is the stored one', async () => {
    const f = makeFollowUp({ tags: ['housing'] });
    const patches: FollowUpPatch[] = [];
    await mount(f, patches);
    const tags = document.querySelector<HTMLInputElement>('input.tags')!;
    await act(() => {
      tags.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(patches).toEqual([]);
  });
});
