// `npm run bench` prints each figure; `npm run bench -- --json` prints one flat JSON object of
// numbers whose keys are contracts other checks read (extract.*, overlay.*, contentScript.*,
// popup.*, related.*, watch.*). Each feature owns a module in scripts/bench/; a module that is missing or
// fails is reported on stderr and the rest still run, so one broken bench never hides the others.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MODULES: Array<[file: string, exportName: string]> = [
  ['scripts/bench/extract.ts', 'benchExtract'],
  ['scripts/bench/overlay.ts', 'benchOverlay'],
  ['scripts/bench/popup.ts', 'benchPopup'],
  ['scripts/bench/related.ts', 'benchRelated'],
  ['scripts/bench/pdf.ts', 'benchPdf'],
  ['scripts/bench/watch.ts', 'benchWatch'],
];

async function main(): Promise<void> {
  const asJson = process.argv.includes('--json');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const figures: Record<string, number> = {};
  let failed = false;
  for (const [file, exportName] of MODULES) {
    if (only && !file.includes(only)) continue;
    const path = resolve(file);
    if (!existsSync(path)) continue;
    try {
      const mod = (await import(pathToFileURL(path).href)) as Record<string, () => Promise<Record<string, number>>>;
      const result = await mod[exportName]!();
      for (const [key, value] of Object.entries(result)) {
        figures[key] = value;
        if (!asJson) console.log(`${key.padEnd(34)} ${formatNumber(value)}`);
      }
    } catch (error) {
      failed = true;
      console.error(`bench ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (asJson) console.log(JSON.stringify(figures));
  process.exitCode = failed ? 1 : 0;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1);
}

void main();
