// The options page's backfill settings, as a person uses them: choose three months and no web
// service on the options page, open a committee meeting, and "Index this committee" reads three
// months from the council's HTML pages although the council offers mgWebService.
// Run: npm run build && npx vitest run --project e2e tests/e2e/settings.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RELATED, startDemoServer } from '../../scripts/demo-server.mjs';
import { launchExtension, waitForScrutineer, type LoadedExtension } from './harness';

let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  server = await startDemoServer({ webService: true });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('options page settings', () => {
  it('indexes as many months as chosen, from the HTML pages when the web service is turned off', async () => {
    const options = await ext.openExtensionPage('options.html');
    const months = options.locator('[data-setting="backfillMonths"]');
    await months.fill('3');
    await months.dispatchEvent('change');
    await options.locator('[data-setting="backfillWebService"]').uncheck();
    await expect.poll(() => months.inputValue()).toBe('3');
    await options.reload();
    await expect.poll(() => options.locator('[data-setting="backfillMonths"]').inputValue()).toBe('3');
    expect(await options.locator('[data-setting="backfillWebService"]').isChecked()).toBe(false);
    await options.close();

    const page = await ext.context.newPage();
    await page.goto(server.origin + DEMO_RELATED.later);
    expect(await waitForScrutineer(page)).toBe('meeting');
    const panel = page.locator('[data-scrutineer-backfill]');
    await panel.waitFor({ state: 'attached', timeout: 15_000 });
    const start = panel.locator('button').first();
    await expect.poll(() => start.innerText()).toMatch(/past 3 months/);
    const startedAt = Date.now();
    await start.click();
    await expect.poll(() => panel.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    const requests = server.requests.filter((r) => r.time >= startedAt);
    expect(requests.some((r) => /mgWebService/i.test(r.path))).toBe(false);
    expect(requests.some((r) => /ieListMeetings/i.test(r.path))).toBe(true);
    // Three months up to the latest past meeting hold three meetings (one of them cancelled).
    expect(await panel.locator('progress').getAttribute('data-total')).toBe('3');
    await page.close();
  });
});
