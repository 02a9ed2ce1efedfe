// One entry point for the four export formats, so the background answers `followup/export`
// without knowing each writer.
import { localDay } from '../text/days';
import type { ExportFormat } from './format';
import type { FollowUp } from '../types';
import { toBackupJson } from './backup';
import { toCsv } from './csv';
import { toIcs } from './ics';
import { toMarkdown } from './markdown';

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

/** The file for a format; names carry the local date (`scrutineer-followups-2025-04-03.csv`). */
export function buildExport(format: ExportFormat, list: FollowUp[], now: Date, soonDays: number): ExportFile {
  const today = localDay(now);
  const name = (ext: string) => `scrutineer-followups-${today}.${ext}`;
  switch (format) {
    case 'csv':
      return { filename: name('csv'), mimeType: 'text/csv;charset=utf-8', content: toCsv(list, today) };
    case 'json':
      return { filename: name('json'), mimeType: 'application/json', content: toBackupJson(list, now) };
    case 'ics':
      return { filename: name('ics'), mimeType: 'text/calendar;charset=utf-8', content: toIcs(list, now) };
    case 'markdown':
      return {
        filename: name('md'),
        mimeType: 'text/markdown;charset=utf-8',
        content: toMarkdown(list, today, soonDays),
      };
    default:
      throw new Error(`export: unknown format ${String(format)}`);
  }
}
