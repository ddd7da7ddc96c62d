import { useState } from 'preact/hooks';
import type { Article } from '@/lib/extract/types';
import { openInFullPage } from '@/lib/open-full-page';

/** Opens the article the popup shows in a full tab, with room for images and tables. */
export function OpenFullPage({ article }: { article: Article }) {
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    try {
      await openInFullPage(article);
      window.close();
    } catch {
      setError('Okur could not open a new tab for this article.');
    }
  };
  return (
    <>
      <button type="button" class="okur-button" onClick={() => void open()}>
        Open in full page
      </button>
      {error && (
        <p class="okur-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
