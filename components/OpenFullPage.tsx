import { useState } from 'preact/hooks';
import type { Article } from '@/lib/extract/types';
import { openInFullPage } from '@/lib/open-full-page';
import { t } from '@/lib/i18n';

/** Opens the article the popup shows in a full tab, with room for images and tables. */
export function OpenFullPage({ article }: { article: Article }) {
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    try {
      await openInFullPage(article);
      window.close();
    } catch {
      setError(t('openFullPageFailed'));
    }
  };
  return (
    <>
      <button type="button" class="okur-button" onClick={() => void open()}>
        {t('openFullPage')}
      </button>
      {error && (
        <p class="okur-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
