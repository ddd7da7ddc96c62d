import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Article } from './extract/types';
import { isArticle } from './messages';

/**
 * "Open in full page" for an article that is not saved: it is handed to the reader tab
 * through session storage (kept in memory, cleared when the browser closes), under a key
 * only that tab's address names.
 */
const key = (token: string) => `session:open-article-${token}` as const;

export async function openInFullPage(article: Article): Promise<void> {
  const token = crypto.randomUUID();
  await storage.setItem(key(token), article);
  await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?open=${token}`) });
}

/** The handed-over article, checked like any data that came from a page; null when gone. */
export async function takeOpenedArticle(token: string): Promise<Article | null> {
  if (!/^[0-9a-f-]{36}$/.test(token)) return null;
  const value = await storage.getItem<unknown>(key(token));
  return isArticle(value) ? value : null;
}
