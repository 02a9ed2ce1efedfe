// The "New" list as a page section: what the page's entries model holds (use-new-entries.ts),
// with dismiss / link / link-and-mark-done. Used by the popup and the tracker page ("What's
// new"); the same model feeds the "possibly delivered" offers on the follow-up rows, so an answer
// given in either place clears both.
import type { NewEntriesModel } from './use-new-entries';
import { NewList } from './NewList';

export interface NewSectionProps {
  heading: string;
  id: string;
  /** Shown when nothing is new (null: hide the section). */
  empty: string | null;
  model: NewEntriesModel;
}

export function NewSection({ heading, id, empty, model }: NewSectionProps) {
  const { entries } = model;
  if (!entries || (!entries.length && empty === null)) return null;
  return (
    <section class="new-section" id={id} aria-labelledby={`${id}-h`} data-scrutineer-new-section="">
      <div class="new-head">
        <h2 id={`${id}-h`}>{heading}</h2>
        {entries.length > 1 && (
          <button type="button" class="link" onClick={() => model.dismiss()}>
            Clear all
          </button>
        )}
      </div>
      {entries.length ? (
        <NewList entries={entries} onDismiss={(e) => model.dismiss([e.id])} onLink={model.link} />
      ) : (
        <p class="empty">{empty}</p>
      )}
    </section>
  );
}
