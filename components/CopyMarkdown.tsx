import { useState } from 'preact/hooks';
import { articleToMarkdown } from '@/lib/article-markdown';
import { sanitizeArticleHtml } from '@/lib/extract/sanitize';
import type { Article } from '@/lib/extract/types';
import { t } from '@/lib/i18n';

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
        {t('copyMarkdown')}
      </button>
      <span class="okur-visually-hidden" role="status">
        {state === 'copied' ? t('copiedMarkdown') : ''}
      </span>
      {state === 'failed' && (
        <p class="okur-error" role="alert">
          {t('copyFailed')}
        </p>
      )}
    </>
  );
}
