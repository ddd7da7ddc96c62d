import { extractArticle, ExtractError } from '../extract';
import { parseUntrustedHtml } from '../parse-untrusted';
import { storeContent } from './store';
import type { SavedArticle } from './types';
import { localizeExtractMessage } from '../extract-messages';
import { t } from '../i18n';
import { DownloadError } from './site-access';

export { DownloadError, originPattern, requestSiteAccess } from './site-access';

/**
 * Fetching the text of entries that came without it (imports, other devices). Okur holds no
 * host permission at install; reading a site's pages from the library needs one, asked for
 * at the moment the reader chooses to download, for exactly the sites involved.
 */
const FETCH_TIMEOUT_MS = 30_000;

export async function downloadArticle(entry: Pick<SavedArticle, 'id' | 'url'>): Promise<SavedArticle> {
  let html: string;
  try {
    const response = await fetch(entry.url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new DownloadError(t('downloadHttpStatus', `${response.status} ${response.statusText}`.trim()));
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html/i.test(type)) throw new DownloadError(t('downloadNotPage'));
    html = await response.text();
  } catch (err) {
    if (err instanceof DownloadError) throw err;
    if ((err as Error)?.name === 'TimeoutError') throw new DownloadError(t('downloadTimeout'));
    throw new DownloadError(t('downloadUnreachable'));
  }
  try {
    const outcome = extractArticle(parseUntrustedHtml(html, entry.url), entry.url);
    if (outcome.kind === 'not-article') throw new DownloadError(t('downloadNotArticle', localizeExtractMessage(outcome.reason)));
    return await storeContent(entry.id, outcome.article);
  } catch (err) {
    if (err instanceof DownloadError) throw err;
    if (err instanceof ExtractError) throw new DownloadError(localizeExtractMessage(err.message));
    throw err;
  }
}
