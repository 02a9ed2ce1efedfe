import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { followUpHandlers } from '../../../utils/background/followup-handlers';
import { refreshBadge, runDailyCheck } from '../../../utils/background/reminders';
import { dispatch, type Handlers, type MessageType, type Request } from '../../../utils/messages';
import type { FollowUp } from '../../../utils/types';
import { freshDatabase, newFollowUp } from './helpers';

const NOW = new Date('2025-04-10T09:00:00');
const handlers = followUpHandlers({ now: () => NOW }) as unknown as Handlers;
const call = <T extends MessageType>(type: T, payload: Request<T>) =>
  dispatch(handlers, { scrutineer: 1, type, payload }, {}) as Promise<Record<string, unknown> & { ok: boolean }>;

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDatabase();
  (browser as unknown as { permissions: unknown }).permissions = {
    contains: vi.fn(async () => false),
    onAdded: { addListener: vi.fn() },
  };
});

describe('follow-up handlers via dispatch', () => {
  it('add, list, update, bulk status, delete and restore; the badge follows every change', async () => {
    const added = await call('followup/add', newFollowUp({ due: '2025-03-01' }));
    expect(added).toMatchObject({ ok: true, created: true });
    const id = (added.followUp as FollowUp).id;
    expect(await browser.action.getBadgeText({})).toBe('1');
    expect(
      (await call('followup/add', newFollowUp({ text: (added.followUp as FollowUp).text, due: '2025-03-01' }))).created,
    ).toBe(false);

    const list = await call('followup/list', {});
    expect(list).toMatchObject({ ok: true, quarantined: 0, settings: { dueSoonDays: 14 } });
    expect(list.followUps).toHaveLength(1);

    const updated = await call('followup/update', { id, patch: { status: 'Done', addNote: 'Reply received' } });
    expect(updated.followUp).toMatchObject({ status: 'Done', notes: [{ text: 'Reply received' }] });
    expect(await browser.action.getBadgeText({})).toBe('');

    expect(await call('followup/set-status', { ids: [id], status: 'Open' })).toEqual({ ok: true, changed: 1 });
    expect(await browser.action.getBadgeText({})).toBe('1');

    const deleted = await call('followup/delete', { ids: [id] });
    expect(deleted.deleted).toHaveLength(1);
    expect(await browser.action.getBadgeText({})).toBe('');
    expect(await call('followup/restore', { followUps: deleted.deleted as FollowUp[] })).toEqual({
      ok: true,
      restored: 1,
    });
    expect((await call('followup/get', { id })).followUp).toEqual((deleted.deleted as FollowUp[])[0]);
  });

  it('returns readable failures instead of throwing', async () => {
    expect(await call('followup/update', { id: 'nope', patch: { status: 'Done' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no longer exists/),
    });
    expect(await call('followup/set-status', { ids: ['x'], status: 'Closed' as never })).toMatchObject({
      ok: false,
      error: 'Unknown status: Closed',
    });
    expect(await call('followup/restore', { followUps: [{ id: 1 } as never] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Cannot restore/),
    });
  });

  it('exports each format', async () => {
    await call('followup/add', newFollowUp({ due: '2025-05-01' }));
    for (const [format, ext] of [
      ['csv', 'csv'],
      ['json', 'json'],
      ['ics', 'ics'],
      ['markdown', 'md'],
    ] as const) {
      const r = await call('followup/export', { format });
      expect(r).toMatchObject({ ok: true, count: 1, filename: `scrutineer-followups-2025-04-10.${ext}` });
      expect(typeof r.content).toBe('string');
    }
  });
});

describe('reminders', () => {
  it('notifies once a day, only with the notifications permission', async () => {
    await call('followup/add', newFollowUp({ due: '2025-04-01' }));
    const create = vi.spyOn(browser.notifications, 'create');
    expect(await runDailyCheck(NOW)).toEqual({ overdue: 1, notified: false });
    (browser.permissions.contains as ReturnType<typeof vi.fn>).mockResolvedValue(true);
    expect(await runDailyCheck(NOW)).toEqual({ overdue: 1, notified: true });
    expect(create).toHaveBeenCalledWith(
      'scrutineer-reminder',
      expect.objectContaining({ message: expect.stringMatching(/1 overdue/) }),
    );
    expect(await runDailyCheck(NOW)).toEqual({ overdue: 1, notified: false });
    expect(await runDailyCheck(new Date('2025-04-11T09:00:00'))).toMatchObject({ notified: true });
  });

  it('caps the badge text', async () => {
    for (let i = 0; i < 3; i++) await call('followup/add', newFollowUp({ due: '2025-01-01' }));
    expect(await refreshBadge(NOW)).toBe(3);
    expect(await browser.action.getBadgeText({})).toBe('3');
  });
});
