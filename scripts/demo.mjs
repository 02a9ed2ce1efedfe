#!/usr/bin/env node
// `npm run demo`: build Scrutineer, serve the bundled sample council pages from localhost and
// open Debian's Chromium with the extension loaded on the demo meeting page. Offline by design.
//
//   npm run demo                 a visible browser (needs a display); Ctrl-C to stop
//   npm run demo -- --headless   no window: screenshots of every demo page and the popup, then exit
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';
import { DEMO_PAGES as CHECKED_PAGES, EXTRA_DEMO_PAGES, startDemoServer } from './demo-server.mjs';

const DEMO_PAGES = [...CHECKED_PAGES, ...EXTRA_DEMO_PAGES];

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error(`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log("Installing Debian's chromium (one time)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error('Could not install chromium with apt-get; install it by hand and run the demo again.');
      process.exit(1);
    }
  }
}

async function main() {
  ensureChromium();
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

  const server = await startDemoServer({ port: headless ? 0 : 8484 });
  const profileDir = mkdtempSync(join(tmpdir(), 'scrutineer-demo-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1366, height: 900 } : null,
    args: chromiumArgs(EXTENSION_DIR),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cleanup = async () => {
    await context.close().catch(() => {});
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  };

  if (!headless) {
    const first = DEMO_PAGES.find((p) => p.kind === 'meeting') ?? DEMO_PAGES[0];
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.origin + first.path);
    console.log(`Scrutineer demo: ${server.origin}${first.path}`);
    console.log('Other sample pages:');
    for (const p of DEMO_PAGES) console.log(`  ${p.label.padEnd(48)} ${server.origin}${p.path}`);
    console.log(`Popup: chrome-extension://${extensionId}/popup.html   Ctrl-C to stop.`);
    process.on('SIGINT', () => void cleanup().then(() => process.exit(0)));
    context.on('close', () => void server.close().then(() => process.exit(0)));
    return;
  }

  const outDir = resolve('.demo', `screenshots-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(outDir, { recursive: true });
  const page = await context.newPage();
  let n = 0;
  for (const demo of DEMO_PAGES) {
    await page.goto(server.origin + demo.path);
    const kind = await page
      .waitForFunction(() => document.documentElement.getAttribute('data-scrutineer-page'), null, { timeout: 15_000 })
      .then((h) => h.jsonValue())
      .catch(() => 'not injected');
    // Let the overlay mount and settle before the picture.
    await page.waitForTimeout(demo.kind === 'unrecognised' ? 300 : 1200);
    const file = join(
      outDir,
      `${String(++n).padStart(2, '0')}-${demo.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`,
    );
    await page.screenshot({ path: file, fullPage: false });
    console.log(`${String(kind).padEnd(13)} ${demo.label} → ${file}`);
    if (n === 1) await trackSomeActions(page);
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: join(outDir, `${String(++n).padStart(2, '0')}-popup.png`) });
  console.log(`Screenshots written to ${outDir}`);
  await cleanup();
}

/** Press Track on the first few promises, as a councillor would, so the popup has something to show. */
async function trackSomeActions(page) {
  const buttons = page.locator('scrutineer-overlay [data-scrutineer-action] [data-scrutineer-track]');
  const count = Math.min(await buttons.count().catch(() => 0), 3);
  for (let i = 0; i < count; i++)
    await buttons
      .nth(i)
      .click()
      .catch(() => {});
  if (count) await page.waitForTimeout(300);
}

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
