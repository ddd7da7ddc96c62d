import { useCallback, useState } from 'preact/hooks';
import { ArticleRow } from '@/components/library/ArticleRow';
import { DownloadAllPanel } from '@/components/library/DownloadAllPanel';
import { ExportPanel } from '@/components/library/ExportPanel';
import { ImportPanel } from '@/components/library/ImportPanel';
import { SyncStatusLine } from '@/components/library/SyncStatusLine';
import { UndoBar } from '@/components/library/UndoBar';
import { useLibrary } from '@/components/library/useLibrary';
import { useReadingSettings } from '@/components/useReadingSettings';
import { LibraryError } from '@/lib/library/errors';
import { deleteArticle, restoreArticle, updateArticle } from '@/lib/library/store';
import type { SavedArticle } from '@/lib/library/types';
import { allTags, applyView, DEFAULT_VIEW, type LibraryFilter, type LibrarySort, type LibraryView } from '@/lib/library/view';

const FILTERS: { value: LibraryFilter; label: string }[] = [
  { value: 'unread', label: 'Unread' },
  { value: 'archived', label: 'Archived' },
  { value: 'favorites', label: 'Favorites' },
  { value: 'all', label: 'All' },
];
const SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'saved-newest', label: 'Saved, newest first' },
  { value: 'saved-oldest', label: 'Saved, oldest first' },
  { value: 'published-newest', label: 'Published, newest first' },
  { value: 'published-oldest', label: 'Published, oldest first' },
];

function messageOf(err: unknown): string {
  return err instanceof LibraryError ? err.message : 'Okur could not update your reading list. Nothing was changed; please try again.';
}

/** The reading list in a tab of its own. */
export function Library() {
  const { articles, error, index } = useLibrary();
  useReadingSettings(); // the reader's theme, here too
  const [view, setView] = useState<LibraryView>(DEFAULT_VIEW);
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<SavedArticle | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const act = (work: Promise<unknown>) => work.then(() => setActionError(null), (err: unknown) => setActionError(messageOf(err)));
  const onUpdate = (id: string, patch: Parameters<typeof updateArticle>[1]) => void act(updateArticle(id, patch));
  const onDelete = (article: SavedArticle) => void act(deleteArticle(article.id).then((record) => setDeleted(record)));
  const onUndo = () => {
    if (deleted) void act(restoreArticle(deleted));
    setDeleted(null);
  };
  const dismissUndo = useCallback(() => setDeleted(null), []);

  const shown = articles ? applyView(articles, view, index.search(query)) : [];
  const tags = articles ? allTags(articles) : [];

  return (
    <main class="okur-library">
      <header class="okur-library-header">
        <h1>Saved articles</h1>
        <div class="okur-library-controls" role="search">
          <label class="okur-search">
            <span class="okur-visually-hidden">Search saved articles</span>
            <input type="search" placeholder="Search titles and text" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          </label>
          <label>
            Show{' '}
            <select value={view.filter} onChange={(e) => setView({ ...view, filter: e.currentTarget.value as LibraryFilter })}>
              {FILTERS.map((f) => (
                <option value={f.value}>{f.label}</option>
              ))}
            </select>
          </label>
          <label>
            Tag{' '}
            <select value={view.tag ?? ''} onChange={(e) => setView({ ...view, tag: e.currentTarget.value || null })}>
              <option value="">Any tag</option>
              {tags.map((t) => (
                <option value={t}>{t}</option>
              ))}
            </select>
          </label>
          <label>
            Sort{' '}
            <select value={view.sort} onChange={(e) => setView({ ...view, sort: e.currentTarget.value as LibrarySort })}>
              {SORTS.map((s) => (
                <option value={s.value}>{s.label}</option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {error && (
        <p class="okur-error" role="alert">
          {error}
        </p>
      )}
      {actionError && (
        <p class="okur-error" role="alert">
          {actionError}
        </p>
      )}
      {articles === null && !error && <p class="okur-library-empty">Opening your reading list…</p>}
      {articles && articles.length === 0 && (
        <p class="okur-library-empty">Nothing saved yet. Open an article, click Okur's button and choose “Save for later”.</p>
      )}
      {articles && articles.length > 0 && shown.length === 0 && <p class="okur-library-empty">No saved article matches.</p>}
      <p class="okur-visually-hidden" aria-live="polite">
        {articles ? `${shown.length} of ${articles.length} articles shown` : ''}
      </p>
      <ul class="okur-list">
        {shown.map((a) => (
          <ArticleRow key={a.id} article={a} onUpdate={onUpdate} onDelete={onDelete} />
        ))}
      </ul>
      {articles && <DownloadAllPanel articles={articles} />}
      <ImportPanel />
      <ExportPanel />
      <footer class="okur-library-footer">
        <SyncStatusLine />
      </footer>
      {deleted && <UndoBar message={`Deleted “${deleted.title}”.`} onUndo={onUndo} onDismiss={dismissUndo} />}
    </main>
  );
}
