// The extension loaded into a real Chromium on the served demo site: the content script is
// injected wherever councils mount ModernGov, classifies each page, and leaves non-ModernGov
// pages alone. (Checked once by breaking the match pattern: every page test here fails.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, startDemoServer } from '../../scripts/demo-server.mjs';
import { launchExtension, waitForScrutineer, type LoadedExtension } from './harness';

let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  server = await startDemoServer();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('content script on the demo site', () => {
  it.each(DEMO_PAGES.map((p) => [p.label, p] as const))('%s is classified', async (_label, demo) => {
    const page = await ext.context.newPage();
    try {
      await page.goto(server.origin + demo.path);
      expect(await waitForScrutineer(page)).toBe(demo.kind);
      if (demo.kind === 'unrecognised') {
        await page.waitForTimeout(300);
        expect(await page.locator('scrutineer-overlay').count()).toBe(0);
      }
    } finally {
      await page.close();
    }
  });

  it('is injected under a /modernGov/ sub-path and with upper-case file names', async () => {
    const sub = DEMO_PAGES.find((p) => /\/modernGov\//i.test(p.path));
    expect(sub, 'the demo site has a page under /modernGov/').toBeTruthy();
    const page = await ext.context.newPage();
    try {
      await page.goto(server.origin + sub!.path);
      expect(await waitForScrutineer(page)).toBe(sub!.kind);
    } finally {
      await page.close();
    }
  });
});

describe('extension pages', () => {
  it('the background answers the typed ping from the popup', async () => {
    const page = await ext.openExtensionPage('popup.html');
    try {
      const reply = await page.evaluate(() => {
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        };
        return chrome.runtime.sendMessage({ scrutineer: 1, type: 'ping', payload: {} });
      });
      expect(reply).toMatchObject({ ok: true, version: expect.any(String) });
      expect(await page.locator('h1').first().textContent()).toContain('Scrutineer');
    } finally {
      await page.close();
    }
  });

  it('the tracker page opens in a tab', async () => {
    const page = await ext.openExtensionPage('tracker.html');
    try {
      expect(await page.locator('h1').first().textContent()).toMatch(/tracker/i);
    } finally {
      await page.close();
    }
  });
});
