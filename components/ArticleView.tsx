import { useMemo, useRef } from 'preact/hooks';
import { ListenControls } from './ListenControls';
import type { Article } from '@/lib/extract/types';
import { sanitizeArticleHtml } from '@/lib/extract/sanitize';
import { formatPublished } from '@/lib/format';
import { DEFAULT_READING, readingStyle, type ReadingSettings } from '@/lib/reading-settings';
import { t } from '@/lib/i18n';

interface Props {
  article: Article;
  textSize: number;
  reading?: ReadingSettings;
}

/**
 * The article as the reader reads it, in the popup and in every full-page reader. The body is
 * sanitized here again: this is where page HTML becomes DOM in a privileged extension page.
 */
export function ArticleView({ article, textSize, reading = DEFAULT_READING }: Props) {
  const html = useMemo(() => sanitizeArticleHtml(article.content, window), [article.content]);
  const figure = useMemo(() => (article.leadFigure ? sanitizeArticleHtml(article.leadFigure, window) : ''), [article.leadFigure]);
  const facts = [
    article.byline,
    article.siteName,
    formatPublished(article.publishedTime),
    t('minRead', article.readingTimeMinutes),
  ].filter(Boolean);
  const articleRef = useRef<HTMLElement>(null);
  return (
    <>
    <div class="okur-article-tools" dir={article.dir}>
      <ListenControls articleRef={articleRef} lang={article.lang} />
    </div>
    <article ref={articleRef} class="okur-article" lang={article.lang ?? undefined} dir={article.dir} data-font={reading.font} style={{ fontSize: `${textSize}px`, ...readingStyle(reading) }}>
      <header class="okur-article-header">
        <h1>{article.title}</h1>
        <p class="okur-article-facts">{facts.join(' · ')}</p>
        {article.standfirst.map((p) => (
          <p class="okur-standfirst">{p}</p>
        ))}
      </header>
      {figure && <div class="okur-lead-figure" dangerouslySetInnerHTML={{ __html: figure }} />}
      <div class="okur-article-body" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
    </>
  );
}
