// The item summary: extractive by default; the browser's on-device model as a labelled option.
export type OnDeviceState = 'unavailable' | 'idle' | 'pending' | 'done' | 'failed';

export interface SummaryProps {
  lines: string[];
  onDevice: OnDeviceState;
  onDeviceText: string | null;
  onRequestOnDevice: () => void;
}

export function Summary({ lines, onDevice, onDeviceText, onRequestOnDevice }: SummaryProps) {
  if (!lines.length && onDevice === 'unavailable') return null;
  return (
    <details class="section summary">
      <summary class="label">Summary</summary>
      {onDevice === 'done' && onDeviceText ? (
        <p>
          {onDeviceText} <span class="muted">(on-device AI summary)</span>
        </p>
      ) : (
        <ul>
          {lines.map((line, n) => (
            <li key={n}>{line}</li>
          ))}
        </ul>
      )}
      {onDevice === 'idle' || onDevice === 'pending' ? (
        <button type="button" class="link" disabled={onDevice === 'pending'} onClick={onRequestOnDevice}>
          {onDevice === 'pending' ? 'Summarising on this device…' : 'Summarise with on-device AI (browser built-in)'}
        </button>
      ) : null}
    </details>
  );
}
