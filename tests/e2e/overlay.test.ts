// The overlay in a real Chromium on every demo page: cards with the right numbers, titles and
// resolutions; resolutions highlighted; a Track click acknowledged by the background; axe clean
// inside the overlay; hostile text rendered as text; non-ModernGov pages left alone.
// Screenshots go to .test-output/screenshots/ (ignored); the README's picture is a copy of
// meeting-overlay.png taken from there by hand (docs/overlay-meeting.png).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOSTILE, DEMO_PAGES, startDemoServer } from '../../scripts/demo-server.mjs';
import { axeOverlay, launchExtension, outputDir, waitForScrutineer, type LoadedExtension } from './harness';

let SHOTS: string;
let ext: LoadedExtension;
let server: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  SHOTS = outputDir('screenshots');
  server = await startDemoServer();
  // A private copy of the build: a concurrent `wxt build` must not swap files under the browser.
  ext = await launchExtension({ privateCopy: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface Card {
  number: string;
  title: string;
  resolution: string | null;
}

/** Cards read through the open shadow roots of every <scrutineer-overlay>. */
function readCards(page: Page): Promise<Card[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('scrutineer-overlay')].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll('[data-scrutineer-item]') ?? [])].map((el) => ({
        number: el.getAttribute('data-number') ?? '',
        title: el.getAttribute('data-title') ?? '',
        resolution: el.querySelector('[data-scrutineer-resolution]')?.textContent ?? null,
      })),
    ),
  );
}

async function openDemo(path: string): Promise<{ page: Page; kind: string | null }> {
  const page = await ext.context.newPage();
  await page.goto(server.origin + path);
  const kind = await waitForScrutineer(page);
  if (kind !== 'unrecognised') {
    // Cards mount first (DOM read only), then fill in as each item's text is analysed in idle time.
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-mount-ms'), null, {
      timeout: 15_000,
    });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-analysed-ms'), null, {
      timeout: 15_000,
    });
  }
  return { page, kind };
}

const slug = (s: string) =>
  s
    .replace(/[^a-z0-9]+/gi, '-')
    .slice(0, 60)
    .toLowerCase();
const recognised = DEMO_PAGES.filter((p) => p.kind !== 'unrecognised');

describe('overlay on the demo site', () => {
  it.each(recognised.map((p) => [p.label, p] as const))('%s', async (label, demo) => {
    const { page, kind } = await openDemo(demo.path);
    try {
      expect(kind).toBe(demo.kind);
      const cards = await readCards(page);
      if (demo.items) {
        expect(cards.map((c) => c.number)).toEqual(demo.items.map((i) => i.number));
        expect(cards.map((c) => c.title)).toEqual(demo.items.map((i) => i.title));
        demo.items.forEach((item, n) => {
          if (item.resolution) expect(cards[n].resolution, `resolution for item ${item.number}`).toBeTruthy();
        });
        const digest = await page.locator('scrutineer-overlay [data-scrutineer-digest]').count();
        expect(digest).toBe(1);
      } else {
        expect(cards.length).toBeGreaterThan(0);
      }
      if (cards.some((c) => c.resolution)) {
        const marks = await page.evaluate(
          () =>
            (CSS.highlights?.get('scrutineer-resolution') as Set<unknown> | undefined)?.size ??
            document.querySelectorAll('[data-scrutineer-highlight]').length,
        );
        expect(marks).toBeGreaterThan(0);
      }
      // axe-core on the overlay's contents (inside the open shadow roots).
      expect(await axeOverlay(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/${slug(label)}.png`, fullPage: false });
      // A second shot at the first decided item, where the cards matter most.
      const decided = page
        .locator('scrutineer-overlay article[data-scrutineer-item]:has([data-scrutineer-resolution])')
        .first();
      if (await decided.count()) {
        await decided.evaluate((el) =>
          (el.getRootNode() as ShadowRoot).host.closest('tr, p, div')?.scrollIntoView({ block: 'start' }),
        );
        await page.screenshot({ path: `${SHOTS}/${slug(label)}-item.png` });
        if (demo.path.includes('MId=3046')) await page.screenshot({ path: `${SHOTS}/meeting-overlay.png` });
      }
    } finally {
      await page.close();
    }
  });

  it('mounts cards before analysing them, shares one stylesheet and keeps page CSS out', async () => {
    const largest = [...DEMO_PAGES]
      .filter((p) => p.kind === 'meeting')
      .sort((a, b) => (b.items?.length ?? 0) - (a.items?.length ?? 0))[0];
    const { page } = await openDemo(largest.path);
    try {
      const got = await page.evaluate(() => {
        const html = document.documentElement;
        const hosts = [...document.querySelectorAll('scrutineer-overlay')];
        const cards = hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[data-scrutineer-item]') ?? [])]);
        const sheets = hosts.map((h) => h.shadowRoot?.adoptedStyleSheets[0]);
        return {
          mount: Number(html.getAttribute('data-scrutineer-mount-ms')),
          analysed: Number(html.getAttribute('data-scrutineer-analysed-ms')),
          open: hosts.every((h) => h.shadowRoot !== null),
          oneSheet: sheets.every((s) => s && s === sheets[0]),
          styleTags: hosts.filter((h) => h.shadowRoot?.querySelector('style')).length,
          states: [...new Set(cards.map((c) => c.getAttribute('data-state')))],
          digest: hosts
            .map((h) => h.shadowRoot?.querySelector('[data-scrutineer-digest]')?.getAttribute('data-state'))
            .find(Boolean),
        };
      });
      expect(got.mount).toBeGreaterThan(0);
      expect(got.analysed).toBeGreaterThanOrEqual(got.mount);
      expect(got.open).toBe(true);
      expect(got.oneSheet).toBe(true);
      expect(got.styleTags).toBe(0);
      expect(got.states).toEqual(['complete']);
      expect(got.digest).toBe('complete');
      // Hostile page CSS aimed at our element and everything: the card keeps its own look.
      const style = await page.evaluate(() => {
        const s = document.createElement('style');
        s.textContent =
          'scrutineer-overlay, scrutineer-overlay * , * { color: rgb(255, 0, 0) !important; font-size: 40px !important; display: inline !important; --fg: red !important; }';
        document.head.append(s);
        const card = document.querySelector('scrutineer-overlay')!.shadowRoot!.querySelector('.digest, .card')!;
        const cs = getComputedStyle(card);
        return {
          color: cs.color,
          fontSize: cs.fontSize,
          display: getComputedStyle(document.querySelector('scrutineer-overlay')!).display,
        };
      });
      expect(style.color).not.toBe('rgb(255, 0, 0)');
      expect(style.fontSize).not.toBe('40px');
      expect(style.display).toBe('block');
    } finally {
      await page.close();
    }
  });

  it('renders in dark mode (screenshot)', async () => {
    const page = await ext.context.newPage();
    try {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(server.origin + '/ieListDocuments.aspx?CId=122&MId=3046&Ver=4');
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-analysed-ms'), null, {
        timeout: 15_000,
      });
      const bg = await page.evaluate(
        () =>
          getComputedStyle(document.querySelector('scrutineer-overlay')!.shadowRoot!.querySelector('.digest')!)
            .backgroundColor,
      );
      expect(bg).toBe('rgb(31, 33, 38)');
      const decided = page
        .locator('scrutineer-overlay article[data-scrutineer-item]:has([data-scrutineer-resolution])')
        .first();
      await decided.evaluate((el) =>
        (el.getRootNode() as ShadowRoot).host.closest('tr')?.scrollIntoView({ block: 'start' }),
      );
      await page.screenshot({ path: `${SHOTS}/meeting-overlay-dark.png` });
    } finally {
      await page.close();
    }
  });

  it('acknowledges a Track click and the background lists it', async () => {
    const meeting = DEMO_PAGES.find((p) => p.kind === 'meeting' && p.items?.some((i) => i.resolution))!;
    const { page } = await openDemo(meeting.path);
    try {
      const button = page
        .locator(
          'scrutineer-overlay article[data-scrutineer-item] [data-scrutineer-resolution] [data-scrutineer-track]',
        )
        .first();
      await button.click();
      await expect.poll(() => button.textContent(), { timeout: 10_000 }).toContain('Tracked ✓');
      const popup = await ext.openExtensionPage('popup.html');
      const list = await popup.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ scrutineer: 1, type: 'followup/list', payload: {} }),
      );
      await popup.close();
      const tracked = (
        list as {
          followUps: Array<{ kind: string; source: { url: string; pageKey: string; itemNumber: string | null } }>;
        }
      ).followUps;
      const mine = tracked.find((f) => f.kind === 'resolution' && f.source.url.startsWith(server.origin));
      expect(mine).toBeTruthy();
      expect(mine!.source.pageKey).toContain('|meeting|');
      expect(mine!.source.itemNumber).toBeTruthy();
    } finally {
      await page.close();
    }
  });

  it('re-attaches cards when the page re-renders its items table', async () => {
    const meeting = DEMO_PAGES.find((p) => p.kind === 'meeting' && (p.items?.length ?? 0) > 3)!;
    const { page } = await openDemo(meeting.path);
    try {
      const before = (await readCards(page)).length;
      await page.evaluate(() => {
        const table = document.querySelector('table.mgItemTable')!;
        const copy = table.cloneNode(true) as Element;
        copy.querySelectorAll('scrutineer-overlay').forEach((el) => el.remove());
        table.replaceWith(copy);
      });
      await expect.poll(async () => (await readCards(page)).length, { timeout: 5_000 }).toBe(before);
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('scrutineer-overlay')].every((h) => h.isConnected && h.shadowRoot),
        ),
      ).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('renders hostile page text as text and runs nothing', async () => {
    const { page } = await openDemo(DEMO_HOSTILE.path);
    try {
      await page.waitForTimeout(500);
      const cards = await readCards(page);
      expect(cards.some((c) => c.title.includes('<img') || c.number.includes('<img'))).toBe(true);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        xss: document.documentElement.dataset.xss,
        pagePwned: (window as unknown as { __pagePwned?: number }).__pagePwned,
        badLinks: [...document.querySelectorAll('scrutineer-overlay')].flatMap((h) =>
          [...(h.shadowRoot?.querySelectorAll('a[href]') ?? [])]
            .map((a) => a.getAttribute('href')!)
            .filter((href) => !/^https?:/i.test(href) && !href.startsWith('#')),
        ),
        injected: [...document.querySelectorAll('scrutineer-overlay')].some((h) =>
          h.shadowRoot?.querySelector('img, script, svg, iframe'),
        ),
      }));
      expect(state.pwned).toBeUndefined();
      expect(state.xss).toBeUndefined();
      expect(state.pagePwned).toBe(DEMO_HOSTILE.pagePwnedExpected);
      expect(state.badLinks).toEqual([]);
      expect(state.injected).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('leaves a non-ModernGov page alone', async () => {
    const other = DEMO_PAGES.find((p) => p.kind === 'unrecognised')!;
    const { page, kind } = await openDemo(other.path);
    try {
      expect(kind).toBe('unrecognised');
      await page.waitForTimeout(300);
      expect(await page.locator('scrutineer-overlay').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
