import type { ExportFormat } from '../../utils/export/format';

interface Props {
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
  remindersOn: boolean;
  onEnableReminders: () => void;
}

const EXPORTS: Array<[ExportFormat, string, string]> = [
  ['csv', 'Export CSV', 'Spreadsheet in the scrutiny tracker layout'],
  ['json', 'Export JSON backup', 'Everything, for backup or moving to another browser'],
  ['ics', 'Export calendar (ICS)', 'One all-day event per due date'],
  ['markdown', 'Export Markdown', 'A note for a newsroom or group briefing'],
];

/** Export buttons, the JSON import picker and the reminders switch. */
export function Toolbar({ onExport, onImport, remindersOn, onEnableReminders }: Props) {
  return (
    <div class="toolbar" role="group" aria-label="Export, import and reminders">
      {EXPORTS.map(([format, label, title]) => (
        <button key={format} type="button" data-export={format} title={title} onClick={() => onExport(format)}>
          {label}
        </button>
      ))}
      <label class="file-button">
        Import JSON backup…
        <input
          type="file"
          accept="application/json,.json"
          data-import
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onImport(file);
            input.value = '';
          }}
        />
      </label>
      {remindersOn ? (
        <span class="muted">Daily reminders on</span>
      ) : (
        <button type="button" onClick={onEnableReminders}>
          Turn on reminders
        </button>
      )}
    </div>
  );
}
