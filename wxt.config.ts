import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';

/**
 * Content scripts get the browser's own `browser`/`chrome` instead of the webextension-polyfill
 * (about 2.7 KB gzipped of what is injected into every council page). WXT's ContentScriptContext
 * imports `wxt/browser` (aliased to the polyfill below) only for `runtime.id`; our content-script
 * code sends through utils/runtime.ts, whose `runtime.sendMessage` is promise-based natively in
 * MV3 Chromium and in Firefox. The background and extension pages keep the polyfill.
 */
const NATIVE_BROWSER = '\0scrutineer-native-browser';
const nativeBrowserInContentScripts = (): Plugin => ({
  name: 'scrutineer:native-browser-in-content-scripts',
  enforce: 'pre',
  resolveId: (id) => (id === 'webextension-polyfill' ? NATIVE_BROWSER : null),
  load: (id) =>
    id === NATIVE_BROWSER
      ? 'export default globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;'
      : null,
});

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // pdf.js's worker, copied as it ships (no remote code): started by utils/pdf/load-pdfjs.ts from
    // the extension's own URL in the offscreen document (Chrome) or background page (Firefox).
    'build:publicAssets'(_wxt, files) {
      files.push({
        absoluteSrc: resolve('node_modules/pdfjs-dist/build/pdf.worker.min.mjs'),
        relativeDest: 'pdf.worker.min.mjs',
      });
    },
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), nativeBrowserInContentScripts()];
      // Terser with three compress passes packs the injected script ~1% smaller than the default
      // minifier; every byte here is downloaded into every council page the user opens.
      config.build = {
        ...(config.build ?? {}),
        minify: 'terser',
        terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
      };
      // Classic JSX (Preact's `h`) instead of preact/jsx-runtime: about 0.2 KB gzipped less.
      config.oxc = {
        ...(config.oxc || {}),
        jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' },
        jsxInject: "import { h, Fragment } from 'preact'",
      };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Scrutineer',
    description:
      'Reads UK council committee papers on ModernGov sites: what was decided, who promised what by when, and what happened last time.',
    // `offscreen` (Chrome only): pdf.js reads linked report PDFs in an offscreen document, since
    // the MV3 service worker cannot run it; Firefox's MV2 background page runs it itself.
    permissions: ['alarms', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // reports.js: the reports module the content script imports only on pages that link PDFs;
    // analysis.js: the text-analysis engine it imports once per recognised page.
    web_accessible_resources:
      browser === 'firefox'
        ? ['reports.js', 'analysis.js']
        : [{ resources: ['reports.js', 'analysis.js'], matches: ['*://*/*'] }],
    // Watching a committee reads its council site from the background: asked for one council at a
    // time (the pattern of that origin), when the user first watches something there. MV2 has no
    // optional_host_permissions: host patterns go in optional_permissions there.
    optional_permissions: browser === 'firefox' ? ['notifications', '*://*/*'] : ['notifications'],
    ...(browser === 'firefox' ? {} : { optional_host_permissions: ['*://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scrutineer@scrutineer.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
