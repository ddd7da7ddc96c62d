import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import type { ListedArticle } from '@/lib/library/types';
import { parseTags } from '@/lib/library/view';
import { formatPublished } from '@/lib/format';
import { t } from '@/lib/i18n';

interface Props {
  article: ListedArticle;
  onUpdate(id: string, patch: Partial<Pick<ListedArticle, 'state' | 'favorite' | 'tags'>>): void;
  onDelete(article: ListedArticle): void;
}

/** One saved article in the list: what it is, and what the reader can do with it. */
export const ArticleRow = memo(function ArticleRow({ article, onUpdate, onDelete }: Props) {
  const [editingTags, setEditingTags] = useState(false);
  const published = formatPublished(article.publishedTime);
  const facts = [
    article.siteName ?? hostOf(article.url),
    published,
    article.readingTimeMinutes ? t('minRead', article.readingTimeMinutes) : null,
    !article.downloaded ? t('notDownloaded') : null,
  ].filter(Boolean);
  const archived = article.state === 'archived';
  return (
    <li class="okur-row" data-id={article.id}>
      <div class="okur-row-main">
        <a class="okur-row-title" href={`/reader.html?id=${encodeURIComponent(article.id)}`} lang={article.lang ?? undefined} dir={article.dir}>
          {article.title}
        </a>
        <p class="okur-row-facts">{facts.join(' · ')}</p>
        {article.excerpt && (
          <p class="okur-row-excerpt" lang={article.lang ?? undefined} dir={article.dir}>
            {article.excerpt}
          </p>
        )}
        {article.tags.length > 0 && (
          <ul class="okur-tags" aria-label={t('tags')}>
            {article.tags.map((tag) => (
              <li>{tag}</li>
            ))}
          </ul>
        )}
        {editingTags && (
          <form
            class="okur-tag-form"
            onSubmit={(e) => {
              e.preventDefault();
              const input = (e.currentTarget as HTMLFormElement).elements.namedItem('tags') as HTMLInputElement;
              onUpdate(article.id, { tags: parseTags(input.value) });
              setEditingTags(false);
            }}
          >
            <label>
              {t('tagsInputLabel')} <input name="tags" defaultValue={article.tags.join(', ')} autoFocus />
            </label>
            <button type="submit" class="okur-button">
              {t('saveTags')}
            </button>
          </form>
        )}
      </div>
      {/* A toggle keeps one name, the word it shows; aria-pressed says whether it is on. */}
      <div class="okur-row-actions">
        <button type="button" class="okur-button" aria-pressed={article.favorite} aria-label={t('favoriteArticle', article.title)} onClick={() => onUpdate(article.id, { favorite: !article.favorite })}>
          {article.favorite ? '★' : '☆'} {t('favorite')}
        </button>
        <button type="button" class="okur-button" aria-label={archived ? t('unarchiveArticle', article.title) : t('archiveArticle', article.title)} onClick={() => onUpdate(article.id, { state: archived ? 'unread' : 'archived' })}>
          {archived ? t('unarchive') : t('archive')}
        </button>
        <button type="button" class="okur-button" aria-label={t('editTagsOf', article.title)} aria-expanded={editingTags} onClick={() => setEditingTags(!editingTags)}>
          {t('tags')}
        </button>
        <button type="button" class="okur-button okur-danger" aria-label={t('deleteArticle', article.title)} onClick={() => onDelete(article)}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
});

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
