import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  class: string;
  label: string;
  /** The stored value. */
  value: string;
  placeholder?: string;
  type?: 'text' | 'date';
  /** Called when the user commits the field (the change event: blur, Enter, a date picked). */
  onCommit: (value: string) => void;
}

/**
 * An input whose text belongs to the user while they edit it. A plain controlled input is reset
 * to the stored value whenever the row re-renders (another field's save answering, a reload), so
 * words typed but not yet committed were wiped and the change event then never fired. Here the
 * stored value replaces the field only while it is not being edited.
 */
export function DraftInput({ class: cls, label, value, placeholder, type = 'text', onCommit }: Props) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  // A text field or a date picker: the same draft handling (the cast: Preact types each `type` apart).
  const kind = type as 'text';
  return (
    <input
      type={kind}
      class={cls}
      aria-label={label}
      value={draft}
      placeholder={placeholder}
      onFocus={() => {
        editing.current = true;
      }}
      onInput={(e) => {
        editing.current = true;
        setDraft(e.currentTarget.value);
      }}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setDraft(next);
        if (next !== value) onCommit(next);
      }}
      onBlur={(e) => {
        editing.current = false;
        // A save that answered while the field had focus is shown once the user leaves it,
        // unless what they typed differs (then their change event is already on its way).
        if (e.currentTarget.value === value) setDraft(value);
      }}
    />
  );
}
