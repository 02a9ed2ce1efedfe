// Watching end to end in Chromium, against the demo site: watch a committee from its meeting page
// (host access granted as a Chromium user grants it), watch a subject from the options page, let
// the demo site "publish" a meeting, and see "Check now" and the scheduled alarm bring it into the
// popup with the badge; a tracked promise gets its "possibly delivered" offer; 500s and timeouts
// are backed off with no repeated requests (counted in the demo server's log); removing the last
// watch gives the host access back. Screenshots go to .test-output/screenshots (ignored).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchExtension, waitForScrutineer, type LoadedExtension } from './harness';

type Server = Awaited<ReturnType<typeof startDemoServer>>;

const SHOTS = resolve('.test-output/screenshots');
const LIST_KEY = 'ieListMeetings.aspx?CId=433';
const MEETING = '/ieListDocuments.aspx?CId=433&MId=5581&Ver=4';
const EARLIER = '/ieListDocuments.aspx?CId=433&MId=5580&Ver=4';
const PROMISE_TITLE = 'Ofsted Regulation of Supported Accommodation for 16-17 Year Olds';

let ext: LoadedExtension;
let server: Server;
/** A second council site (another port: its own host for back-off, the same host name for access). */
let other: Server;
let options: Page;

const listRequests = (s: Server) =>
  s.requests.filter((r) => /ieListMeetings\.aspx/i.test(r.path) || /GetMeetings/i.test(r.path));

/** The extension APIs an extension page sees (typed loosely: the test runs in Node). */
interface Chrome {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  action: { getBadgeText(d: object): Promise<string> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
}

function send<T>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    ([t, p]) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ scrutineer: 1, type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<T>;
}
const badge = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));
const hostAccess = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
  );

/**
 * Allow the extension on 127.0.0.1 the way a Chromium user does without a prompt: the extension's
 * "Site access" setting in chrome://extensions, "On specific sites", "Add a site". (Headless
 * Chromium shows permissions.request's prompt where nothing can click it; once the site is allowed
 * there, the same permissions.request resolves at once, as it does for a user.)
 */
async function allowSiteInChromeSettings(context: BrowserContext, extensionId: string, origin: string) {
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  await page.locator('select').first().selectOption({ label: 'On specific sites' });
  await page.locator('cr-input#input input, #input input').first().fill(origin);
  await page.locator('cr-button#submit, #submit').first().click();
  await page.waitForTimeout(300);
  await page.close();
}

async function openMeeting(path: string, s = server): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(s.origin + path);
  await waitForScrutineer(page);
  return page;
}

async function checkNow(page: Page): Promise<string> {
  await page.click('[data-scrutineer-check-now]');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-scrutineer-check-now]') &&
      !(document.querySelector('[data-scrutineer-check-now]') as HTMLButtonElement).disabled &&
      /Checked:/.test(document.body.textContent ?? ''),
    null,
    { timeout: 30_000 },
  );
  return page.locator('p.hint[aria-live]').innerText();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startDemoServer({ webService: false });
  other = await startDemoServer({ webService: false });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  await other?.close();
});

describe('watching committees and subjects', () => {
  it('watches a committee from its meeting page after the user allows the council site', async () => {
    // A promise to come back to: track an item at the September meeting.
    const earlier = await openMeeting(EARLIER);
    await earlier
      .locator(`[data-scrutineer-item][data-title="${PROMISE_TITLE}"] .foot [data-scrutineer-track]`)
      .first()
      .click();
    await earlier.waitForTimeout(400);
    await earlier.close();

    const meeting = await openMeeting(MEETING);
    const button = meeting.locator('[data-scrutineer-digest] [data-scrutineer-watch]');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    // No host access yet: the button opens the options page, which explains before asking.
    const [asked] = await Promise.all([ext.context.waitForEvent('page'), button.click()]);
    await asked.waitForSelector('[data-scrutineer-grant]');
    expect(await asked.locator('.grant').innerText()).toMatch(/needs to read 127\.0\.0\.1/);
    expect(await hostAccess(asked)).toBe(false);
    await allowSiteInChromeSettings(ext.context, ext.extensionId, 'http://127.0.0.1');
    await asked.click('[data-scrutineer-grant]');
    await asked.waitForSelector('[data-scrutineer-grant-panel="done"]');
    expect(await hostAccess(asked)).toBe(true);
    // The first read only records what is already published: the web service (404 here), then the list.
    expect(server.requests.filter((r) => /GetMeetings/.test(r.path)).map((r) => r.status)).toEqual([404]);
    expect(listRequests(server).at(-1)!.status).toBe(200);
    options = asked;

    await meeting.reload();
    await waitForScrutineer(meeting);
    await expect
      .poll(() => meeting.locator('[data-scrutineer-watch]').getAttribute('aria-pressed'), { timeout: 15_000 })
      .toBe('true');
    await meeting.close();
  });

  it('watches a subject from the options page, and "Check now" finds the new meeting, the subject and the promise', async () => {
    await options.fill('[data-scrutineer-subject-input]', 'libraries');
    await options.selectOption('.subject-form select', { label: `Only ${new URL(server.origin).host}` });
    await options.click('[data-scrutineer-add-subject]');
    await options.waitForSelector('[data-scrutineer-watch-row="subject"]');

    // Nothing changed yet: one (conditional) request, answered 304.
    const before = listRequests(server).length;
    expect(await checkNow(options)).toMatch(/0 new, 1 request/);
    expect(
      listRequests(server)
        .slice(before)
        .map((r) => r.status),
    ).toEqual([304]);

    server.overrides.set(LIST_KEY, { file: 'extra/watch/list-published.html' });
    expect(await checkNow(options)).toMatch(/3 new, 2 requests/);
    expect(await badge(options)).toBe('3');

    const popup = await ext.openExtensionPage('popup.html');
    const rows = popup.locator('[data-scrutineer-new]');
    await rows.first().waitFor();
    const got = await rows.evaluateAll((els) =>
      els.map((e) => ({ reason: e.getAttribute('data-reason'), href: e.getAttribute('href'), text: e.textContent })),
    );
    expect(got.map((r) => r.reason).sort()).toEqual(['committee', 'followup', 'subject']);
    for (const r of got)
      expect(r.href!.startsWith(`${server.origin}/ieListDocuments.aspx?CId=433&MId=5590`)).toBe(true);
    expect(got.find((r) => r.reason === 'subject')!.text).toBe('Library Service Review and Opening Hours');
    expect(got.find((r) => r.reason === 'followup')!.text).toMatch(
      /^Possibly delivered: Ofsted Regulation of Supported Accommodation for 16-17 Year Olds - Progress Update, 21 November 2023/,
    );
    await popup.screenshot({ path: resolve(SHOTS, 'watch-popup.png') });
    // Seen once shown: the badge drops them.
    await expect.poll(() => badge(popup)).toBe('');

    // The offer shows on the promise's own row too, in the popup and in the tracker, with the same link.
    const offerHref = got.find((r) => r.reason === 'followup')!.href;
    const popupOffer = popup.locator('[data-scrutineer-followup] [data-scrutineer-offer]');
    expect(await popupOffer.locator('a').getAttribute('href')).toBe(offerHref);
    const trackerFirst = await ext.openExtensionPage('tracker.html');
    const trackerOffer = trackerFirst.locator('[data-scrutineer-followup] [data-scrutineer-offer] a');
    await trackerOffer.waitFor();
    expect(await trackerOffer.getAttribute('href')).toBe(offerHref);
    await trackerFirst.close();

    // Confirm the promise on its row: "Link and mark done" clears the offer there and in New.
    await popupOffer.locator('[data-offer-action="link-done"]').click();
    await expect.poll(() => popup.locator('[data-scrutineer-new][data-reason="followup"]').count()).toBe(0);
    await expect.poll(() => popupOffer.count()).toBe(0);
    await expect
      .poll(() => popup.locator('[data-scrutineer-followup][data-status="Done"]').count(), { timeout: 5000 })
      .toBe(1);
    const list = await send<{
      followUps: Array<{
        itemTitle?: string;
        status: string;
        resolvedBy: { title: string } | null;
        source: { itemTitle: string };
      }>;
    }>(popup, 'followup/list', {});
    const promise = list.followUps.find((f) => f.source.itemTitle === PROMISE_TITLE)!;
    expect(promise.status).toBe('Done');
    expect(promise.resolvedBy!.title).toMatch(/Progress Update/);
    await popup.close();

    const tracker = await ext.openExtensionPage('tracker.html');
    await tracker.waitForSelector('#whats-new [data-scrutineer-new][data-reason="subject"]');
    expect(await tracker.locator('[data-scrutineer-offer]').count()).toBe(0);
    await tracker.close();
  });

  it('runs the scheduled check on the alarm once the schedule is shortened', async () => {
    // The schedule is a setting like any other; the shortest the options page offers is an hour, so
    // the test stores a shorter one through the same message the page uses.
    const r = await send<{ ok: boolean; settings: { watchCheckMinutes: number } }>(options, 'watch/settings', {
      patch: { watchCheckMinutes: 0.1 },
    });
    expect(r.settings.watchCheckMinutes).toBe(0.1);
    server.overrides.set(LIST_KEY, { file: 'extra/watch/list-published-2.html' });
    await expect.poll(() => badge(options), { timeout: 45_000, interval: 1000 }).toBe('2');
    const popup = await ext.openExtensionPage('popup.html');
    await popup.waitForSelector(
      '[data-scrutineer-new][data-reason="subject"]:text("Mobile Library Vehicle Replacement")',
    );
    await popup.close();
    // Back to a long schedule so the alarm does not interfere with the counts below.
    await send(options, 'watch/settings', { patch: { watchCheckMinutes: 24 * 60 } });
  });

  it('matches a watched subject on a meeting of another committee that the user opens', async () => {
    // Cabinet is not watched: the subject ("libraries", limited to this council) is matched on the
    // page as it is read, with no request beyond the page itself.
    const page = await openMeeting('/ieListDocuments.aspx?CId=512&MId=9001');
    await page.locator('[data-scrutineer-item]').first().waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => badge(options), { timeout: 15_000 }).toBe('1');
    await page.close();
    const popup = await ext.openExtensionPage('popup.html');
    const row = popup.locator('[data-scrutineer-new][data-reason="subject"]', {
      hasText: 'Future of Community Libraries',
    });
    await row.waitFor();
    expect(await row.getAttribute('href')).toBe(`${server.origin}/ieListDocuments.aspx?CId=512&MId=9001#AI90012`);
    await popup.close();
  });

  it('backs off a council site that fails or does not answer, without repeating requests', async () => {
    // A second council (another port): watched at once, as its host name is already allowed.
    const meeting = await openMeeting(MEETING, other);
    await meeting.locator('[data-scrutineer-watch]').click();
    // The reply comes after the first read of the list (two requests a second apart).
    await expect
      .poll(() => meeting.locator('[data-scrutineer-watch]').getAttribute('aria-pressed'), { timeout: 15_000 })
      .toBe('true');
    await meeting.close();
    // (The page's own content script may read the same list: the counts start after it is closed.)
    expect(other.requests.filter((r) => /GetMeetings/.test(r.path)).map((r) => r.status)).toEqual([404]);

    server.overrides.set(LIST_KEY, { status: 500 });
    other.overrides.set(LIST_KEY, { hang: true });
    const a = listRequests(server).length;
    const b = listRequests(other).length;
    const started = Date.now();
    expect(await checkNow(options)).toMatch(/not reached/);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(listRequests(server).length - a).toBe(1);
    expect(listRequests(other).length - b).toBe(1);
    for (let i = 0; i < 3; i++) expect(await checkNow(options)).toMatch(/0 requests/);
    expect(listRequests(server).length - a).toBe(1);
    expect(listRequests(other).length - b).toBe(1);
    await options.reload();
    await options.waitForSelector(`[data-host-backoff="${new URL(server.origin).host}"]`);
    expect(await options.locator('[data-host-backoff]').count()).toBe(2);
    await options.screenshot({ path: resolve(SHOTS, 'watch-options.png'), fullPage: true });
  });

  it('gives the host access back when the last watch there is removed', async () => {
    await options.reload();
    await options.waitForSelector('[data-scrutineer-watch-row]');
    let rows = await options.locator('[data-scrutineer-watch-row]').count();
    expect(rows).toBe(3);
    while (rows > 0) {
      expect(await hostAccess(options)).toBe(true);
      await options.locator('[data-scrutineer-watch-row] [data-action="remove"]').first().click();
      await expect.poll(() => options.locator('[data-scrutineer-watch-row]').count()).toBe(rows - 1);
      rows -= 1;
    }
    await expect.poll(() => hostAccess(options)).toBe(false);
  });
});
