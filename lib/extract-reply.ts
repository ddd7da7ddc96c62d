import { extractArticle } from './extract';
import { errorReply } from './error-reply';
import type { ExtractReply } from './messages';

/**
 * The extraction core's answer as a message: the article, why the page is not one, or a sentence
 * for the reader. The same in the extractor document and in the content script that reads the
 * page in place, so both paths answer alike.
 */
export function extractReply(doc: Document, url: string): ExtractReply {
  try {
    const outcome = extractArticle(doc, url);
    return outcome.kind === 'article'
      ? { type: 'article', article: outcome.article }
      : { type: 'not-article', reason: outcome.reason };
  } catch (error) {
    return errorReply(error);
  }
}
