// Reading report PDFs, on-device summaries and backfill defaults: one control per setting. Each is
// read where it acts: reports (utils/reports/start.ts), the cards' on-device summary
// (utils/content/mount.tsx), backfill jobs (related-handlers' backfill-start) and watch checks.
import type { Settings } from '../../utils/followups/settings';

type Patch = (patch: Partial<Settings>) => void;

const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;
const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

export function ReadingSettings({ settings, onChange }: { settings: Settings; onChange: Patch }) {
  return (
    <>
      <label class="row">
        <input
          type="checkbox"
          data-setting="readReportsAutomatically"
          checked={settings.readReportsAutomatically}
          onChange={(e) => onChange({ readReportsAutomatically: checked(e) })}
        />
        Read linked report PDFs automatically (from the council’s own site)
      </label>
      <label class="row">
        Largest PDF to read automatically
        <input
          type="number"
          min={1}
          max={200}
          step={1}
          style="width: 5em"
          data-setting="reportSizeLimitMb"
          value={settings.reportSizeLimitMb}
          onChange={(e) => onChange({ reportSizeLimitMb: num(e) })}
        />
        MB
      </label>
      <label class="row">
        <input
          type="checkbox"
          data-setting="onDeviceSummaries"
          checked={settings.onDeviceSummaries}
          onChange={(e) => onChange({ onDeviceSummaries: checked(e) })}
        />
        Offer the browser’s on-device summary on item cards, where the browser has one (nothing leaves the device)
      </label>
    </>
  );
}

export function BackfillSettings({ settings, onChange }: { settings: Settings; onChange: Patch }) {
  return (
    <>
      <label class="row">
        “Index this committee” reads the past
        <input
          type="number"
          min={1}
          max={60}
          step={1}
          style="width: 5em"
          data-setting="backfillMonths"
          value={settings.backfillMonths}
          onChange={(e) => onChange({ backfillMonths: num(e) })}
        />
        months
      </label>
      <label class="row">
        <input
          type="checkbox"
          data-setting="backfillWebService"
          checked={settings.backfillWebService}
          onChange={(e) => onChange({ backfillWebService: checked(e) })}
        />
        Use the council’s ModernGov web service where it offers one, for indexing and for watch checks (fewer, smaller
        requests; off: read the council’s meetings pages only)
      </label>
    </>
  );
}
