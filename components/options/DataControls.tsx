// Export, import, "clear cached documents" and "clear everything" (with a confirmation step that names what goes).
import { useState } from 'preact/hooks';

export interface DataControlsProps {
  onExport: () => void;
  onImport: (file: File) => void;
  onClearDocuments: () => void;
  onClearAll: () => void;
}

export function DataControls({ onExport, onImport, onClearDocuments, onClearAll }: DataControlsProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <p class="row">
        <button type="button" data-data-action="export" onClick={onExport}>
          Export follow-ups (JSON backup)
        </button>{' '}
        <label>
          Import a backup{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-data-action="import"
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) onImport(file);
            }}
          />
        </label>
      </p>
      <p class="row">
        <button type="button" data-data-action="clear-documents" onClick={onClearDocuments}>
          Clear cached documents
        </button>{' '}
        <span class="hint">Report and minutes PDFs already read are read again on the next visit.</span>
      </p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="clear-title" class="grant">
          <p id="clear-title">
            <strong class="danger">Delete everything?</strong> Every follow-up, watch, “new” entry, the index of
            minutes, the cached documents and your settings are deleted, and access to council sites is given back.
            Export a backup first if you may want them.
          </p>
          <button type="button" data-data-action="clear-confirm" onClick={() => (setConfirming(false), onClearAll())}>
            Delete everything
          </button>{' '}
          <button type="button" class="link" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <p>
          <button type="button" class="danger" data-data-action="clear" onClick={() => setConfirming(true)}>
            Clear everything…
          </button>
        </p>
      )}
    </>
  );
}
