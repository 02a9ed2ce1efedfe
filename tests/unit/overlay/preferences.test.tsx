// The options page's choices as the cards honour them: the on-device summary offered only where
// the browser has a summariser and the user left the option on, and the backfill panel naming the
// months the user chose.
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createHostFactory } from '../../../utils/content/host';
import { mountOverlay } from '../../../utils/content/mount';
import type { CardPreferences, OverlayApi } from '../../../utils/content/overlay-api';
import { analyseBlock } from '../../../utils/extract';
import { readPageProgressive } from '../../../utils/parser';

const HTML = `<div id="modgov"><div class="mgContent">
  <h2 class="mgSubTitleTxt">Cabinet - Wednesday, 14th March, 2018 10.00 am</h2>
  <table class="mgItemTable"><tr><td class="mgItemNumberCell">117.</td><td>
    <p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=1">Fostering Plan</a></p>
    <p class="mgSubItemTitleTxt">Decision:</p><div class="mgWordPara"><p>RESOLVED that the plan costing £3.2m be approved and that an update report be submitted in April 2018.</p></div>
  </td></tr></table></div></div>`;
const URL_ = new URL('https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2');

const ctx = { signal: new AbortController().signal } as unknown as ContentScriptContext;
const g = globalThis as { Summarizer?: unknown };

afterEach(() => {
  document.body.innerHTML = '';
  delete g.Summarizer;
});

/** Mount the cards of a small meeting page with these preferences; every item analysed. */
async function mountWith(preferences: CardPreferences | null) {
  document.body.innerHTML = HTML;
  const read = readPageProgressive(document, URL_)!;
  read.pending.forEach((fill) => fill(analyseBlock));
  const api: OverlayApi = {
    track: async () => true,
    linkFollowUp: async () => true,
    backfill: () => ({ start: async () => {}, cancel: async () => {}, resume: async () => {}, stop: () => {} }),
    preferences: async () => preferences,
  };
  const overlay = mountOverlay(ctx, document, read, { api, hosts: createHostFactory(document, '') });
  overlay.itemReady(0);
  overlay.allReady(() => 0);
  // The preferences arrive asynchronously (a message to the background in the extension).
  await new Promise((r) => setTimeout(r, 0));
  const shadows = [...document.querySelectorAll('scrutineer-overlay')].map((h) => h.shadowRoot!);
  const text = (sel: string) => shadows.flatMap((s) => [...s.querySelectorAll(sel)].map((e) => e.textContent ?? ''));
  return { text, overlay };
}

const onDeviceButtons = (text: (sel: string) => string[]) => text('button').filter((t) => /on-device AI/.test(t));

describe('the options page as the cards honour it', () => {
  it('offers the on-device summary where the browser has one and the option is on', async () => {
    g.Summarizer = { availability: async () => 'available', create: async () => ({ summarize: async () => 'x' }) };
    const { text } = await mountWith({ onDeviceSummaries: true, backfillMonths: 12 });
    expect(onDeviceButtons(text)).toHaveLength(1);
  });

  it('leaves it out when the user turned it off, even where the browser has one', async () => {
    g.Summarizer = { availability: async () => 'available', create: async () => ({ summarize: async () => 'x' }) };
    const { text } = await mountWith({ onDeviceSummaries: false, backfillMonths: 12 });
    expect(onDeviceButtons(text)).toHaveLength(0);
    expect(text('.summary, [class*=summary]').join(' ')).not.toMatch(/on-device/);
  });

  it('leaves it out where the browser has no summariser, whatever the option', async () => {
    const { text } = await mountWith({ onDeviceSummaries: true, backfillMonths: 12 });
    expect(onDeviceButtons(text)).toHaveLength(0);
  });

  it('names the months the user chose on the backfill button', async () => {
    const { text } = await mountWith({ onDeviceSummaries: true, backfillMonths: 6 });
    expect(text('[data-scrutineer-backfill] button').join(' ')).toMatch(/past 6 months/);
    document.body.innerHTML = '';
    const again = await mountWith(null);
    expect(again.text('[data-scrutineer-backfill] button').join(' ')).toMatch(/past 12 months/);
  });
});
