import { useEffect, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { DownloadPrompt } from '@/components/DownloadPrompt';
import { StatusMessage } from '@/components/StatusMessage';
import { TextSizeControls } from '@/components/TextSizeControls';
import { useReadingProgress } from '@/components/useReadingProgress';
import { useTextSize } from '@/components/useTextSize';
import { ReadingSettingsPanel } from '@/components/ReadingSettingsPanel';
import { useReadingSettings } from '@/components/useReadingSettings';
import type { Article } from '@/lib/extract/types';
import { LibraryError } from '@/lib/library/errors';
import { getArticle } from '@/lib/library/store';
import type { SavedArticle } from '@/lib/library/types';

type Loaded = { kind: 'loading' } | { kind: 'found'; article: SavedArticle } | { kind: 'missing' } | { kind: 'error'; message: string };

/** The saved article as the popup showed it, in a full tab, readable with the network off. */
export function Reader({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const textSize = useTextSize();
  const reading = useReadingSettings();

  useEffect(() => {
    getArticle(id).then(
      (article) => setLoaded(article ? { kind: 'found', article } : { kind: 'missing' }),
      (err: unknown) => setLoaded({ kind: 'error', message: err instanceof LibraryError ? err.message : 'Okur could not open your reading list.' }),
    );
  }, [id]);

  const saved = loaded.kind === 'found' ? loaded.article : null;
  useReadingProgress(saved);
  useEffect(() => {
    if (saved) document.title = `${saved.title} · Okur`;
  }, [saved?.title]);

  return (
    <main class="okur-reader">
      <header class="okur-toolbar">
        <a class="okur-button" href="/library.html">
          Saved articles
        </a>
        {saved && (
          <a class="okur-button" href={saved.url} target="_blank" rel="noopener noreferrer">
            Original page
          </a>
        )}
        <ReadingSettingsPanel settings={reading.settings} onChange={reading.change} />
        <TextSizeControls size={textSize.size} onDecrease={textSize.decrease} onReset={textSize.reset} onIncrease={textSize.increase} />
      </header>
      {loaded.kind === 'loading' && <StatusMessage title="Opening the article…" message="" />}
      {loaded.kind === 'missing' && <StatusMessage title="This article is no longer in your reading list." message="It may have been deleted in another window." />}
      {loaded.kind === 'error' && <StatusMessage title="Something went wrong." message={loaded.message} />}
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
