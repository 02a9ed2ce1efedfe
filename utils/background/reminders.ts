// The toolbar badge (overdue count) and the daily reminder. The badge is refreshed after every
// change and by a daily alarm; a notification is shown at most once a day, and only when the
// user has granted the optional `notifications` permission (asked for from the tracker page).
import { browser } from 'wxt/browser';
import { listFollowUps } from '../storage/followups';
import { countOverdue, dueDay, isClosed } from '../followups/overdue';
import { localDay } from '../text/days';
import { getSettings, updateSettings } from '../storage/settings';
import { WatchStore } from '../watch/store';

export const DAILY_ALARM = 'scrutineer-daily-check';
const NOTIFICATION_ID = 'scrutineer-reminder';
/** A 32×32 list icon, inline so notifications need no packaged image. */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAANElEQVR42mOQ9eukKWIYtWDUgqFqwX+ywIiyYDQVjSbT0WQ6agGVInmEWzCaikYtGFQWAABG0PVNrY2zmQAAAABJRU5ErkJggg==';

const badgeCount = (n: number) => (n > 99 ? '99+' : String(n));

/**
 * Set the badge: unseen new papers from watches (blue) when there are any, else the overdue count
 * (red); '' when neither. The title names both. Returns the overdue count.
 */
export async function refreshBadge(now = new Date()): Promise<number> {
  const { followUps } = await listFollowUps();
  const overdue = countOverdue(followUps, localDay(now));
  const unseen = await new WatchStore().countUnseen().catch(() => 0);
  await browser.action.setBadgeText({ text: unseen ? badgeCount(unseen) : overdue ? badgeCount(overdue) : '' });
  await browser.action.setBadgeBackgroundColor({ color: unseen ? '#1a5fb4' : '#b3261e' });
  const parts = [
    unseen && `${unseen} new paper${unseen === 1 ? '' : 's'}`,
    overdue && `${overdue} follow-up${overdue === 1 ? '' : 's'} overdue`,
  ].filter(Boolean);
  await browser.action.setTitle({ title: parts.length ? `Scrutineer — ${parts.join(', ')}` : 'Scrutineer' });
  return overdue;
}

/** Make sure the daily alarm exists (alarms survive restarts, but not a reinstall). */
export async function scheduleDailyCheck(): Promise<void> {
  if (await browser.alarms.get(DAILY_ALARM)) return;
  await browser.alarms.create(DAILY_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}

async function mayNotify(): Promise<boolean> {
  try {
    return Boolean(browser.notifications) && (await browser.permissions.contains({ permissions: ['notifications'] }));
  } catch {
    return false;
  }
}

/** Badge, then (once a day, with permission) one notification summarising overdue and due-today items. */
export async function runDailyCheck(now = new Date()): Promise<{ overdue: number; notified: boolean }> {
  const overdue = await refreshBadge(now);
  const today = localDay(now);
  const settings = await getSettings();
  if (settings.lastReminderDate === today || !(await mayNotify())) return { overdue, notified: false };
  const { followUps } = await listFollowUps();
  const dueToday = followUps.filter((f) => !isClosed(f.status) && dueDay(f.due) === today).length;
  if (!overdue && !dueToday) return { overdue, notified: false };
  const parts = [overdue && `${overdue} overdue`, dueToday && `${dueToday} due today`].filter(Boolean);
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: ICON,
    title: 'Scrutineer follow-ups',
    message: `${parts.join(', ')}. Open the tracker to review them.`,
  });
  await updateSettings({ lastReminderDate: today });
  return { overdue, notified: true };
}

let listening = false;
function listenToNotificationClicks(): void {
  if (listening || !browser.notifications?.onClicked) return;
  listening = true;
  browser.notifications.onClicked.addListener((id) => {
    if (id === NOTIFICATION_ID) void browser.tabs.create({ url: browser.runtime.getURL('/tracker.html') });
  });
}

/** Background wiring: alarm, notification click → tracker, badge on start-up. */
export function setupReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM) void runDailyCheck().catch((e) => console.warn('Scrutineer daily check failed', e));
  });
  listenToNotificationClicks();
  // `notifications` is optional: its API appears only once granted.
  browser.permissions.onAdded.addListener(() => listenToNotificationClicks());
  void scheduleDailyCheck().catch((e) => console.warn('Scrutineer could not schedule reminders', e));
  void refreshBadge().catch((e) => console.warn('Scrutineer could not update the badge', e));
}
