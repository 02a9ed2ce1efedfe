import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// Layers, lowest first. A module may import from its own layer and the layers below it, never
// from a layer above (checked below with no-restricted-imports, so a wrong import fails the build):
//
//   0. vocabulary   utils/types.ts, utils/text/              words, dates, days, HTML to text
//   1. ModernGov    utils/moderngov/                         page kinds, keys, URLs, selectors
//   2. reading      utils/extract/, utils/parser/,           text and DOM in, data out (pure)
//                   utils/summary/
//   3. domain       utils/followups/, utils/related/,        follow-up rules, related-minutes
//                   utils/export/, utils/overlay/            ranking and index, exports, card
//                                                            view helpers (pure, except the
//                                                            index's own IndexedDB store)
//   4. I/O          utils/storage/ (IndexedDB, background    the follow-up store; the one
//                   only), utils/messages.ts, runtime.ts     message catalogue and its sender
//   5. UI           components/                              props in, JSX out; callbacks out
//   6. runs         utils/content/ (the page run: every      what happens on a council page,
//                   write to the page, every request),       and what the background answers
//                   utils/background/ (message handlers)
//   7. wiring       entrypoints/                             5–30 lines each
//
// Besides the order: components never import storage, the index store or messaging (they get
// data and callbacks: utils/content/overlay-api.ts); the readers never touch browser APIs; the
// content script and the background never import each other.
// ---------------------------------------------------------------------------------------------

/** An import path that reaches into a folder called `name` (utils/<name>/, components/<name>/…). */
const folder = (name) => `(^|/)${name}(/|$)`;
/** An import path that names a top-level utils module (utils/messages.ts) from a folder below it. */
const topModule = (name) => `^(\\.\\./)+(utils/)?${name}$`;

const IMPORTS = {
  moderngov: folder('moderngov'),
  extract: folder('extract'),
  parser: folder('parser'),
  summary: folder('summary'),
  followups: folder('followups'),
  related: folder('related'),
  export: folder('export'),
  overlay: '(^|/)utils/overlay(/|$)|^\\.\\./overlay(/|$)',
  storage: folder('storage'),
  messages: topModule('messages'),
  runtime: topModule('runtime'),
  components: folder('components'),
  content: folder('content'),
  background: folder('background'),
  entrypoints: folder('entrypoints'),
};

/** What each layer owns, lowest first (the order in the comment above). */
const LAYERS = [
  [],
  ['moderngov'],
  ['extract', 'parser', 'summary'],
  ['followups', 'related', 'export', 'overlay'],
  ['storage', 'messages', 'runtime'],
  ['components'],
  ['content', 'background'],
  ['entrypoints'],
];

const forbid = (names, why) =>
  names.map((name) => ({
    regex: IMPORTS[name],
    message: `${why} may not import ${name}: see the layers in eslint.config.js.`,
  }));

/** Browser and extension APIs the readers and pure helpers never use. */
const BROWSER_GLOBALS = [
  'document',
  'window',
  'location',
  'localStorage',
  'indexedDB',
  'chrome',
  'browser',
  'fetch',
  'XMLHttpRequest',
];
const NO_BROWSER_MODULES = [
  {
    regex: '^(wxt(/.*)?|webextension-polyfill|idb)$',
    message: 'Readers and pure helpers use no extension or storage APIs: the page run passes data in.',
  },
];

/**
 * Folders, their layer and any rule beyond the order. One block per folder, since a later block
 * replaces an earlier block's options for the same rule.
 */
const GROUPS = [
  { files: ['utils/types.ts', 'utils/text/**'], layer: 0, pure: true },
  { files: ['utils/moderngov/**'], layer: 1, pure: true },
  { files: ['utils/extract/**', 'utils/parser/**', 'utils/summary/**'], layer: 2, pure: true },
  { files: ['utils/followups/**'], layer: 3, pure: true },
  { files: ['utils/related/**', 'utils/export/**', 'utils/overlay/**'], layer: 3 },
  { files: ['utils/storage/**', 'utils/messages.ts', 'utils/runtime.ts'], layer: 4 },
  {
    // Components render props and call the callbacks they are given (utils/content/overlay-api.ts
    // and the extension pages' App.tsx do the rest for them).
    files: ['components/**'],
    layer: 5,
    extra: [
      ...forbid(['storage', 'messages', 'runtime'], 'Components'),
      {
        regex: '(^|/)(followups|related)/messages$',
        message: 'Components may not import a message catalogue: they get data and callbacks.',
      },
      {
        regex: '(^|/)related/(db|related-index|search-index|job-store)$',
        message: "Components may not import the related index's store.",
      },
      {
        regex: '^(wxt/browser|webextension-polyfill|idb)$',
        message: 'Components may not use extension or storage APIs.',
      },
    ],
  },
  // The page run and the background are two programs that talk through messages only; IndexedDB
  // opened in the content script would belong to the council's origin.
  { files: ['utils/content/**'], layer: 6, extra: forbid(['background', 'storage'], 'The content script') },
  { files: ['utils/background/**'], layer: 6, extra: forbid(['content', 'components'], 'The background') },
  { files: ['entrypoints/**'], layer: 7 },
];

const layerBlocks = GROUPS.map(({ files, layer, pure, extra = [] }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbid(LAYERS.slice(layer + 1).flat(), `Layer ${layer} (${files.join(', ')})`),
          ...extra,
          ...(pure ? NO_BROWSER_MODULES : []),
        ],
      },
    ],
    // Readers are pure: DOM in, data out, never the page's globals, so the same code runs on a
    // fixture, a fetched page or the live document.
    ...(pure ? { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] } : {}),
  },
}));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'dist/**',
      'coverage/**',
      'tests/fixtures/**',
      '.demo/**',
      '.test-output/**',
      'test-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        defineBackground: 'readonly',
        defineContentScript: 'readonly',
        defineUnlistedScript: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        document: 'readonly',
        window: 'readonly',
        location: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Type-aware rules: a promise nobody awaits or marks `void` is a swallowed failure.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  ...layerBlocks,
);
