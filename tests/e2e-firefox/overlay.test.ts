// The overlay in a real Firefox ESR on the demo site: cards with the right numbers, titles and
// resolutions on every recognised page, one digest, resolutions highlighted, a Track click
// acknowledged by the background, hostile text rendered as text, non-ModernGov pages left alone.
// Screenshots go to .test-output/screenshots/firefox-*.png (ignored).
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOSTILE, DEMO_PAGES, startDemoServer } from '../../scripts/demo-server.mjs';
import { outputDir } from '../e2e/harness';
import { launchFirefox, sendFromPage, waitForScrutineer, type FirefoxExtension } from './harness';

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

interface Card {
  number: string;
  title: string;
  resolution: string | null;
  state: string | null;
}

/** Cards read through the open shadow roots of every <scrutineer-overlay>. */
function readCards(page: Page): Promise<Card[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('scrutineer-overlay')].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll('[data-scrutineer-item]') ?? [])].map((el) => ({
        number: el.getAttribute('data-number') ?? '',
        title: el.getAttribute('data-title') ?? '',
        resolution: el.querySelector('[data-scrutineer-resolution]')?.textContent ?? null,
        state: el.getAttribute('data-state'),
      })),
    ),
  );
}

async function openDemo(path: string): Promise<{ page: Page; kind: string | null }> {
  const page = await ext.newPage();
  await page.goto(server.origin + path);
  const kind = await waitForScrutineer(page);
  if (kind !== 'unrecognised') {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-analysed-ms'), {
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
const withItems = DEMO_PAGES.filter((p) => p.kind !== 'unrecognised' && p.items);

describe('overlay in Firefox on the demo site', () => {
  it.each(withItems.map((p) => [p.label, p] as const))('%s', async (label, demo) => {
    const { page, kind } = await openDemo(demo.path);
    try {
      expect(kind).toBe(demo.kind);
      const cards = await readCards(page);
      expect(cards.map((c) => c.number)).toEqual(demo.items!.map((i) => i.number));
      expect(cards.map((c) => c.title)).toEqual(demo.items!.map((i) => i.title));
      demo.items!.forEach((item, n) => {
        if (item.resolution) expect(cards[n].resolution, `resolution for item ${item.number}`).toBeTruthy();
      });
      expect(new Set(cards.map((c) => c.state))).toEqual(new Set(cards.length ? ['complete'] : []));
      const digests = await page.evaluate(
        () =>
          [...document.querySelectorAll('scrutineer-overlay')].filter((h) =>
            h.shadowRoot?.querySelector('[data-scrutineer-digest]'),
          ).length,
      );
      expect(digests).toBe(1);
      if (cards.some((c) => c.resolution)) {
        // CSS Custom Highlights where Firefox has them, marked spans otherwise.
        const marks = await page.evaluate(
          () =>
            (CSS.highlights?.get('scrutineer-resolution') as Set<unknown> | undefined)?.size ??
            document.querySelectorAll('[data-scrutineer-highlight]').length,
        );
        expect(marks).toBeGreaterThan(0);
      }
      await page.screenshot({ path: `${shots}/firefox-${slug(label)}.png` });
    } finally {
      await page.close();
    }
  });

  it('acknowledges a Track click and the background lists it', async () => {
    const meeting = DEMO_PAGES.find((p) => p.kind === 'meeting' && p.items?.some((i) => i.resolution))!;
    const { page } = await openDemo(meeting.path);
    try {
      const button = await page.evaluateHandle(
        () =>
          [...document.querySelectorAll('scrutineer-overlay')]
            .flatMap((h) => [
              ...(h.shadowRoot?.querySelectorAll(
                'article[data-scrutineer-item] [data-scrutineer-resolution] [data-scrutineer-track]',
              ) ?? []),
            ])
            .find((b) => (b as HTMLElement).checkVisibility()) as HTMLElement | undefined,
      );
      const el = button.asElement() as ElementHandle<HTMLElement> | null;
      expect(el, 'a visible Track button beside a resolution').toBeTruthy();
      await el!.click();
      await expect
        .poll(() => page.evaluate((b) => (b as HTMLElement).textContent, el!), { timeout: 10_000 })
        .toContain('Tracked ✓');
      const popup = await ext.openExtensionPage('popup.html');
      const list = await sendFromPage<{
        followUps: Array<{ kind: string; source: { url: string; pageKey: string; itemNumber: string | null } }>;
      }>(popup, 'followup/list', {});
      await popup.close();
      const mine = list.followUps.find((f) => f.kind === 'resolution' && f.source.url.startsWith(server.origin));
      expect(mine).toBeTruthy();
      expect(mine!.source.pageKey).toContain('|meeting|');
      expect(mine!.source.itemNumber).toBeTruthy();
    } finally {
      await page.close();
    }
  });

  it('renders hostile page text as text and runs nothing', async () => {
    const { page } = await openDemo(DEMO_HOSTILE.path);
    try {
      await new Promise((r) => setTimeout(r, 500));
      const cards = await readCards(page);
      expect(cards.some((c) => c.title.includes('<img') || c.number.includes('<img'))).toBe(true);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        xss: document.documentElement.dataset.xss,
        pagePwned: (window as unknown as { __pagePwned?: number }).__pagePwned,
        injected: [...document.querySelectorAll('scrutineer-overlay')].some((h) =>
          h.shadowRoot?.querySelector('img, script, svg, iframe'),
        ),
      }));
      expect(state.pwned).toBeUndefined();
      expect(state.xss).toBeUndefined();
      expect(state.pagePwned).toBe(DEMO_HOSTILE.pagePwnedExpected);
      expect(state.injected).toBe(false);
    } finally {
      await page.close();
    }
  });
});
