import { useEffect, useState } from 'preact/hooks';
import type { Article } from '@/lib/extract/types';
import { LibraryError } from '@/lib/library/errors';
import { deleteArticle, findByUrl, saveArticle, watchLibrary } from '@/lib/library/store';
import { t } from '@/lib/i18n';

export type SavedState =
  | { kind: 'checking' }
  | { kind: 'unsaved' }
  | { kind: 'busy' }
  | { kind: 'saved'; id: string }
  | { kind: 'error'; message: string; id: string | null };

function messageOf(err: unknown): string {
  return err instanceof LibraryError ? err.message : t('errorUnknown');
}

/** Whether the article is in the reading list, kept current when another Okur page changes it. */
export function useSavedState(article: Article) {
  const [state, setState] = useState<SavedState>({ kind: 'checking' });

  useEffect(() => {
    let live = true;
    const refresh = () =>
      findByUrl(article.url).then(
        (found) => live && setState(found ? { kind: 'saved', id: found.id } : { kind: 'unsaved' }),
        (err: unknown) => live && setState({ kind: 'error', message: messageOf(err), id: null }),
      );
    void refresh();
    const stop = watchLibrary(() => void refresh());
    return () => {
      live = false;
      stop();
    };
  }, [article.url]);

  const save = async () => {
    setState({ kind: 'busy' });
    try {
      const record = await saveArticle(article);
      setState({ kind: 'saved', id: record.id });
    } catch (err) {
      setState({ kind: 'error', message: messageOf(err), id: null });
    }
  };

  const remove = async (id: string) => {
    setState({ kind: 'busy' });
    try {
      await deleteArticle(id);
      setState({ kind: 'unsaved' });
    } catch (err) {
      setState({ kind: 'error', message: messageOf(err), id });
    }
  };

  return { state, save, remove };
}
