import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractReply } from '@/lib/extract-reply';
import type { ExtractReply } from '@/lib/messages';

/**
 * Reads the article in the page itself: where the browser has no extractor document (Firefox),
 * and for pages too large to copy out. Injected by the popup or the background into the tab the
 * reader pointed Okur at, never on every page (it is registered at runtime only). Reads a clone,
 * so the live page is never changed, and returns the article as the script's result.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractReply {
    return extractReply(document.cloneNode(true) as Document, location.href);
  },
});
