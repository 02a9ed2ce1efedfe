// Golden tests: every demo-site page read with DOMParser (as a fetched page would be) and compared
// with tests/fixtures/parser-expected/<page>.json. To add or refresh a page: run
// `UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/parser/golden.test.ts`, then review the
// JSON by eye before committing. Fields owned by the extraction engine are reduced to their first
// words so engine tuning does not churn these files; the parser's own output is compared in full.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParsedPage } from '../../../utils/parser';
import type { ParsedPage } from '../../../utils/types';

const SITE = resolve('tests/fixtures/demo-site');
const EXPECTED = resolve('tests/fixtures/parser-expected');
const manifest = JSON.parse(readFileSync(join(SITE, 'pages.json'), 'utf8')) as {
  DEMO_PAGES: Array<{ path: string; kind: string }>;
};
const routes = JSON.parse(readFileSync(join(SITE, 'routes.json'), 'utf8')) as { pages: Record<string, string> };

/** The demo file served for a DEMO_PAGES path (same matching rule as scripts/demo-server.mjs, simplified). */
function fileFor(path: string): string {
  const [p, q = ''] = path.replace(/^\//, '').split('?');
  const want = new URLSearchParams(q.toLowerCase());
  for (const [key, file] of Object.entries(routes.pages)) {
    const [rp, rq = ''] = key.split('?');
    if (rp.toLowerCase() !== p.toLowerCase()) continue;
    const ok = [...new URLSearchParams(rq.toLowerCase())].every(([k, v]) => {
      const alias = k === 'mid' ? ['mid', 'meetingid'] : [k];
      return alias.some((a) => want.get(a) === v) || k === 'cid';
    });
    if (ok) return join(SITE, file);
  }
  throw new Error(`no demo file for ${path}`);
}

const head = (s: string | null | undefined, n = 80) => (s ? s.slice(0, n) : null);

export function goldenView(page: ParsedPage | null) {
  if (!page) return null;
  return {
    ...page,
    meeting: {
      ...page.meeting,
      items: page.meeting.items.map((item) => ({
        number: item.number,
        printedNumber: item.printedNumber,
        title: item.title,
        text: item.text,
        resolution: head(item.resolution?.text),
        recommendation: head(item.recommendation?.text),
        actions: item.actions.length,
        documents: item.documents,
        routine: item.routine,
        agendaItemId: item.agendaItemId,
        issueId: item.issueId,
      })),
    },
    history: page.history.map((h) => ({ ...h, decision: head(h.decision) })),
  };
}

describe('golden: demo-site pages', () => {
  it.each(manifest.DEMO_PAGES.map((p) => [p.path, p.kind] as const))('%s', (path, kind) => {
    const file = fileFor(path);
    const html = readFileSync(file, 'utf8')
      // Neutralise src/href loading in the test DOM (nothing is fetched; hrefs stay readable).
      .replace(/\ssrc=/gi, ' data-src=')
      .replace(/<link\b/gi, '<x-link');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const page = createParsedPage(doc, new URL(path, 'http://demo.test'));
    if (kind === 'unrecognised') expect(page).toBeNull();
    else expect(page?.pageKind).toBe(kind);
    const name = file
      .split('/')
      .pop()!
      .replace(/\.html$/, '.json');
    const target = join(EXPECTED, name);
    const view = goldenView(page);
    if (process.env.UPDATE_GOLDEN || !existsSync(target)) {
      mkdirSync(EXPECTED, { recursive: true });
      writeFileSync(target, `${JSON.stringify(view, null, 1)}\n`);
    }
    expect(JSON.parse(JSON.stringify(view))).toEqual(JSON.parse(readFileSync(target, 'utf8')));
  });
});
