// The layer rules in eslint.config.js catch what they promise: imports that point up the layer
// order, components reaching storage or messages, readers using browser APIs, and the content
// script and the background importing each other. Linted as text at the path it would live at.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Type information is not needed for the import rules; the project service would want real files.
const eslint = new ESLint({
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off' },
    },
  ],
});

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    [
      'components/overlay/X.tsx',
      "import { sendMessage } from '../../utils/messages';",
      /Components may not import messages/,
    ],
    [
      'components/tracker/X.tsx',
      "import { getDB } from '../../utils/storage/connection';",
      /Components may not import storage/,
    ],
    [
      'components/related/X.tsx',
      "import type { RelatedMessages } from '../../utils/related/messages';",
      /message catalogue/,
    ],
    ['components/related/X.tsx', "import { RelatedIndex } from '../../utils/related/related-index';", /index's store/],
    ['components/overlay/X.tsx', "import { runScrutineer } from '../../utils/content/run';", /may not import content/],
    ['utils/parser/x.ts', "import { browser } from 'wxt/browser';", /no extension or storage APIs/],
    ['utils/extract/x.ts', "import { relatedForPage } from '../related/rank';", /may not import related/],
    ['utils/moderngov/x.ts', "import { readPage } from '../parser';", /may not import parser/],
    ['utils/followups/x.ts', "import { getDB } from '../storage/connection';", /may not import storage/],
    ['utils/related/x.ts', "import { sendMessage } from '../messages';", /may not import messages/],
    [
      'utils/storage/x.ts',
      "import { ItemCard } from '../../components/overlay/ItemCard';",
      /may not import components/,
    ],
    [
      'utils/content/x.ts',
      "import { createHandlers } from '../background/handlers';",
      /content script may not import background/,
    ],
    [
      'utils/content/x.ts',
      "import { listFollowUps } from '../storage/followups';",
      /content script may not import storage/,
    ],
    ['utils/background/x.ts', "import { runScrutineer } from '../content/run';", /background may not import content/],
    ['utils/parser/x.ts', 'export const t = document.title;', /document/],
  ])('%s: %s is refused', async (path, code, message) => {
    expect((await problems(path, `${code}\nexport {};\n`)).join('\n')).toMatch(message);
  });

  it.each([
    ['components/overlay/X.tsx', "import type { FollowUpMatch } from '../../utils/related/types';"],
    ['utils/content/x.ts', "import { ItemCard } from '../../components/overlay/ItemCard';"],
    ['utils/related/x.ts', "import { itemKey } from '../moderngov/keys';"],
    ['utils/storage/x.ts', "import { toStored } from '../followups/stored';"],
    ['utils/followups/x.ts', "import type { ExportFormat } from '../export/format';"],
  ])('%s: %s is allowed', async (path, code) => {
    expect(await problems(path, `${code}\nexport {};\n`)).toEqual([]);
  });
});
