// Loads the built extension into Debian's Chromium (never a downloaded browser) and serves the
// demo site from localhost, so e2e tests use Scrutineer as a person would.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from '../../scripts/chromium.mjs';

export { CHROMIUM, chromiumArgs };

export const EXTENSION_DIR = resolve(process.cwd(), '.output/chrome-mv3');

/** Screenshots and other test outputs: an ignored folder, so a test run leaves `git status` clean. */
export const TEST_OUTPUT = resolve(process.cwd(), '.test-output');

/** A folder under `.test-output/` (created when missing) for one suite's files. */
export function outputDir(name: string): string {
  const dir = join(TEST_OUTPUT, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  /** Open an extension page (popup.html, tracker.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launch Chromium with the built extension; reuse `profileDir` to simulate a browser restart.
 * `privateCopy` runs a private copy of the build (removed on close), so a concurrent `wxt build`
 * cannot swap files under the browser.
 */
export async function launchExtension(
  options: {
    profileDir?: string;
    extensionDir?: string;
    privateCopy?: boolean;
    /** Files added to the private copy only (path in the extension → contents), e.g. a bench's blank page. */
    extraFiles?: Record<string, string>;
  } = {},
): Promise<LoadedExtension> {
  const builtDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(builtDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${builtDir}: run \`npm run build\` first`);
  }
  const copyDir = options.privateCopy ? mkdtempSync(join(tmpdir(), 'scrutineer-ext-')) : null;
  const extensionDir = copyDir ? join(copyDir, 'chrome-mv3') : builtDir;
  if (copyDir) cpSync(builtDir, extensionDir, { recursive: true });
  if (options.extraFiles && !copyDir)
    throw new Error('extraFiles needs privateCopy: the build itself is never changed');
  for (const [path, text] of Object.entries(options.extraFiles ?? {})) writeFileSync(join(extensionDir, path), text);
  const ownsProfile = !options.profileDir;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'scrutineer-e2e-'));
  const removeOwnDirs = () => {
    if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    if (copyDir) rmSync(copyDir, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: chromiumArgs(extensionDir),
      viewport: { width: 1280, height: 900 },
    });
  } catch (error) {
    removeOwnDirs();
    throw error;
  }
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
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
      removeOwnDirs();
    },
  };
}

/** Wait until the content script has classified the page (the `data-scrutineer-page` hook). */
export async function waitForScrutineer(page: Page, timeout = 15_000): Promise<string | null> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-scrutineer-page'), null, { timeout });
  return page.evaluate(() => document.documentElement.getAttribute('data-scrutineer-page'));
}

let axeSource: string | undefined;

/** Serious or critical axe-core violations inside the overlay's shadow roots (every `<scrutineer-overlay>`). */
export async function axeOverlay(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [...document.querySelectorAll('scrutineer-overlay')] },
      { resultTypes: ['violations'] },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`);
  });
}
