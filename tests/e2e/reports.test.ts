// Linked PDFs on the cards, in a real Chromium against the demo site's hand-written pages
// (tests/fixtures/demo-site/extra/reports/, PDFs from scripts/make-report-pdfs.mjs): every report's
// recommendations with their pages, the reports pack split into items on request, the printed
// minutes fallback, and each failure state. Screenshots go to .test-output/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { REPORTS } from '../../scripts/report-pdf-text.mjs';
import { launchExtension, outputDir, waitForScrutineer, type LoadedExtension } from './harness';

let SHOTS = '';
const AGENDA = '/ieListDocuments.aspx?CId=901&MId=9001';
const FAILURES = '/ieListDocuments.aspx?CId=901&MId=9002';
const MINUTES = '/ieListDocuments.aspx?CId=901&MId=9003';

let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  SHOTS = outputDir('screenshots');
  server = await startDemoServer();
  ext = await launchExtension({ privateCopy: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface ReportView {
  item: string;
  state: string;
  reason: string | null;
  pages: string | null;
  recs: Array<{ text: string; page: string | null; href: string | null }>;
  text: string;
}

/** Every `[data-scrutineer-report]` in the cards, with its card's item number. */
function readReports(page: Page): Promise<ReportView[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('scrutineer-overlay')].flatMap((host) => {
      const card = host.shadowRoot?.querySelector('[data-scrutineer-item]');
      if (!card) return [];
      return [...card.querySelectorAll('[data-scrutineer-report]')].map((r) => ({
        item: (card.getAttribute('data-number') ?? '').replace(/\.$/, ''),
        state: r.getAttribute('data-state') ?? '',
        reason: r.getAttribute('data-reason'),
        pages: r.getAttribute('data-pages'),
        recs: [...r.querySelectorAll('[data-scrutineer-recommendation]')].map((el) => ({
          text: el.textContent ?? '',
          page: el.getAttribute('data-page'),
          href: el.parentElement?.querySelector('a.pg')?.getAttribute('href') ?? null,
        })),
        text: (r as HTMLElement).innerText,
      }));
    }),
  );
}

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.origin + path);
  expect(await waitForScrutineer(page)).toBe('meeting');
  return page;
}

/** Wait until no report section is reading. */
async function settled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('scrutineer-overlay')].flatMap((h) => [
        ...(h.shadowRoot?.querySelectorAll('[data-scrutineer-report]') ?? []),
      ]);
      return all.length > 0 && all.every((r) => r.getAttribute('data-state') !== 'reading');
    },
    null,
    { timeout },
  );
}

const strip = (s: string) => s.replace(/^\(?[a-z0-9]{1,3}[.)]\s*/i, '').trim();

describe('reports on agenda cards', () => {
  it('shows every report’s recommendations with their page, purpose, key decision and money', async () => {
    const page = await open(AGENDA);
    try {
      await settled(page);
      const reports = await readReports(page);
      expect(reports.map((r) => r.item)).toEqual(['3', '4', '5', '6', '7', '8']);
      for (const [n, r] of reports.entries()) {
        expect(r.state).toBe('done');
        expect(r.pages).toBe('3');
        expect(r.recs.map((x) => x.text)).toEqual(REPORTS[n].recs.map(strip));
        for (const rec of r.recs) {
          expect(rec.page).toBe('2');
          expect(rec.href).toMatch(/\.pdf#page=2$/);
        }
      }
      expect(reports[0].text).toContain('Key decision (KD/2026/004)');
      expect(reports[0].text).toContain('Wards: Eastgate; Millbrook');
      expect(reports[0].text).toContain('£2.4m');
      expect(reports[0].text).toContain('Author: Priya Holloway');
      expect(reports[0].text).toContain('This report seeks approval to refurbish Eastgate Leisure Centre');
      const digest = await page.locator('scrutineer-overlay [data-scrutineer-reports-digest]').innerText();
      expect(digest).toContain('6 reports, 17 recommendations');
      expect(digest).toMatch(/£[\d.]+m (cost|budget|capital)/);
      await page.screenshot({ path: `${SHOTS}/reports-agenda.png`, fullPage: true });

      // The council's page re-renders its items table: the new cards get their reports back.
      await page.evaluate(() => {
        const table = document.querySelector('table.mgItemTable')!;
        const copy = table.cloneNode(true) as Element;
        copy.querySelectorAll('scrutineer-overlay').forEach((el) => el.remove());
        table.replaceWith(copy);
      });
      await expect
        .poll(async () => (await readReports(page)).filter((r) => r.recs.length > 0).length, { timeout: 5_000 })
        .toBe(6);
    } finally {
      await page.close();
    }
  });

  it('tracks a recommendation with the PDF page as its source', async () => {
    const page = await open(AGENDA);
    try {
      await settled(page);
      const button = page.locator('scrutineer-overlay [data-scrutineer-report] li [data-scrutineer-track]').first();
      await button.click();
      await expect.poll(() => button.getAttribute('data-state')).toBe('done');
      const popup = await ext.openExtensionPage('tracker.html');
      const sources = await popup.evaluate(async () => {
        const runtime = (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<{ followUps: unknown[] }> } };
          }
        ).chrome.runtime;
        const reply = await runtime.sendMessage({ scrutineer: 1, type: 'followup/list', payload: {} });
        return (reply.followUps as Array<{ kind: string; text: string; source: { url: string } }>).map((f) => [
          f.kind,
          f.text,
          f.source.url,
        ]);
      });
      expect(sources).toContainEqual([
        'recommendation',
        strip(REPORTS[0].recs[0]),
        expect.stringMatching(/Leisure%20centre%20refurbishment\.pdf#page=2$/),
      ]);
      await popup.close();
    } finally {
      await page.close();
    }
  });

  it('adds report text to the search index', async () => {
    const page = await open(AGENDA);
    try {
      await settled(page);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-reports-ms'), null, {
        timeout: 20_000,
      });
      const search = await ext.openExtensionPage('search.html');
      // "Homes England" is printed only in the housing report, never on the agenda page.
      const titles = async () =>
        search.evaluate(async () => {
          const runtime = (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(m: unknown): Promise<{ results?: Array<{ title: string }> }> } };
            }
          ).chrome.runtime;
          const reply = await runtime.sendMessage({
            scrutineer: 1,
            type: 'related/search',
            payload: { query: 'Homes England grant', filters: {} },
          });
          return (reply.results ?? []).map((r) => r.title);
        });
      await expect.poll(titles, { timeout: 10_000 }).toContain('Affordable Housing Delivery Plan');
      await search.close();
    } finally {
      await page.close();
    }
  });

  it('reads a second visit from the cache without fetching the PDFs again', async () => {
    const page = await open(AGENDA);
    try {
      await settled(page);
      const before = server.requests.filter((r) => /\.pdf/i.test(r.path)).length;
      await page.reload();
      await waitForScrutineer(page);
      await settled(page);
      const reports = await readReports(page);
      expect(reports.every((r) => r.state === 'done' && r.recs.length > 0)).toBe(true);
      expect(server.requests.filter((r) => /\.pdf/i.test(r.path)).length).toBe(before);

      // "Clear cached documents" (tracker page): the next visit fetches them again.
      const tracker = await ext.openExtensionPage('tracker.html');
      await tracker.locator('[data-scrutineer-clear-documents]').click();
      await expect
        .poll(() => tracker.locator('[data-notice="info"]').innerText())
        .toMatch(/Cleared \d+ cached documents?/);
      await tracker.close();
      await page.reload();
      await waitForScrutineer(page);
      await settled(page);
      expect(server.requests.filter((r) => /\.pdf/i.test(r.path)).length).toBeGreaterThan(before);
    } finally {
      await page.close();
    }
  });
});

describe('failure states, the reports pack and printed minutes', () => {
  it('says what went wrong for each document, and reads a large one or the pack on request', async () => {
    const page = await open(FAILURES);
    try {
      await settled(page);
      const reports = await readReports(page);
      const by = (item: string) => reports.find((r) => r.item === item)!;
      expect(by('3')).toMatchObject({ state: 'failed', reason: 'scanned' });
      expect(by('3').text).toContain('scanned image: no text to read');
      expect(by('4')).toMatchObject({ state: 'failed', reason: 'password' });
      expect(by('4').text).toContain('password-protected');
      expect(by('5')).toMatchObject({ state: 'failed', reason: 'malformed' });
      expect(by('6')).toMatchObject({ state: 'skipped', reason: 'large' });
      expect(by('6').text).toContain('Large (48 MB)');
      expect(by('7')).toMatchObject({ state: 'failed', reason: 'network' });
      expect(by('7').text).toContain('HTTP 404');
      await page.screenshot({ path: `${SHOTS}/reports-failures.png`, fullPage: true });

      // Retry a network failure: it is fetched again (and fails again: the file is missing).
      const missing = () => server.requests.filter((r) => r.path.includes('s9299')).length;
      const tries = missing();
      await page.locator('scrutineer-overlay [data-scrutineer-retry]').click();
      await expect.poll(missing, { timeout: 10_000 }).toBe(tries + 1);

      // "Read it?" on the large document reads it.
      await page.locator('scrutineer-overlay [data-scrutineer-item][data-number="6."] [data-scrutineer-read]').click();
      await expect
        .poll(async () => (await readReports(page)).find((r) => r.item === '6')?.state, { timeout: 15_000 })
        .toBe('done');

      // The pack is read only on request, then split into items 8–10 by its "Agenda Item N" markers.
      await page.locator('scrutineer-overlay [data-scrutineer-digest] [data-scrutineer-read]').click();
      await expect
        .poll(async () => (await readReports(page)).filter((r) => ['8', '9', '10'].includes(r.item)).length, {
          timeout: 15_000,
        })
        .toBe(3);
      const pack = (await readReports(page)).filter((r) => ['8', '9', '10'].includes(r.item));
      expect(pack.map((r) => r.recs.map((x) => x.page))).toEqual([['3', '3'], ['5', '5'], ['7']]);
      expect(pack[0].recs[0].text).toBe('Approve the revised town centre parking charges from 1 April 2026.');
      expect(pack[0].recs[0].href).toMatch(/Agenda%20reports%20pack.*\.pdf#page=3$/);
      expect(pack[0].text).toContain('pages 2–3 of the reports pack');
      await page.screenshot({ path: `${SHOTS}/reports-pack.png`, fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('takes decisions and actions from the printed minutes when the page has none', async () => {
    const page = await open(MINUTES);
    try {
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('scrutineer-overlay')].some((h) =>
            h.shadowRoot?.querySelector('[data-scrutineer-resolution][data-source="pdf"]'),
          ),
        null,
        { timeout: 20_000 },
      );
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll('scrutineer-overlay')].flatMap((h) => {
          const card = h.shadowRoot?.querySelector('[data-scrutineer-item]');
          if (!card) return [];
          return [
            {
              number: (card.getAttribute('data-number') ?? '').replace(/\.$/, ''),
              resolution:
                (card.querySelector('[data-scrutineer-resolution][data-source="pdf"]') as HTMLElement | null)
                  ?.innerText ?? null,
              actions: [...card.querySelectorAll('[data-scrutineer-action][data-source="pdf"]')].map((a) => [
                (a as HTMLElement).innerText,
                a.getAttribute('data-due'),
              ]),
            },
          ];
        }),
      );
      const by = (n: string) => cards.find((c) => c.number === n)!;
      expect(by('42').resolution).toContain('That the public toilets at Market Square be refurbished');
      expect(by('42').resolution).toContain('from the printed minutes, p. 1');
      expect(by('43').resolution).toContain('from the printed minutes, p. 2');
      expect(by('43').actions).toHaveLength(1);
      expect(by('43').actions[0][1]).toBe('2026-09');
      expect(await page.locator('scrutineer-overlay [data-scrutineer-minutes-digest]').innerText()).toBe(
        'From the printed minutes: 3 decisions · 1 action',
      );
      await page.screenshot({ path: `${SHOTS}/reports-minutes.png`, fullPage: true });
    } finally {
      await page.close();
    }
  });
});
