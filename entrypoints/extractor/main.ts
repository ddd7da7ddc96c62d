import { browser } from 'wxt/browser';
import { extractReply } from '@/lib/extract-reply';
import { isFromOkur } from '@/lib/message-sender';
import { isReaderToExtractorMessage } from '@/lib/messages';
import { parseUntrustedHtml } from '@/lib/parse-untrusted';

/**
 * The extractor document: a hidden extension page (Chrome's offscreen document) that keeps the
 * extraction core loaded between clicks. Loading the core into the page on every click cost more
 * than reading the article; here it is compiled once, and a click pays for a copy of the page.
 * It reads the copy as an inert document and never shows it.
 */
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only Okur's own popup and background ask; a content script could send anything.
  if (!isFromOkur(sender) || !isReaderToExtractorMessage(message)) return;
  sendResponse(extractReply(parseUntrustedHtml(message.html, message.baseUrl), message.url));
});
