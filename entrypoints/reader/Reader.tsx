import { useEffect, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { CopyMarkdown } from '@/components/CopyMarkdown';
import { DownloadPrompt } from '@/components/DownloadPrompt';
import { SaveControls } from '@/components/SaveControls';
import { StatusMessage } from '@/components/StatusMessage';
import { TextSizeControls } from '@/components/TextSizeControls';
import { useReadingProgress } from '@/components/useReadingProgress';
import { useTextSize } from '@/components/useTextSize';
import { ReadingSettingsPanel } from '@/components/ReadingSettingsPanel';
import { useReadingSettings } from '@/components/useReadingSettings';
import type { Article } from '@/lib/extract/types';
import { LibraryError } from '@/lib/library/errors';
import { getArticle } from '@/lib/library/store';
import { takeOpenedArticle } from '@/lib/open-full-page';
import type { SavedArticle } from '@/lib/library/types';
import { t } from '@/lib/i18n';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'found'; article: SavedArticle }
  | { kind: 'opened'; article: Article }
  | { kind: 'missing' }
  | { kind: 'gone' }
  | { kind: 'error'; message: string };

/**
 * An article in a full tab: a saved one (?id=, readable with the network off), or the one the
 * popup was showing (?open=, from "Open in full page").
 */
export function Reader({ id, open }: { id: string | null; open: string | null }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const textSize = useTextSize();
  const reading = useReadingSettings();

  useEffect(() => {
    if (open) {
      void takeOpenedArticle(open).then((article) => setLoaded(article ? { kind: 'opened', article } : { kind: 'gone' }));
      return;
    }
    if (!id) {
      setLoaded({ kind: 'missing' });
      return;
    }
    getArticle(id).then(
      (article) => setLoaded(article ? { kind: 'found', article } : { kind: 'missing' }),
      (err: unknown) => setLoaded({ kind: 'error', message: err instanceof LibraryError ? err.message : t('openListFailed') }),
    );
  }, [id, open]);

  const saved = loaded.kind === 'found' ? loaded.article : null;
  useReadingProgress(saved);
  const shown = saved ?? (loaded.kind === 'opened' ? loaded.article : null);
  useEffect(() => {
    if (shown) document.title = `${shown.title} · Okur`;
  }, [shown?.title]);

  return (
    <main class="okur-reader">
      {/* Controls follow the article's direction: an Arabic article's controls read from the right. */}
      <header class="okur-toolbar" dir={shown?.dir}>
        <a class="okur-button" href="/library.html">
          {t('savedArticles')}
        </a>
        {shown && (
          <a class="okur-button" href={shown.url} target="_blank" rel="noopener noreferrer">
            {t('originalPage')}
          </a>
        )}
        {loaded.kind === 'opened' && <SaveControls article={loaded.article} />}
        {shown && (saved === null || saved.content !== null) && <CopyMarkdown article={saved ? asArticle(saved) : (shown as Article)} />}
        <ReadingSettingsPanel settings={reading.settings} onChange={reading.change} />
        <TextSizeControls size={textSize.size} onDecrease={textSize.decrease} onReset={textSize.reset} onIncrease={textSize.increase} />
      </header>
      {loaded.kind === 'loading' && <StatusMessage title={t('openingArticle')} message="" />}
      {loaded.kind === 'missing' && <StatusMessage title={t('articleNotInList')} message={t('articleMissingHint')} />}
      {loaded.kind === 'gone' && <StatusMessage title={t('articleGoneTitle')} message={t('articleGoneHint')} />}
      {loaded.kind === 'opened' && <ArticleView article={loaded.article} textSize={textSize.size} reading={reading.settings} />}
      {loaded.kind === 'error' && <StatusMessage title={t('somethingWrong')} message={loaded.message} />}
      {saved && saved.content === null && (
        <DownloadPrompt entry={saved} onDownloaded={(article) => setLoaded({ kind: 'found', article })} />
      )}
      {saved && saved.content !== null && <ArticleView article={asArticle(saved)} textSize={textSize.size} reading={reading.settings} />}
    </main>
  );
}

function asArticle(s: SavedArticle): Article {
  const textContent = s.textContent ?? '';
  return {
    url: s.url,
    title: s.title,
    byline: s.byline,
    siteName: s.siteName,
    lang: s.lang,
    dir: s.dir,
    publishedTime: s.publishedTime,
    modifiedTime: null,
    excerpt: s.excerpt,
    leadImage: s.leadImage,
    standfirst: s.standfirst,
    leadFigure: s.leadFigure,
    content: s.content ?? '',
    textContent,
    length: textContent.length,
    wordCount: s.wordCount ?? 0,
    readingTimeMinutes: s.readingTimeMinutes ?? 0,
  };
}
