import { beforeEach, describe, expect, it } from 'vitest';
import { readBackup, toBackupJson } from '../../../utils/export/backup';
import { followUpHandlers } from '../../../utils/background/followup-handlers';
import { dispatch, type Handlers } from '../../../utils/messages';
import { listFollowUps, mergeFollowUps } from '../../../utils/storage/followups';
import { freshDatabase, makeFollowUp } from '../storage/helpers';

const handlers = followUpHandlers({ onChange: async () => {} }) as unknown as Handlers;
const importText = (text: unknown) =>
  dispatch(handlers, { scrutineer: 1, type: 'followup/import', payload: { text } }, {});

beforeEach(freshDatabase);

describe('JSON backup', () => {
  it('round-trips through the versioned envelope', () => {
    const list = [makeFollowUp({ notes: [{ at: '2025-01-01T00:00:00.000Z', text: 'n' }], tags: ['t'] })];
    const text = toBackupJson(list, new Date('2025-02-01T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'scrutineer-followups',
      version: 1,
      exportedAt: '2025-02-01T00:00:00.000Z',
    });
    expect(readBackup(text)).toEqual({ ok: true, followUps: list });
  });
});

describe('malformed imports change nothing', () => {
  const good = makeFollowUp({ id: 'good' });
  const envelope = (followUps: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      format: 'scrutineer-followups',
      version: 1,
      exportedAt: '2025-01-01T00:00:00Z',
      followUps,
      ...extra,
    });
  const { id: _id, ...missingId } = makeFollowUp();

  it.each<[string, unknown, RegExp]>([
    ['not JSON', 'hello, world', /not JSON/],
    ['a CSV file', 'Ref,Origin committee\r\n1,2', /not JSON/],
    ['JSON of the wrong shape', '[1,2,3]', /not a Scrutineer backup/],
    ['another app’s JSON', '{"items": []}', /not a Scrutineer backup/],
    ['a newer backup version', envelope([good], { version: 2 }), /backup version 2/],
    ['no list', envelope([], { followUps: 'none' }), /no list/],
    ['a missing field', envelope([good, missingId]), /follow-up 2: id must be text/],
    ['a wrong type', envelope([good, { ...good, id: 'x', tags: 'housing' }]), /tags must be a list/],
    ['an unknown status', envelope([{ ...good, status: 'Closed' }]), /status must be one of/],
    ['a bad due date', envelope([{ ...good, due: '31/03/2025' }]), /due must be YYYY-MM-DD/],
    ['a huge string', envelope([{ ...good, text: 'x'.repeat(60_000) }]), /text is too long/],
    ['not text at all', 42, /not a text file/],
  ])('%s', async (_label, text, message) => {
    await mergeFollowUps([makeFollowUp({ id: 'existing' })]);
    const before = (await listFollowUps()).followUps;
    const reply = (await importText(text)) as { ok: boolean; error?: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(message);
    expect(reply.error).toMatch(/Nothing was changed/);
    expect((await listFollowUps()).followUps).toEqual(before);
  });

  it('rejects a file over the size limit without parsing it', () => {
    expect(readBackup(' '.repeat(50_000_001))).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('merges a valid file without duplicates, newer updatedAt winning', async () => {
    const a = makeFollowUp({ id: 'a', updatedAt: '2025-01-01T00:00:00.000Z' });
    await mergeFollowUps([a]);
    const text = toBackupJson(
      [
        { ...a, status: 'Done', updatedAt: '2025-02-01T00:00:00.000Z' },
        makeFollowUp({ id: 'b' }),
        makeFollowUp({ id: 'b' }),
      ],
      new Date(),
    );
    expect(await importText(text)).toEqual({ ok: true, added: 1, updated: 1, unchanged: 1 });
    expect(await importText(text)).toEqual({ ok: true, added: 0, updated: 0, unchanged: 3 });
    const list = (await listFollowUps()).followUps;
    expect(list.map((f) => f.id).sort()).toEqual(['a', 'b']);
    expect(list.find((f) => f.id === 'a')!.status).toBe('Done');
  });
});
