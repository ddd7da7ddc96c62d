import { memo } from 'preact/compat';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { ArticleRow } from '@/components/library/ArticleRow';
import { DownloadAllPanel } from '@/components/library/DownloadAllPanel';
import { ExportPanel } from '@/components/library/ExportPanel';
import { ImportPanel } from '@/components/library/ImportPanel';
import { RestoreNotice } from '@/components/library/RestoreNotice';
import { SyncStatusLine } from '@/components/library/SyncStatusLine';
import { UndoBar } from '@/components/library/UndoBar';
import { PAGE_ROWS, useLibrary, useSearch } from '@/components/library/useLibrary';
import { useReadingSettings } from '@/components/useReadingSettings';
import { LibraryError } from '@/lib/library/errors';
import { deleteArticle, restoreArticle, updateArticle } from '@/lib/library/store';
import type { ListedArticle, SavedArticle } from '@/lib/library/types';
import { allTags, applyView, DEFAULT_VIEW, searchHitsInView, type LibraryFilter, type LibrarySort, type LibraryView } from '@/lib/library/view';
import { t, tn, type PlainKey } from '@/lib/i18n';

const FILTERS: { value: LibraryFilter; label: PlainKey }[] = [
  { value: 'unread', label: 'filterUnread' },
  { value: 'archived', label: 'filterArchived' },
  { value: 'favorites', label: 'filterFavorites' },
  { value: 'all', label: 'filterAll' },
];
const SORTS: { value: LibrarySort; label: PlainKey }[] = [
  { value: 'saved-newest', label: 'sortSavedNewest' },
  { value: 'saved-oldest', label: 'sortSavedOldest' },
  { value: 'published-newest', label: 'sortPublishedNewest' },
  { value: 'published-oldest', label: 'sortPublishedOldest' },
];

function messageOf(err: unknown): string {
  return err instanceof LibraryError ? err.message : t('errorUnknown');
}

/** What follows the list. Nothing in it depends on the search, so a keystroke does not draw it again. */
const BelowTheList = memo(function BelowTheList({ articles }: { articles: readonly ListedArticle[] | null }) {
  return (
    <>
      {articles && <DownloadAllPanel articles={articles} />}
      <ImportPanel />
      <ExportPanel />
      <footer class="okur-library-footer">
        <SyncStatusLine />
      </footer>
    </>
  );
});

/** The reading list in a tab of its own. */
export function Library() {
  const { articles, firstRows, error } = useLibrary();
  useReadingSettings(); // the reader's theme, here too
  const [view, setView] = useState<LibraryView>(DEFAULT_VIEW);
  const search = useSearch(articles !== null);
  // "Show more" counts for the list it was pressed on: a new answer or view starts at PAGE_ROWS.
  const [more, setMore] = useState({ generation: 0, view, limit: PAGE_ROWS });
  const rowLimit = more.generation === search.generation && more.view === view ? more.limit : PAGE_ROWS;
  const [deleted, setDeleted] = useState<SavedArticle | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const act = (work: Promise<unknown>) => work.then(() => setActionError(null), (err: unknown) => setActionError(messageOf(err)));
  // The same functions on every render, so rows whose entry did not change are not drawn again.
  const onUpdate = useCallback((id: string, patch: Parameters<typeof updateArticle>[1]) => void act(updateArticle(id, patch)), []);
  const onDelete = useCallback((article: ListedArticle) => void act(deleteArticle(article.id).then((record) => setDeleted(record))), []);
  const onUndo = () => {
    if (deleted) void act(restoreArticle(deleted));
    setDeleted(null);
  };
  const dismissUndo = useCallback(() => setDeleted(null), []);

  // The list follows the query the search has answered, not the one being typed: a keystroke
  // draws nothing until its results are there, and then draws once.
  // Until the whole list is read, the first screen shows the newest unread entries on their own.
  const searching = search.query.trim() !== '';
  const byId = useMemo(() => (articles ? new Map(articles.map((a) => [a.id, a])) : null), [articles]);
  const listed = useMemo(() => (articles ? applyView(articles, view) : null), [articles, view]);
  const shown =
    searching && search.hits && byId
      ? searchHitsInView(byId, view, search.hits)
      : (listed ?? (firstRows && !searching && view === DEFAULT_VIEW ? firstRows : []));
  const tags = useMemo(() => (articles ? allTags(articles) : []), [articles]);
  const searchComplete = !!search.coverage && search.coverage.read >= search.coverage.total;
  const partial = searching && search.coverage && search.coverage.read < search.coverage.total ? search.coverage : null;

  return (
    <main class="okur-library">
      <header class="okur-library-header">
        <h1>{t('savedArticles')}</h1>
        <div class="okur-library-controls" role="search">
          <label class="okur-search">
            <span class="okur-visually-hidden">{t('searchSavedArticles')}</span>
            <input type="search" placeholder={t('searchPlaceholder')} data-search={searchComplete ? 'ready' : 'reading'} onInput={(e) => search.ask(e.currentTarget.value)} />
          </label>
          <label>
            {t('show')}{' '}
            <select value={view.filter} onChange={(e) => setView({ ...view, filter: e.currentTarget.value as LibraryFilter })}>
              {FILTERS.map((f) => (
                <option value={f.value}>{t(f.label)}</option>
              ))}
            </select>
          </label>
          <label>
            {t('tag')}{' '}
            <select value={view.tag ?? ''} onChange={(e) => setView({ ...view, tag: e.currentTarget.value || null })}>
              <option value="">{t('anyTag')}</option>
              {tags.map((tag) => (
                <option value={tag}>{tag}</option>
              ))}
            </select>
          </label>
          <label>
            {t('sort')}{' '}
            <select value={view.sort} onChange={(e) => setView({ ...view, sort: e.currentTarget.value as LibrarySort })}>
              {SORTS.map((s) => (
                <option value={s.value}>{t(s.label)}</option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <RestoreNotice />
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
      {partial && <p class="okur-search-partial">{t('searchPartial', [partial.read, partial.total])}</p>}
      {search.failed && (
        <p class="okur-error" role="alert">
          {t('searchFailed')}
        </p>
      )}
      {articles === null && firstRows === null && !error && <p class="okur-library-empty">{t('openingList')}</p>}
      {articles && articles.length === 0 && (
        <p class="okur-library-empty">{t('emptyList', t('saveForLater'))}</p>
      )}
      {articles && articles.length > 0 && shown.length === 0 && <p class="okur-library-empty">{t('noMatch')}</p>}
      <p class="okur-visually-hidden" aria-live="polite">
        {articles ? tn('shownCount', articles.length, [shown.length]) : ''}
      </p>
      <ul class="okur-list">
        {shown.slice(0, rowLimit).map((a) => (
          <ArticleRow key={a.id} article={a} onUpdate={onUpdate} onDelete={onDelete} />
        ))}
      </ul>
      {shown.length > rowLimit && (
        <button type="button" class="okur-button okur-show-more" onClick={() => setMore({ generation: search.generation, view, limit: rowLimit + PAGE_ROWS })}>
          {t('showMore', [Math.min(PAGE_ROWS, shown.length - rowLimit)])}
        </button>
      )}
      {/* Drawn after the rows: the first screen is the list. */}
      {(articles || firstRows || error) && <BelowTheList articles={articles} />}
      {deleted && <UndoBar message={t('deletedTitle', deleted.title)} onUndo={onUndo} onDismiss={dismissUndo} />}
    </main>
  );
}
