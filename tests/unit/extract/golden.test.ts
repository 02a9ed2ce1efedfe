// Golden tests: each seed paper against its full expected structure (reviewed against the labels
// in tests/fixtures/seeds/labels). Regenerate only after checking a diff by hand.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../utils/extract';
import { toCliJson } from '../../../utils/extract/serialise';

const dir = join(__dirname, '../../fixtures/seeds');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('seed papers', () => {
  for (const f of seeds) {
    it(`${f} matches its expected extraction`, () => {
      const got = toCliJson(extractDocument(readFileSync(join(dir, f), 'utf8'), { fileName: f }));
      const want = JSON.parse(readFileSync(join(dir, 'expected', f.replace('.txt', '.json')), 'utf8'));
      expect(got).toEqual(want);
    });

    it(`${f} has every labelled item, date and outcome`, () => {
      const label = JSON.parse(readFileSync(join(dir, 'labels', f.replace('.txt', '.json')), 'utf8'));
      const got = extractDocument(readFileSync(join(dir, f), 'utf8'));
      expect(got.parts.map((p) => p.meetingDate)).toEqual(
        label.parts.map((p: { meetingDate: string }) => p.meetingDate),
      );
      expect(got.parts.map((p) => p.kind)).toEqual(label.parts.map((p: { kind: string }) => p.kind));
      label.parts.forEach((lp: { items: { number: string; resolution: string | null }[] }, k: number) => {
        const items = got.parts[k].items;
        expect(items.map((i) => i.number)).toEqual(lp.items.map((i) => i.number));
        lp.items.forEach((li, j) => {
          if (li.resolution === '?') return;
          expect(items[j].resolution === null, `resolution of ${li.number}`).toBe(li.resolution === null);
        });
      });
    });
  }
});
