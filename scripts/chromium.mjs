// How Scrutineer starts Debian's Chromium with the built extension: shared by the demo, the e2e
// harness and the benches. Without the background-networking flags Chromium floods a closed
// network with refused connections (../shared/TOOLCHAIN.md).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @param {string} extensionDir */
export function chromiumArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
}
