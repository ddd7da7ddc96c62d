import { useEffect } from 'preact/hooks';
import { updateArticle } from '@/lib/library/store';
import type { SavedArticle } from '@/lib/library/types';

/** Writes at most this often while the reader scrolls. */
const SAVE_EVERY_MS = 800;

function scrollable(): number {
  return Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
}

/**
 * Brings the reader back where they left off, and remembers how far they got (0 to 1) as they
 * scroll, so the list can show it and the next visit resumes there.
 */
export function useReadingProgress(article: SavedArticle | null) {
  useEffect(() => {
    if (!article?.content) return;
    const id = article.id;
    requestAnimationFrame(() => window.scrollTo(0, article.progress * scrollable()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = article.progress;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const max = scrollable();
        const progress = max > 0 ? Math.min(1, Math.max(0, window.scrollY / max)) : 1;
        if (Math.abs(progress - last) < 0.01) return;
        last = progress;
        void updateArticle(id, { progress }).catch(() => {
          // Progress is a convenience: failing to store it must not interrupt reading.
        });
      }, SAVE_EVERY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
    // Only when another article is opened: progress updates must not re-scroll the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article?.id, !!article?.content]);
}
