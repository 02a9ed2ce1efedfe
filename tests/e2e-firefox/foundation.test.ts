// The Firefox build in a real Firefox ESR (WebDriver BiDi): the content script is injected wherever
// councils mount ModernGov, classifies each demo page and leaves other pages alone, and the
// extension pages reach the background (an MV2 event page in Firefox, a service worker in Chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, startDemoServer } from '../../scripts/demo-server.mjs';
import { launchFirefox, sendFromPage, waitForScrutineer, type FirefoxExtension } from './harness';

let ext: FirefoxExtension;
let server: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  server = await startDemoServer();
  ext = await launchFirefox({ privateCopy: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('content script in Firefox on the demo site', () => {
  it.each(DEMO_PAGES.map((p) => [p.label, p] as const))('%s is classified', async (_label, demo) => {
    const page = await ext.newPage();
    try {
      await page.goto(server.origin + demo.path);
      expect(await waitForScrutineer(page)).toBe(demo.kind);
      if (demo.kind === 'unrecognised') {
        await new Promise((r) => setTimeout(r, 300));
        expect(await page.evaluate(() => document.querySelectorAll('scrutineer-overlay').length)).toBe(0);
      }
    } finally {
      await page.close();
    }
  });
});

describe('extension pages in Firefox', () => {
  it('the background answers the typed ping from the popup', async () => {
    const page = await ext.openExtensionPage('popup.html');
    try {
      expect(await sendFromPage(page, 'ping', {})).toMatchObject({ ok: true, version: expect.any(String) });
      expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toContain('Scrutineer');
    } finally {
      await page.close();
    }
  });

  it('the tracker page opens in a tab', async () => {
    const page = await ext.openExtensionPage('tracker.html');
    try {
      expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toMatch(/tracker/i);
    } finally {
      await page.close();
    }
  });
});
