// The check's alarm. Its period is the user's `watchCheckMinutes` setting (default daily); a
// changed setting replaces the alarm, so the next check comes one new period from now.
import { browser } from 'wxt/browser';

export const WATCH_ALARM = 'scrutineer-watch-check';

/** Make the alarm match the setting (created when missing or when its period differs). */
export async function scheduleWatchCheck(minutes: number, replace = false): Promise<void> {
  const period = Math.max(0.1, minutes);
  const existing = await browser.alarms.get(WATCH_ALARM);
  if (existing && !replace && existing.periodInMinutes === period) return;
  await browser.alarms.clear(WATCH_ALARM);
  await browser.alarms.create(WATCH_ALARM, { delayInMinutes: period, periodInMinutes: period });
}
