// Follow-up tracking end to end in Chromium: track on a demo page → popup and tracker → edit →
// restart the browser on the same profile → export JSON → clear → import → identical → CSV and
// ICS exports parse. Screenshots of the popup and tracker go to .test-output/screenshots/ (ignored).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUp, NewFollowUp } from '../../utils/types';
import { parseCsv, unfoldIcs } from '../unit/export/rfc4180';
import { launchExtension, outputDir, waitForScrutineer, type LoadedExtension } from './harness';

interface DemoServer {
  origin: string;
  close(): Promise<void>;
}
interface DemoModule {
  startDemoServer(options?: { port?: number }): Promise<DemoServer>;
  DEMO_PAGES: Array<{ path: string; kind: string }>;
}

let SCREENSHOTS: string;
const profileDir = mkdtempSync(join(tmpdir(), 'scrutineer-tracking-'));
let ext: LoadedExtension;
let demo: DemoModule;
let server: DemoServer;

/** Send a typed message from an extension page, as the popup does. */
function send<T>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    ([t, p]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      };
      return chrome.runtime.sendMessage({ scrutineer: 1, type: t, payload: p });
    },
    [type, payload] as const,
  ) as Promise<T>;
}

async function listAll(page: Page): Promise<FollowUp[]> {
  const r = await send<{ ok: boolean; followUps: FollowUp[] }>(page, 'followup/list', {});
  expect(r.ok).toBe(true);
  return [...r.followUps].sort((a, b) => a.id.localeCompare(b.id));
}

async function download(page: Page, format: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
  return readFileSync((await file.path())!, 'utf8');
}

beforeAll(async () => {
  demo = (await import(pathToFileURL(resolve('scripts/demo-server.mjs')).href)) as DemoModule;
  server = await demo.startDemoServer({ port: 0 });
  ext = await launchExtension({ profileDir });
  SCREENSHOTS = outputDir('screenshots');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

describe('follow-up tracking', () => {
  let tracked: FollowUp;

  it('tracks an item with the Track button on a demo meeting page', async () => {
    const meeting = demo.DEMO_PAGES.find((p) => p.kind === 'meeting')!;
    const page = await ext.context.newPage();
    await page.goto(server.origin + meeting.path);
    expect(await waitForScrutineer(page)).toBe('meeting');
    // Routine items are collapsed, so their buttons are hidden: click visible ones only.
    const idle = page.locator('scrutineer-overlay [data-scrutineer-track][data-state="idle"]:visible');
    const done = page.locator('scrutineer-overlay [data-scrutineer-track][data-state="done"]');
    await idle.first().waitFor({ timeout: 15_000 });
    const n = Math.min(3, await idle.count());
    for (let i = 0; i < n; i++) {
      await idle.first().click();
      await expect.poll(() => done.count()).toBe(i + 1);
    }
    await page.close();

    const popup = await ext.openExtensionPage('popup.html');
    const all = await listAll(popup);
    expect(all.length).toBe(n);
    tracked = all[0];
    expect(tracked.source.host).toBe(new URL(server.origin).host);
    // A few more with due dates (past and near), so the popup shows all three groups.
    const base = tracked.source;
    const extra: NewFollowUp[] = [
      {
        source: base,
        kind: 'action',
        text: 'A further progress report be submitted to Cabinet in March 2025',
        due: '2025-03',
        owner: 'Director of Children’s Services',
      },
      {
        source: base,
        kind: 'action',
        text: 'Officers agreed to circulate the revised figures to Members by email',
        due: new Date(Date.now() + 3 * 864e5).toISOString().slice(0, 10),
        owner: 'Head of Finance',
      },
    ];
    for (const payload of extra)
      expect(await send<{ created: boolean }>(popup, 'followup/add', payload)).toMatchObject({ created: true });
    await popup.close();
  });

  it('shows the follow-ups in the popup, overdue first', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.waitForSelector('html[data-scrutineer-rendered]');
    const rows = popup.locator('[data-scrutineer-followup]');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await rows.first().getAttribute('data-due')).toBe('2025-03');
    expect(await rows.first().getAttribute('data-overdue')).toBe('true');
    expect(await popup.locator(`[data-scrutineer-followup="${tracked.id}"]`).count()).toBe(1);
    await popup.locator('#search').fill('circulate');
    await expect.poll(() => rows.count()).toBe(1);
    await popup.locator('#search').fill('');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png') });
    await popup.close();
  });

  it('edits status, due date and notes in the tracker', async () => {
    const tracker = await ext.openExtensionPage('tracker.html');
    const row = tracker.locator(`tr[data-scrutineer-followup="${tracked.id}"]`);
    await row.waitFor();
    await row.locator('select.status').selectOption('Waiting for response');
    await expect.poll(() => row.getAttribute('data-status')).toBe('Waiting for response');
    await row.locator('input.due').fill('2026-07-15');
    await row.locator('input.due').dispatchEvent('change');
    await expect.poll(() => row.getAttribute('data-due')).toBe('2026-07-15');
    await row.locator('input.owner').fill('Director of Place');
    await row.locator('input.owner').press('Tab');
    await expect
      .poll(async () => (await listAll(tracker)).find((f) => f.id === tracked.id)?.owner)
      .toBe('Director of Place');
    await row.getByRole('button', { name: /Notes/ }).click();
    await tracker.getByLabel(/Add a dated note/).fill('Chased the Director by email; reply promised next week.');
    await tracker.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => row.getByRole('button', { name: /Notes/ }).textContent()).toBe('Notes (1)');
    await tracker.screenshot({ path: join(SCREENSHOTS, 'tracker.png'), fullPage: true });
    await tracker.close();
  });

  it('keeps everything after the browser restarts on the same profile', async () => {
    await ext.close();
    ext = await launchExtension({ profileDir });
    const tracker = await ext.openExtensionPage('tracker.html');
    const row = tracker.locator(`tr[data-scrutineer-followup="${tracked.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('Waiting for response');
    expect(await row.getAttribute('data-due')).toBe('2026-07-15');
    const [saved] = (await listAll(tracker)).filter((f) => f.id === tracked.id);
    expect(saved.owner).toBe('Director of Place');
    expect(saved.notes.map((n) => n.text)).toEqual(['Chased the Director by email; reply promised next week.']);
    await tracker.close();
  });

  it('exports JSON, clears, imports it back identically', async () => {
    const tracker = await ext.openExtensionPage('tracker.html');
    await tracker.locator('[data-scrutineer-followup]').first().waitFor();
    const before = await listAll(tracker);
    const json = await download(tracker, 'json');
    const backup = JSON.parse(json) as { format: string; version: number; followUps: FollowUp[] };
    expect(backup).toMatchObject({ format: 'scrutineer-followups', version: 1 });
    expect([...backup.followUps].sort((a, b) => a.id.localeCompare(b.id))).toEqual(before);

    await tracker.getByLabel('Select all shown').check();
    await tracker.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(() => tracker.locator('[data-scrutineer-followup]').count()).toBe(0);
    expect(await listAll(tracker)).toEqual([]);

    await tracker
      .locator('[data-import]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect.poll(() => tracker.locator('[data-scrutineer-followup]').count()).toBe(before.length);
    expect(await listAll(tracker)).toEqual(before);

    // A broken file is refused with a message and changes nothing.
    await tracker
      .locator('[data-import]')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
    await expect
      .poll(() => tracker.locator('[data-notice="error"]').textContent())
      .toMatch(/not JSON.*Nothing was changed/);
    expect(await listAll(tracker)).toEqual(before);
    await tracker.close();
  });

  it('exports CSV and ICS files that parse', async () => {
    const tracker = await ext.openExtensionPage('tracker.html');
    await tracker.locator('[data-scrutineer-followup]').first().waitFor();
    const all = await listAll(tracker);
    const csv = parseCsv(await download(tracker, 'csv'));
    expect(csv[0].slice(0, 9)).toEqual([
      'Ref',
      'Origin committee',
      'Date',
      'Area',
      'Recommendation/Action',
      'Due',
      'Lead officer',
      'Action taken',
      'Status',
    ]);
    expect(csv).toHaveLength(all.length + 1);
    expect(new Set(csv.map((r) => r.length)).size).toBe(1);

    const ics = unfoldIcs(await download(tracker, 'ics'));
    expect(ics[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.at(-1)).toBe('END:VCALENDAR');
    const events = ics.filter((l) => l === 'BEGIN:VEVENT').length;
    expect(events).toBe(all.filter((f) => f.due).length);
    expect(ics.filter((l) => l === 'END:VEVENT').length).toBe(events);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260715');
    await tracker.close();
  });
});
