import { useState } from 'preact/hooks';
import { articleToMarkdown } from '@/lib/article-markdown';
import { sanitizeArticleHtml } from '@/lib/extract/sanitize';
import type { Article } from '@/lib/extract/types';

/** "Copy as Markdown": the article, ready to paste into notes, in one click. */
export function CopyMarkdown({ article }: { article: Article }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      const markdown = articleToMarkdown({ ...article, content: sanitizeArticleHtml(article.content, window) }, (html) =>
        new DOMParser().parseFromString(html, 'text/html'),
      );
      await navigator.clipboard.writeText(markdown);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <button type="button" class="okur-button" onClick={() => void copy()}>
        Copy as Markdown
      </button>
      <span class="okur-visually-hidden" role="status">
        {state === 'copied' ? 'The article was copied as Markdown.' : ''}
      </span>
      {state === 'failed' && (
        <p class="okur-error" role="alert">
          Okur could not copy to the clipboard. Select the article's text and copy it instead.
        </p>
      )}
    </>
  );
}
