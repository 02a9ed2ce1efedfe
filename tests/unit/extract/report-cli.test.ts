// `npm run extract -- <file> --report`: the report reader from the command line, on a PDF and on
// a text file whose pages are separated by form feeds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/extract.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });

describe('scripts/extract.ts --report', () => {
  it('prints a ReportSummary for a text report, pages split at form feeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrutineer-report-'));
    const file = join(dir, 'report.txt');
    writeFileSync(
      file,
      'Subject: Play Area Renewal\nWards affected: Eastfield\nSummary: Replaces two play areas.\n\fRecommendation(s):\nCabinet is asked to:\n(a) approve the scheme at a cost of £120,000; and\n(b) note the consultation results.\nReport Author: Jo Smith, Parks Officer\n',
    );
    const r = run(file, '--report');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      title: 'Play Area Renewal',
      wards: 'Eastfield',
      purpose: 'Replaces two play areas.',
      author: 'Jo Smith, Parks Officer',
      pages: 2,
    });
    expect(out.recommendations).toEqual([
      { number: '(a)', text: 'approve the scheme at a cost of £120,000; and', page: 2 },
      { number: '(b)', text: 'note the consultation results.', page: 2 },
    ]);
    expect(out.figures).toEqual([expect.objectContaining({ amount: 120_000, role: 'cost', page: 2 })]);
  }, 60_000);

  it('reads a report PDF', () => {
    const r = run(join(root, 'tests/fixtures/seeds/pdf/002_b39a1e999b7537f4.pdf'), '--report');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.pages).toBeGreaterThan(10);
    expect(out.recommendations.map((x: { text: string }) => x.text)).toContain(
      'acknowledge the LGA Peer Review report and findings.',
    );
  }, 60_000);
});
