import type { Article } from './extract/types';
import { markdownConverter } from './library/export/markdown-zip';

/**
 * The article as Markdown for the clipboard: headline, who and where it is from, the standfirst
 * and the body, the same conversion as the Markdown export. `parse` gives an inert document of
 * the (already sanitized) article HTML for the converter to walk.
 */
export function articleToMarkdown(article: Pick<Article, 'title' | 'byline' | 'siteName' | 'url' | 'standfirst' | 'content'>, parse: (html: string) => Document): string {
  const turndown = markdownConverter();
  const credit = [article.byline, article.siteName].filter(Boolean).join(' · ');
  const parts = [
    `# ${turndown.escape(article.title.replace(/\s+/g, ' ').trim())}`,
    credit ? `_${turndown.escape(credit)}_` : '',
    `<${article.url}>`,
    ...article.standfirst.map((s) => `**${turndown.escape(s)}**`),
    turndown.turndown(parse(article.content).body).trim(),
  ];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
