// Loads the built Firefox extension (.output/firefox-mv2) into Debian's Firefox ESR (never a
// downloaded browser), driven by puppeteer-core over WebDriver BiDi.
//
// Three Firefox facts shape this file:
// - `browser.installExtension(dir)` installs an unpacked add-on as a temporary add-on; its pages live
//   at moz-extension://<uuid>/, where the uuid is random per profile. Firefox takes the uuid from the
//   `extensions.webextensions.uuids` pref ({gecko id: uuid}) when one is set, so we pin it.
// - Since Firefox 153, WebDriver may navigate to moz-extension:// pages only when Firefox is started
//   with `--remote-allow-system-access` ("Navigation to … is not allowed in this context").
// - Such a navigation moves the tab into the extension process, and puppeteer never hears it finish
//   (the goto times out or ends in "Frame detached" although the page is loaded and scriptable). So
//   extension pages are opened without waiting on goto, by polling the page's own location.
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(process.cwd(), '.output/firefox-mv2');

export interface FirefoxExtension {
  browser: Browser;
  /** The internal uuid: extension pages are at moz-extension://<uuid>/. */
  uuid: string;
  geckoId: string;
  profileDir: string;
  newPage(): Promise<Page>;
  /** Open an extension page (popup.html, tracker.html) in a new tab, loaded and scriptable. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

function geckoIdOf(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Launch Firefox ESR with the built extension. Pass the same `profileDir` and `uuid` to simulate a
 * browser restart: the add-on is temporary, so it is installed again, and the prefs below keep its
 * uuid and its storage when Firefox removes it at shutdown.
 */
export async function launchFirefox(
  options: { profileDir?: string; uuid?: string; privateCopy?: boolean } = {},
): Promise<FirefoxExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr`);
  const geckoId = geckoIdOf(FIREFOX_EXTENSION_DIR);
  const copyDir = options.privateCopy ? mkdtempSync(join(tmpdir(), 'scrutineer-ffext-')) : null;
  const extensionDir = copyDir ? join(copyDir, 'firefox-mv2') : FIREFOX_EXTENSION_DIR;
  if (copyDir) cpSync(FIREFOX_EXTENSION_DIR, extensionDir, { recursive: true });
  const ownsProfile = !options.profileDir;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'scrutineer-ff-'));
  const uuid = options.uuid ?? randomUUID();
  const removeOwnDirs = () => {
    if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    if (copyDir) rmSync(copyDir, { recursive: true, force: true });
  };
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocol: 'webDriverBiDi',
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      timeout: 60_000,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        // A temporary add-on is removed at shutdown; keep its uuid and IndexedDB for the restart test.
        'extensions.webextensions.keepUuidOnUninstall': true,
        'extensions.webextensions.keepStorageOnUninstall': true,
      },
    });
  } catch (error) {
    removeOwnDirs();
    throw error;
  }
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  } catch (error) {
    await browser.close();
    removeOwnDirs();
    throw error;
  }
  const base = `moz-extension://${uuid}/`;
  return {
    browser,
    uuid,
    geckoId,
    profileDir,
    newPage: () => browser.newPage(),
    async openExtensionPage(path: string) {
      const url = base + path.replace(/^\//, '');
      const page = await browser.newPage();
      // Not awaited (see the top of this file); its late rejection is expected and ignored.
      page.goto(url, { timeout: 20_000 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
        if (ready === `${url} complete`) return page;
        if (Date.now() > deadline) {
          await page.close().catch(() => undefined);
          throw new Error(`Firefox did not open ${url} (last state: ${ready || 'no reply'})`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      await browser.close();
      removeOwnDirs();
    },
  };
}

/** Wait until the content script has classified the page (the `data-scrutineer-page` hook). */
export async function waitForScrutineer(page: Page, timeout = 15_000): Promise<string | null> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-page'), { timeout });
  return page.evaluate(() => document.documentElement.getAttribute('data-scrutineer-page'));
}

/** Send a typed message from an extension page, as the popup does. */
export function sendFromPage<T>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    (t, p) => {
      const { browser } = globalThis as unknown as {
        browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      };
      return browser.runtime.sendMessage({ scrutineer: 1, type: t, payload: p });
    },
    type,
    payload,
  ) as Promise<T>;
}
