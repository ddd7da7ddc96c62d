// The reading list's real store code, bundled for a plain web page: there the test can shrink
// the origin's storage quota, which the extension's unlimitedStorage permission would lift.
import { importItems, listArticles, saveArticle } from '../../../lib/library/store';
import { LibraryError } from '../../../lib/library/errors';

(globalThis as unknown as Record<string, unknown>).okurStore = { importItems, listArticles, saveArticle, LibraryError };
