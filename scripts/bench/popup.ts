// Popup figure for `npm run bench`: popup.render1000Ms — open the built popup in headless
// Chromium with 1,000 follow-ups stored, and time from navigation start to the list on screen
// (the popup marks `scrutineer:popup-rendered` after its first render with data; it renders the
// first 40 rows and a "Show more" button). Median of 7 loads. popup.renderAfterDataMs is the
// part after the list arrives. popup.blankMs is the same measure for an empty extension page
// (an HTML shell and one module script that marks the time, added to the bench's private copy
// of the build only), opened the same way in the same browser: what Chromium itself costs, so
// render1000Ms − blankMs is the popup's own. Assumes .output/chrome-mv3 exists.
import type { FollowUp, FollowUpStatus } from '../../utils/types';
import { FOLLOW_UP_STATUSES } from '../../utils/types';
import { toBackupJson } from '../../utils/export/backup';
import { launchExtension } from '../../tests/e2e/harness';
import { median } from './stats';
import { meetingKey } from '../../utils/moderngov/keys';

const COUNT = 1_000;
const LOADS = 7;

/** 1,000 plausible follow-ups over 10 committees, due dates spread a year either side of today. */
export function seed(): FollowUp[] {
  const now = Date.now();
  return Array.from({ length: COUNT }, (_, i) => {
    const due =
      i % 7 === 0
        ? null
        : new Date(now + (((i * 37) % 730) - 365) * 864e5).toISOString().slice(0, i % 5 === 0 ? 7 : 10);
    const text = `Officers agreed to report back to the committee on progress with action ${i + 1}, including costs and timescales`;
    return {
      id: `bench-${i}`,
      source: {
        url: `https://democracy.example.gov.uk/ieListDocuments.aspx?CId=${100 + (i % 10)}&MId=${5000 + Math.floor(i / 10)}`,
        host: 'democracy.example.gov.uk',
        pageKey: meetingKey('democracy.example.gov.uk', String(5000 + Math.floor(i / 10))),
        pageKind: 'meeting',
        committee: `Scrutiny Committee ${i % 10}`,
        meetingDate: '2025-01-14',
        itemNumber: String(i % 20),
        itemTitle: `Agenda item ${i}`,
        agendaItemId: String(9000 + i),
        quote: text,
        position: i % 20,
      },
      kind: 'action',
      text,
      status: FOLLOW_UP_STATUSES[i % 5] as FollowUpStatus,
      due,
      owner: `Director ${i % 12}`,
      notes: [],
      tags: i % 3 ? ['housing'] : [],
      createdAt: '2025-01-15T09:00:00.000Z',
      updatedAt: new Date(Date.parse('2025-01-15T09:00:00.000Z') + i * 1000).toISOString(),
    };
  });
}

const BLANK_FILES = {
  'bench-blank.html':
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>blank</title><script type="module" src="/bench-blank.js"></script></head><body></body></html>\n',
  'bench-blank.js':
    "performance.mark('scrutineer:blank-rendered');\ndocument.documentElement.dataset.scrutineerRendered = 'blank';\n",
};

export async function benchPopup(): Promise<Record<string, number>> {
  // A private copy, so a concurrent `wxt build` cannot pull the extension out from under us.
  const ext = await launchExtension({ privateCopy: true, extraFiles: BLANK_FILES });
  try {
    const page = await ext.openExtensionPage('popup.html');
    const reply = (await page.evaluate(
      (text) => {
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        };
        return chrome.runtime.sendMessage({ scrutineer: 1, type: 'followup/import', payload: { text } });
      },
      toBackupJson(seed(), new Date()),
    )) as { ok: boolean; added?: number; error?: string };
    if (!reply.ok || reply.added !== COUNT)
      throw new Error(`popup bench: seeding failed: ${reply.error ?? JSON.stringify(reply)}`);
    const times: number[] = [];
    const afterData: number[] = [];
    const blank: number[] = [];
    const url = page.url();
    const blankUrl = new URL('/bench-blank.html', url).href;
    for (let i = 0; i < LOADS + 1; i++) {
      // Blank and popup loads alternate, so both see the same machine load.
      await page.goto(blankUrl);
      await page.waitForSelector('html[data-scrutineer-rendered="blank"]');
      const blankAt = await page.evaluate(
        () => performance.getEntriesByName('scrutineer:blank-rendered')[0]?.startTime ?? NaN,
      );
      if (i > 0) blank.push(blankAt);
      await page.goto(url);
      await page.waitForSelector(`html[data-scrutineer-rendered="${COUNT}"]`);
      const [rendered, data] = await page.evaluate(() =>
        ['scrutineer:popup-rendered', 'scrutineer:popup-data'].map(
          (m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN,
        ),
      );
      if (i === 0) continue; // the first load warms the service worker and caches
      times.push(rendered);
      afterData.push(rendered - data);
    }
    return {
      'popup.render1000Ms': Number(median(times).toFixed(1)),
      // The popup's own share: from the list reply arriving to the rows in the DOM.
      'popup.renderAfterDataMs': Number(median(afterData).toFixed(1)),
      'popup.blankMs': Number(median(blank).toFixed(1)),
    };
  } finally {
    await ext.close();
  }
}
