import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LibraryError } from '@/lib/library/errors';
import { refreshFirstScreen } from '@/lib/library/first-screen';
import { onLocalChange, saveArticle } from '@/lib/library/store';
import { syncNow } from '@/lib/library/sync';
import { isFromOkur } from '@/lib/message-sender';
import { isPageToBackgroundMessage } from '@/lib/messages';
import { readTab } from '@/lib/read-active-tab';
import { t } from '@/lib/i18n';

/**
 * Saving without opening the popup: the "Save page to Okur" context-menu entry and the
 * save-page shortcut. Both grant activeTab for that tab, so no host permission is needed.
 * The outcome shows on the toolbar button: a check mark, or "!" with the reason as its tooltip.
 */
const MENU_ID = 'okur-save-page';
export const SAVE_COMMAND = 'save-page';
const BADGE_MS = 4000;

async function showOutcome(tabId: number | undefined, ok: boolean, message: string): Promise<void> {
  const action = browser.action;
  await action.setBadgeBackgroundColor({ color: ok ? '#2d6a2d' : '#a0141e', tabId });
  await action.setBadgeText({ text: ok ? '✓' : '!', tabId });
  await action.setTitle({ title: message, tabId });
  setTimeout(() => {
    void action.setBadgeText({ text: '', tabId });
    void action.setTitle({ title: t('actionTitle'), tabId });
  }, BADGE_MS);
}

async function savePage(tab: { id?: number; url?: string } | undefined): Promise<void> {
  const result = await readTab(tab);
  if (result.status !== 'article') {
    const why = result.status === 'not-article' ? t('notArticleBecause', result.reason) : result.message;
    await showOutcome(tab?.id, false, t('badgeNotSaved', why));
    return;
  }
  try {
    await saveArticle(result.article);
    await showOutcome(tab?.id, true, t('badgeSaved', result.article.title));
  } catch (err) {
    await showOutcome(tab?.id, false, err instanceof LibraryError ? err.message : t('saveFailed'));
  }
}

/** Changes come in bursts (an import, several archive clicks): one sync round after they settle. */
const SYNC_DELAY_MS = 2000;
let syncTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleSync(): void {
  clearTimeout(syncTimer);
  syncTimer = setTimeout(() => void syncNow(), SYNC_DELAY_MS);
}

export default defineBackground(() => {
  // Sync: at startup, when another device wrote, and after changes on this one. Each round also
  // rewrites the list's backup outside IndexedDB (lib/library/backup.ts).
  browser.runtime.onStartup.addListener(scheduleSync);
  // The menu entry is named once at install; the browser's language may have changed since.
  browser.runtime.onStartup.addListener(() => void browser.contextMenus.update(MENU_ID, { title: t('contextMenuSave') }).catch(() => {}));
  browser.storage.sync.onChanged.addListener(scheduleSync);
  // After any change to the list, here or in a page: sync, and the library's remembered first screen.
  const listChanged = () => {
    scheduleSync();
    void refreshFirstScreen();
  };
  onLocalChange(listChanged);
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only Okur's own pages (not content scripts in web pages) report list changes.
    if (isFromOkur(sender) && isPageToBackgroundMessage(message)) listChanged();
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuSave'), contexts: ['page'] });
    scheduleSync();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void savePage(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND) void savePage(tab);
  });
});
