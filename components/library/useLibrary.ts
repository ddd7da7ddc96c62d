import { useEffect, useMemo, useState } from 'preact/hooks';
import { LibraryError } from '@/lib/library/errors';
import { buildSearchIndex } from '@/lib/library/search';
import { listArticles, watchLibrary } from '@/lib/library/store';
import type { SavedArticle } from '@/lib/library/types';
import { t } from '@/lib/i18n';

/** The whole reading list, reloaded whenever any Okur page changes it, with its search index. */
export function useLibrary() {
  const [articles, setArticles] = useState<SavedArticle[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      listArticles().then(
        (list) => {
          if (!live) return;
          setArticles(list);
          setError(null);
        },
        (err: unknown) => live && setError(err instanceof LibraryError ? err.message : t('openListFailed')),
      );
    void load();
    const stop = watchLibrary(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);

  const index = useMemo(() => buildSearchIndex(articles ?? []), [articles]);
  return { articles, error, index };
}
