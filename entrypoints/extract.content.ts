import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle, ExtractError } from '@/lib/extract';
import { EXTRACT_ERRORS } from '@/lib/extract/reasons';
import type { ContentToPopupReply } from '@/lib/messages';

/**
 * Injected by the popup into the tab the reader clicked Okur on, never on every page (it is
 * registered at runtime only). Reads a clone, so the live page is never changed, and returns
 * the article to the popup as the script's result.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): ContentToPopupReply {
    try {
      const clone = document.cloneNode(true) as Document;
      const outcome = extractArticle(clone, location.href);
      return outcome.kind === 'article'
        ? { type: 'article', article: outcome.article }
        : { type: 'not-article', reason: outcome.reason };
    } catch (error) {
      return {
        type: 'error',
        message: error instanceof ExtractError ? error.message : EXTRACT_ERRORS.unexpected,
      };
    }
  },
});
