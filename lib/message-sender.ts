import { browser } from 'wxt/browser';

/**
 * Whether a message comes from one of Okur's own pages or its background, not from a content
 * script in a web page: only those may report list changes or ask for a page to be read.
 */
export function isFromOkur(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}
