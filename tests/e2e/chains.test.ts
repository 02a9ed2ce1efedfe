// Committee chains in a real Chromium on hand-written demo pages (tests/fixtures/demo-site/extra/
// chains/): a Scottish committee visited oldest first but skipping the middle meeting, whose
// minutes are then found through the committee's meetings list (one request, never repeated), an
// announcement naming an earlier item, standing items left unlinked, a tracked promise offered on
// the item that refers back to it, and a Welsh committee reached without a CId ("Min. 45/23").
// Run: npm run build && npx vitest run --project e2e tests/e2e/chains.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchExtension, waitForScrutineer, type LoadedExtension } from './harness';

let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof startDemoServer>>;

const M1 = '/ieListDocuments.aspx?CId=7001&MId=70011';
const M3 = '/ieListDocuments.aspx?CId=7001&MId=70013';
const W1 = '/ieListDocuments.aspx?CId=7101&MId=71011';
const W2 = '/ieListDocuments.aspx?MId=71012'; // reached without its CId

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.origin + path);
  expect(await waitForScrutineer(page)).toBe('meeting');
  await page.locator('[data-scrutineer-item]').first().waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

/** Open a meeting as a reader would before moving on: until its text is analysed and indexed. */
async function visit(path: string): Promise<void> {
  const page = await open(path);
  await page.waitForSelector('html[data-scrutineer-analysed-ms]', { state: 'attached', timeout: 15_000 });
  await page.waitForTimeout(500);
  await page.close();
}

const card = (page: Page, title: string) => page.locator(`[data-scrutineer-item][data-title="${title}"]`).first();
const listRequests = () => server.requests.filter((r: { path: string }) => /ieListMeetings\.aspx/i.test(r.path));

beforeAll(async () => {
  server = await startDemoServer({ webService: false });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('committee chains', () => {
  it('links the minutes of a meeting never opened, found with one request to the meetings list', async () => {
    const first = await open(M1);
    await card(first, 'Review of School Transport Eligibility').locator('.foot [data-scrutineer-track]').click();
    await first.waitForTimeout(500);
    await first.close();

    const before = listRequests().length;
    const later = await open(M3);
    const link = card(later, 'Minutes').locator('[data-scrutineer-related][data-reason="reference"]').first();
    await link.waitFor({ state: 'attached', timeout: 15_000 });
    expect(new URL((await link.getAttribute('href'))!).searchParams.get('MId')).toBe('70012');
    expect(await link.getAttribute('data-meeting-date')).toBe('2023-06-20');
    expect(await card(later, 'Minutes').locator('.related li').first().textContent()).toContain(
      'refers to the minute of 20 June 2023',
    );
    const asked = listRequests().slice(before);
    expect(asked.map((r: { path: string }) => r.path)).toEqual([
      '/ieListMeetings.aspx?CId=7001&Act=earlier&D=202306202359&MD=ielistmeetings',
    ]);

    // The announcement names the earlier item; the business planner links to nothing.
    const named = card(later, "Convener's Announcements")
      .locator('[data-scrutineer-related][data-reason="similar"]')
      .first();
    await named.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await named.getAttribute('href')).toBe(`${server.origin}${M1}#AI80014`);
    expect(await card(later, "Convener's Announcements").locator('.related li').first().textContent()).toMatch(
      /names the same matter: ‘Review of School Transport Eligibility’ · .*2 May 2023/,
    );
    expect(await card(later, 'Business Planner').locator('[data-scrutineer-related]').count()).toBe(0);

    // The item that refers back to the tracked one is offered as its follow-up.
    const prompt = card(later, 'School Transport: Consultation Outcome').locator('.prompt').first();
    await prompt.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await prompt.textContent()).toMatch(/Is this the update promised at .*2 May 2023/);
    await later.close();

    // Seen again: the list is not asked for again.
    const again = await open(M3);
    await card(again, 'Minutes')
      .locator('[data-scrutineer-related][data-reason="reference"]')
      .first()
      .waitFor({ state: 'attached', timeout: 15_000 });
    await again.waitForTimeout(1500);
    expect(listRequests().length).toBe(before + 1);
    await again.close();
  });

  it('resolves "Min. 45/23" on a Welsh committee page reached without its CId', async () => {
    await visit(W1);
    const page = await open(W2);
    const update = card(page, 'Leisure Centre Opening Hours – Update');
    const link = update.locator('[data-scrutineer-related][data-reason="reference"]').first();
    await link.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await link.getAttribute('href')).toBe(`${server.origin}${W1}#AI81045`);
    expect(await update.locator('.related li').first().textContent()).toMatch(
      /refers to (?:minute 45\/23 of |the previous meeting \()6 July 2023/,
    );
    expect(await card(page, 'Forward Work Programme').locator('[data-scrutineer-related]').count()).toBe(0);
    await page.close();
  });
});
