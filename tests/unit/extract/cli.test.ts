// The CLI end to end (spawned like the scorer does) and the scorer's thresholds on the seed copies.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const seeds = join(root, 'tests/fixtures/seeds');
const run = (file: string) =>
  spawnSync('npx', ['tsx', 'scripts/extract.ts', file], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });

describe('scripts/extract.ts', () => {
  it('prints the JSON shape for a text seed', () => {
    const r = run(join(seeds, '000_b77c10b755b80305.txt'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.parts[0]).toMatchObject({ kind: 'minutes', committee: 'Cabinet', meetingDate: '2017-09-27' });
    const item = out.parts[0].items.find((i: { number: string }) => i.number === '117');
    expect(item).toMatchObject({ title: 'Fostering Modernisation Plan' });
    expect(typeof item.resolution).toBe('string');
    expect(item.actions[0]).toEqual(
      expect.objectContaining({ text: expect.any(String), due: '2018-04', dueText: 'April 2018', owner: null }),
    );
    expect(Array.isArray(item.references)).toBe(true);
  }, 60_000);

  it('reads a PDF', () => {
    const r = run(join(seeds, 'pdf/003_14946568762b3e55.pdf'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.parts[0].meetingDate).toBe('2017-07-20');
    expect(out.parts[0].items.map((i: { number: string }) => i.number)).toEqual([
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
    ]);
  }, 60_000);

  it('a missing file: one line on stderr, exit 1, no stack trace', () => {
    const r = run(join(seeds, 'does-not-exist.txt'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l.trim() && !/^npm warn/i.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/cannot read .*does-not-exist\.txt/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('an unreadable PDF: one line on stderr, exit 1', () => {
    const r = run(join(root, 'tests/fixtures/extract/broken.pdf'));
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe('scorer on the seeds', () => {
  it('items F1 1, resolutions F1 ≥ 0.95, actions F1 ≥ 0.6', () => {
    const r = spawnSync(
      'node',
      [
        'tests/fixtures/eval/score.mjs',
        '--labels',
        'tests/fixtures/seeds/labels',
        '--docs',
        'tests/fixtures/seeds',
        '--min-items',
        '1',
        '--min-res',
        '0.95',
        '--min-actions',
        '0.6',
      ],
      { cwd: root, encoding: 'utf8', timeout: 240_000 },
    );
    expect(r.stdout).toMatch(/meeting dates 5\/5/);
    expect(r.status, r.stdout).toBe(0);
  }, 240_000);
});
