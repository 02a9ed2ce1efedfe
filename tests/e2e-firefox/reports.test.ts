// Linked report PDFs in a real Firefox ESR: the MV2 background page runs pdf.js itself (no
// offscreen document there), and the content script imports the reports module from the
// extension. The demo agenda's cards show every report's recommendations with their pages, and
// the failure states read as in Chromium. Screenshots go to .test-output/screenshots/.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { REPORTS } from '../../scripts/report-pdf-text.mjs';
import { outputDir } from '../e2e/harness';
import { launchFirefox, waitForScrutineer, type FirefoxExtension } from './harness';

let ext: FirefoxExtension;
let server: Awaited<ReturnType<typeof startDemoServer>>;
let shots: string;

beforeAll(async () => {
  shots = outputDir('screenshots');
  server = await startDemoServer();
  ext = await launchFirefox({ privateCopy: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

function readReports(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('scrutineer-overlay')].flatMap((host) => {
      const card = host.shadowRoot?.querySelector('[data-scrutineer-item]');
      if (!card) return [];
      return [...card.querySelectorAll('[data-scrutineer-report]')].map((r) => ({
        item: (card.getAttribute('data-number') ?? '').replace(/\.$/, ''),
        state: r.getAttribute('data-state'),
        reason: r.getAttribute('data-reason'),
        recs: [...r.querySelectorAll('[data-scrutineer-recommendation]')].map((el) => [
          el.textContent ?? '',
          el.getAttribute('data-page'),
        ]),
      }));
    }),
  );
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('scrutineer-overlay')].flatMap((h) => [
        ...(h.shadowRoot?.querySelectorAll('[data-scrutineer-report]') ?? []),
      ]);
      return all.length > 0 && all.every((r) => r.getAttribute('data-state') !== 'reading');
    },
    { timeout: 40_000 },
  );
}

const strip = (s: string) => s.replace(/^\(?[a-z0-9]{1,3}[.)]\s*/i, '').trim();

describe('reports in Firefox', () => {
  it('shows every report’s recommendations with their page', async () => {
    const page = await ext.newPage();
    try {
      await page.goto(`${server.origin}/ieListDocuments.aspx?CId=901&MId=9001`);
      expect(await waitForScrutineer(page)).toBe('meeting');
      await settled(page);
      const reports = await readReports(page);
      expect(reports.map((r) => r.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
      reports.forEach((r, n) => expect(r.recs).toEqual(REPORTS[n].recs.map((t: string) => [strip(t), '2'])));
      await page.screenshot({ path: `${shots}/firefox-reports-agenda.png`, fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('says what went wrong for a scan, a password and a damaged file', async () => {
    const page = await ext.newPage();
    try {
      await page.goto(`${server.origin}/ieListDocuments.aspx?CId=901&MId=9002`);
      await waitForScrutineer(page);
      await settled(page);
      const by = Object.fromEntries((await readReports(page)).map((r) => [r.item, r.reason]));
      expect(by).toMatchObject({ '3': 'scanned', '4': 'password', '5': 'malformed', '6': 'large', '7': 'network' });
    } finally {
      await page.close();
    }
  });
});
