import { browser } from 'wxt/browser';
import { createHandlers } from '../utils/background/handlers';
import { setupReminders } from '../utils/background/reminders';
import { setupWatching } from '../utils/background/watch-handlers';
import { requestPersistence } from '../utils/storage/connection';
import { dispatch } from '../utils/messages';

export default defineBackground(() => {
  const handlers = createHandlers();
  browser.runtime.onMessage.addListener(
    (message, sender) =>
      dispatch(handlers, message, { url: sender.url, tabId: sender.tab?.id }) as Promise<unknown> | undefined,
  );
  setupReminders();
  setupWatching(handlers);
  void requestPersistence();
});
