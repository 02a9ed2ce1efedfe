// Related earlier minutes in a real Chromium on the demo site: a reference resolved to the
// earlier meeting, issue history, a tracked promise offered as matched on the later agenda, and
// a polite (≤ 1 request/second) backfill of the 12-meeting committee with progress.
// Run: npx wxt build && npx vitest run --project e2e tests/e2e/related.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_RELATED, startDemoServer } from '../../scripts/demo-server.mjs';
import { axeOverlay, launchExtension, waitForScrutineer, type LoadedExtension } from './harness';

let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof startDemoServer>>;

const WORK_PROGRAMME = "Committee's Work Programme and Cabinet's Forward Plan";

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.origin + path);
  expect(await waitForScrutineer(page)).toBe('meeting');
  await page.locator('[data-scrutineer-item]').first().waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

const card = (page: Page, number: string) => page.locator(`[data-scrutineer-item][data-number="${number}"]`);

beforeAll(async () => {
  server = await startDemoServer({ webService: false });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('related earlier minutes', () => {
  it('links the later item to the earlier meeting it refers to, after both are viewed', async () => {
    const earlier = await open(DEMO_RELATED.earlier);
    // Track the work programme item at the earlier meeting: a promise to come back to.
    const tracked = earlier.locator(`[data-scrutineer-item][data-title="${WORK_PROGRAMME}"]`).first();
    await tracked.locator('.foot [data-scrutineer-track]').click();
    await earlier.waitForTimeout(500);
    await earlier.close();

    const later = await open(DEMO_RELATED.later);
    const link = card(later, DEMO_RELATED.laterItem)
      .locator('[data-scrutineer-related][data-reason="reference"]')
      .first();
    await link.waitFor({ state: 'attached', timeout: 15_000 });
    const href = await link.getAttribute('href');
    expect(new URL(href!).searchParams.get('MId')).toBe(
      new URL(server.origin + DEMO_RELATED.earlier).searchParams.get('MId'),
    );
    await later.close();
  });

  it('lists the earlier meetings of an item with issue history', async () => {
    const later = await open(DEMO_RELATED.issueItem.path);
    const links = card(later, DEMO_RELATED.issueItem.number).locator('[data-scrutineer-related][data-reason="issue"]');
    await links.first().waitFor({ state: 'attached', timeout: 15_000 });
    const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(1);
    expect(hrefs.some((h) => /MId=5580/i.test(h))).toBe(true);
    await later.close();
  });

  it('offers a tracked promise as matched on the later agenda', async () => {
    const later = await open(DEMO_RELATED.later);
    const prompt = later.locator(`[data-scrutineer-item][data-title="${WORK_PROGRAMME}"] .prompt`).first();
    await prompt.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await prompt.textContent()).toMatch(/Is this the update promised at .*14 September 2023/);
    // The prompt's link buttons and the digest's backfill control pass axe.
    await later.locator('[data-scrutineer-backfill]').waitFor({ state: 'attached', timeout: 10_000 });
    expect(await axeOverlay(later)).toEqual([]);
    // One click links the follow-up to this item; "Mark done" is then offered.
    await prompt.locator('[data-scrutineer-link-followup] button', { hasText: 'Yes, link it' }).click();
    const linked = prompt.locator('[data-scrutineer-linked="linked"]');
    await linked.waitFor({ state: 'attached', timeout: 10_000 });
    const popup = await ext.openExtensionPage('popup.html');
    const list = (await popup.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ scrutineer: 1, type: 'followup/list', payload: {} }),
    )) as {
      followUps: Array<{
        itemTitle?: string;
        source: { itemTitle: string | null };
        resolvedBy?: { url: string } | null;
        status: string;
      }>;
    };
    await popup.close();
    const mine = list.followUps.find((f) => f.source.itemTitle === WORK_PROGRAMME && f.resolvedBy);
    expect(mine?.resolvedBy?.url).toContain(new URL(server.origin + DEMO_RELATED.later).searchParams.get('MId')!);
    await linked.locator('button', { hasText: 'Mark done' }).click();
    await prompt.locator('[data-scrutineer-linked="done"]').waitFor({ state: 'attached', timeout: 10_000 });
    await later.close();
  });

  it('backfills the 12-meeting committee with progress, at no more than one request per second', async () => {
    const page = await open(DEMO_RELATED.later);
    const panel = page.locator('[data-scrutineer-backfill]');
    // The overlay mounts the backfill panel in its digest once every item is analysed.
    await panel.waitFor({ state: 'attached', timeout: 10_000 });
    const startedAt = Date.now();
    await panel.locator('button').first().click();
    await page.locator('[data-scrutineer-backfill] progress').waitFor({ state: 'attached' });
    const seen = new Set<string>();
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      seen.add((await page.locator('[data-scrutineer-backfill] progress').getAttribute('value')) ?? '');
      if ((await panel.getAttribute('data-status')) === 'done') break;
      await page.waitForTimeout(250);
    }
    expect(await panel.getAttribute('data-status')).toBe('done');
    expect(await axeOverlay(page)).toEqual([]);
    expect(seen.size).toBeGreaterThan(2); // progress moved through intermediate values
    const requests = server.requests.filter(
      (r: { path: string; time: number }) =>
        r.time >= startedAt && /ieListMeetings|ieListDocuments|mgWebService|mgIssueHistory/i.test(r.path),
    );
    // The list page plus the 8 meetings not yet viewed (2 viewed above, 2 cancelled).
    expect(requests.length).toBeGreaterThanOrEqual(9);
    const times = requests.map((r: { time: number }) => r.time).sort((a: number, b: number) => a - b);
    const gaps = times.slice(1).map((t: number, i: number) => t - times[i]);
    // Slots are handed out ≥ 1000 ms apart; arrival times are taken in this (busy) test process, so
    // allow some jitter on single gaps — the average rate below is the hard limit.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(900);
    expect((times.length - 1) / ((times.at(-1)! - times[0]) / 1000)).toBeLessThanOrEqual(1);
    await page.close();
  });
});
