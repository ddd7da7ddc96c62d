import { useState } from 'preact/hooks';
import { DownloadError, downloadArticle, requestSiteAccess } from '@/lib/library/download';
import { LibraryError } from '@/lib/library/errors';
import type { SavedArticle } from '@/lib/library/types';
import { t } from '@/lib/i18n';

/** For an entry saved without its text: download it now, with the reader's permission for that site. */
export function DownloadPrompt({ entry, onDownloaded }: { entry: SavedArticle; onDownloaded(entry: SavedArticle): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const host = new URL(entry.url).hostname;

  const download = async () => {
    setError(null);
    // The permission request must come straight from the click.
    const granted = await requestSiteAccess([entry.url]).catch(() => false);
    if (!granted) {
      setError(t('downloadNeedsPermission', host));
      return;
    }
    setBusy(true);
    try {
      onDownloaded(await downloadArticle(entry));
    } catch (err) {
      setError(err instanceof DownloadError || err instanceof LibraryError ? err.message : t('downloadFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="okur-status" role="status">
      <p class="okur-status-title">{entry.title}</p>
      <p>{t('downloadExplanation')}</p>
      <p>
        <button type="button" class="okur-button okur-primary" disabled={busy} onClick={() => void download()}>
          {busy ? t('downloading') : t('downloadArticle')}
        </button>{' '}
        <a class="okur-button" href={entry.url} target="_blank" rel="noopener noreferrer">
          {t('openOriginalPage')}
        </a>
      </p>
      {error && (
        <p class="okur-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
