import { useState } from 'preact/hooks';
import { DownloadError, requestSiteAccess } from '@/lib/library/site-access';
import { downloadAll, type DownloadAllProgress } from '@/lib/library/download-all';
import { LibraryError } from '@/lib/library/errors';
import type { ListedArticle } from '@/lib/library/types';
import { t, tn } from '@/lib/i18n';

const MAX_FAILURES_SHOWN = 20;

function reasonOf(err: unknown): string {
  return err instanceof DownloadError || err instanceof LibraryError ? err.message : t('downloadFailed');
}

/** Offered when some saved entries have no text yet (imports, other devices): get them all now. */
export function DownloadAllPanel({ articles }: { articles: readonly ListedArticle[] }) {
  const [progress, setProgress] = useState<DownloadAllProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const missing = articles.filter((a) => !a.downloaded);
  if (missing.length === 0 && !progress) return null;

  const start = async () => {
    setError(null);
    // Asked straight from the click, for exactly the sites of these articles.
    const granted = await requestSiteAccess(missing.map((a) => a.url)).catch(() => false);
    if (!granted) {
      setError(t('downloadAllNeedsPermission'));
      return;
    }
    setRunning(true);
    setProgress({ done: 0, total: missing.length, failed: [] });
    try {
      // The extraction core comes with the first download, not with the library's first screen.
      const { downloadArticle } = await import('@/lib/library/download');
      await downloadAll(missing, downloadArticle, reasonOf, setProgress);
    } catch (err) {
      setError(reasonOf(err));
    }
    setRunning(false);
  };

  return (
    <section class="okur-panel" aria-labelledby="okur-download-all-title">
      <h2 id="okur-download-all-title">{t('downloadAllHeading')}</h2>
      {missing.length > 0 && <p>{tn('withoutText', missing.length)}</p>}
      <button type="button" class="okur-button" disabled={running || missing.length === 0} onClick={() => void start()}>
        {running ? t('downloading') : t('downloadAll', missing.length)}
      </button>
      {progress && (
        <div role="status">
          <p>
            {progress.failed.length
              ? t('downloadProgressFailed', [progress.done - progress.failed.length, progress.total, progress.failed.length])
              : t('downloadProgress', [progress.done - progress.failed.length, progress.total])}
          </p>
          {progress.failed.length > 0 && (
            <ul class="okur-rejections">
              {progress.failed.slice(0, MAX_FAILURES_SHOWN).map((f) => (
                <li>
                  {f.entry.title}: {f.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p class="okur-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
