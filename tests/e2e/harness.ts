// Loads the built extension into Debian's Chromium (never a downloaded browser) and serves the
// demo site from localhost, so e2e tests use Scrutineer as a person would.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from '../../scripts/chromium.mjs';

export { CHROMIUM, chromiumArgs };

export const EXTENSION_DIR = resolve(process.cwd(), '.output/chrome-mv3');

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  /** Open an extension page (popup.html, tracker.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launch Chromium with the built extension; reuse `profileDir` to simulate a browser restart. */
export async function launchExtension(options: { profileDir?: string; extensionDir?: string } = {}): Promise<LoadedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first`);
  }
  const ownsProfile = !options.profileDir;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'scrutineer-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(extensionDir),
    viewport: { width: 1280, height: 900 },
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    profileDir,
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Wait until the content script has classified the page (the `data-scrutineer-page` hook). */
export async function waitForScrutineer(page: Page, timeout = 15_000): Promise<string | null> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-page'), null, { timeout });
  return page.evaluate(() => document.documentElement.getAttribute('data-scrutineer-page'));
}
