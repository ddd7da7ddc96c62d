import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkReadable } from '@/lib/extract/limits';
import { errorReply } from '@/lib/error-reply';
import type { ContentToReaderSnapshot } from '@/lib/messages';

/**
 * Past this many characters the page is read in place instead of copied to the extractor
 * document. On pages of several megabytes the extraction itself takes seconds, and copying the
 * page, then passing the copy to the popup and on to the extractor, cost more than loading the
 * core into the page: a 5 MB article took 2.6-3.3 s copied against 2.0-2.3 s in place; at 2 MB
 * and below the two were even. It also keeps messages far under the browser's 64 MiB limit.
 */
const MAX_COPY_CHARS = 4 * 1024 * 1024;

/**
 * The page the reader clicked Okur on, as HTML, for the extractor document to read. This script
 * is small, so a click pays little to load it; the extraction core stays loaded and compiled in
 * the extractor document from one click to the next, instead of being loaded into every page.
 *
 * Bounds are checked here, on the live page: the HTML parser flattens nesting past a few hundred
 * levels, so a copy of a page built too deep by script would no longer show it.
 */
export default defineContentScript({
  registration: 'runtime',
  // Only browsers with an extractor document use it; Firefox reads the page in place.
  exclude: ['firefox'],
  main(): ContentToReaderSnapshot {
    try {
      checkReadable(document);
    } catch (error) {
      return errorReply(error);
    }
    // Without its doctype the copy would be parsed in quirks mode, where a table does not close a paragraph.
    const doctype = document.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
    const html = doctype + document.documentElement.outerHTML;
    if (html.length > MAX_COPY_CHARS) return { type: 'read-in-page' };
    return { type: 'page', html, url: location.href, baseUrl: document.baseURI };
  },
});
