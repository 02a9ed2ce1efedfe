// Follow-up tracking in a real Firefox ESR: track on a demo page → the popup lists it, overdue
// first → edit the status in the tracker → restart Firefox on the same profile → still there.
// (Exports and imports are the same code in both browsers and run in the Chromium suite.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, startDemoServer } from '../../scripts/demo-server.mjs';
import type { FollowUp, NewFollowUp } from '../../utils/types';
import { outputDir } from '../e2e/harness';
import { launchFirefox, sendFromPage, waitForScrutineer, type FirefoxExtension } from './harness';

const profileDir = mkdtempSync(join(tmpdir(), 'scrutineer-ff-tracking-'));
const uuid = randomUUID();
let ext: FirefoxExtension;
let server: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  server = await startDemoServer();
  ext = await launchFirefox({ profileDir, uuid, privateCopy: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

async function listAll(page: Awaited<ReturnType<FirefoxExtension['openExtensionPage']>>): Promise<FollowUp[]> {
  const r = await sendFromPage<{ ok: boolean; followUps: FollowUp[] }>(page, 'followup/list', {});
  expect(r.ok).toBe(true);
  return [...r.followUps].sort((a, b) => a.id.localeCompare(b.id));
}

describe('follow-up tracking in Firefox', () => {
  let tracked: FollowUp;

  it('tracks items with the Track button on a demo meeting page', async () => {
    const meeting = DEMO_PAGES.find((p) => p.kind === 'meeting')!;
    const page = await ext.newPage();
    await page.goto(server.origin + meeting.path);
    expect(await waitForScrutineer(page)).toBe('meeting');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-analysed-ms'), {
      timeout: 15_000,
    });
    const countDone = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('scrutineer-overlay')].flatMap((h) => [
            ...(h.shadowRoot?.querySelectorAll('[data-scrutineer-track][data-state="done"]') ?? []),
          ]).length,
      );
    // Routine items are collapsed, so their buttons are hidden: click visible ones only.
    for (let i = 0; i < 2; i++) {
      const button = (
        await page.evaluateHandle(
          () =>
            [...document.querySelectorAll('scrutineer-overlay')]
              .flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[data-scrutineer-track][data-state="idle"]') ?? [])])
              .find((b) => (b as HTMLElement).checkVisibility()) as HTMLElement | undefined,
        )
      ).asElement() as ElementHandle<HTMLElement> | null;
      expect(button, 'a visible Track button').toBeTruthy();
      await button!.click();
      await expect.poll(countDone, { timeout: 10_000 }).toBe(i + 1);
    }
    await page.close();

    const popup = await ext.openExtensionPage('popup.html');
    const all = await listAll(popup);
    expect(all.length).toBe(2);
    tracked = all[0];
    expect(tracked.source.host).toBe(new URL(server.origin).host);
    const overdue: NewFollowUp = {
      source: tracked.source,
      kind: 'action',
      text: 'A further progress report be submitted to Cabinet in March 2025',
      due: '2025-03',
      owner: 'Director of Children’s Services',
    };
    expect(await sendFromPage(popup, 'followup/add', overdue)).toMatchObject({ created: true });
    await popup.close();
  });

  it('shows the follow-ups in the popup, overdue first', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    try {
      await popup.waitForSelector('html[data-scrutineer-rendered="3"]', { timeout: 10_000 });
      const rows = await popup.evaluate(() =>
        [...document.querySelectorAll('[data-scrutineer-followup]')].map((r) => ({
          id: r.getAttribute('data-scrutineer-followup'),
          due: r.getAttribute('data-due'),
          overdue: r.getAttribute('data-overdue'),
        })),
      );
      expect(rows).toHaveLength(3);
      expect(rows[0]).toMatchObject({ due: '2025-03', overdue: 'true' });
      expect(rows.some((r) => r.id === tracked.id)).toBe(true);
      await popup.screenshot({ path: `${outputDir('screenshots')}/firefox-popup.png` });
    } finally {
      await popup.close();
    }
  });

  it('edits the status in the tracker', async () => {
    const tracker = await ext.openExtensionPage('tracker.html');
    try {
      const rowSelector = `tr[data-scrutineer-followup="${tracked.id}"]`;
      await tracker.waitForSelector(rowSelector, { timeout: 10_000 });
      const select = await tracker.$(`${rowSelector} select.status`);
      await select!.select('Waiting for response');
      await expect
        .poll(() => tracker.evaluate((s) => document.querySelector(s)?.getAttribute('data-status'), rowSelector), {
          timeout: 10_000,
        })
        .toBe('Waiting for response');
    } finally {
      await tracker.close();
    }
  });

  it('keeps everything after Firefox restarts on the same profile', async () => {
    await ext.close();
    ext = await launchFirefox({ profileDir, uuid, privateCopy: true });
    const tracker = await ext.openExtensionPage('tracker.html');
    try {
      const rowSelector = `tr[data-scrutineer-followup="${tracked.id}"]`;
      await tracker.waitForSelector(rowSelector, { timeout: 10_000 });
      expect(await tracker.evaluate((s) => document.querySelector(s)?.getAttribute('data-status'), rowSelector)).toBe(
        'Waiting for response',
      );
      expect((await listAll(tracker)).length).toBe(3);
    } finally {
      await tracker.close();
    }
  });
});
