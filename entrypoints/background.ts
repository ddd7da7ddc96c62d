import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LibraryError } from '@/lib/library/errors';
import { saveArticle } from '@/lib/library/store';
import { readTab } from '@/lib/read-active-tab';

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
    void action.setTitle({ title: 'Read with Okur', tabId });
  }, BADGE_MS);
}

async function savePage(tab: { id?: number; url?: string } | undefined): Promise<void> {
  const result = await readTab(tab);
  if (result.status !== 'article') {
    const why = result.status === 'not-article' ? `This page doesn't look like an article: ${result.reason}` : result.message;
    await showOutcome(tab?.id, false, `Okur did not save this page. ${why}`);
    return;
  }
  try {
    await saveArticle(result.article);
    await showOutcome(tab?.id, true, `Saved to Okur: ${result.article.title}`);
  } catch (err) {
    await showOutcome(tab?.id, false, err instanceof LibraryError ? err.message : 'Okur could not save this page.');
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save page to Okur', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void savePage(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND) void savePage(tab);
  });
});
