// The reference reader's content script for the click timing: plain Readability on a clone of the
// page, then the sanitizer its README asks for before display (Okur's configuration).
import { Readability } from '@mozilla/readability';
import { sanitizeArticleHtml } from '../../lib/extract/sanitize';

(globalThis as unknown as { okurBaselineSanitized: () => unknown }).okurBaselineSanitized = () => {
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  return parsed?.content ? sanitizeArticleHtml(parsed.content, window) : null;
};
