import { canonicalUrl } from '../url';
import type { SavedArticle } from '../types';

/**
 * The whole list as one HTML file to read offline or print: contents, then every article.
 * The article HTML comes from web pages and goes through the caller's sanitizer; everything
 * else is text and is escaped. The policy in the file stops any script that might get past
 * both, in whatever browser opens it, and still lets the articles' pictures load.
 */
export interface HtmlExportDeps {
  sanitize(html: string): string;
}

const STYLE = `body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 Georgia,serif;color:#222}
h1,h2,nav{font-family:system-ui,sans-serif}nav li{margin:.2rem 0}
article{border-top:1px solid #ccc;margin-top:3rem;padding-top:1rem}
.meta{color:#666;font:.9rem system-ui,sans-serif}img,video{max-width:100%;height:auto}
pre{overflow-x:auto}blockquote{margin-left:0;padding-left:1rem;border-left:3px solid #ccc}`;

export function exportHtml(articles: readonly SavedArticle[], deps: HtmlExportDeps): string {
  const count = articles.length === 1 ? '1 article' : `${articles.length} articles`;
  const contents = articles.map((a, i) => `<li${a.dir === 'rtl' ? ' dir="rtl"' : ''}><a href="#article-${i + 1}">${escapeHtml(a.title)}</a></li>`).join('\n');
  const bodies = articles.map((a, i) => articleHtml(a, `article-${i + 1}`, deps)).join('\n');
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src * data:; media-src *; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Okur: ${count}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Okur: ${count}</h1>
<nav aria-label="Contents">
<ol>
${contents}
</ol>
</nav>
${bodies}
</body>
</html>
`;
}

function articleHtml(a: SavedArticle, id: string, deps: HtmlExportDeps): string {
  const lang = a.lang ? ` lang="${escapeHtml(a.lang)}"` : '';
  const dir = a.dir === 'rtl' ? ' dir="rtl"' : '';
  // The record's URL is canonical when Okur stored it; checked again, as a link the user clicks.
  const url = canonicalUrl(a.url);
  const title = url ? `<a href="${escapeHtml(url)}">${escapeHtml(a.title)}</a>` : escapeHtml(a.title);
  const meta = [
    a.byline,
    a.siteName,
    a.publishedTime ? `published ${a.publishedTime.slice(0, 10)}` : null,
    `saved ${new Date(a.savedAt).toISOString().slice(0, 10)}`,
    a.tags.length ? `tags: ${a.tags.join(', ')}` : null,
    a.state === 'archived' ? 'archived' : null,
    a.favorite ? 'favorite' : null,
  ].filter((x): x is string => Boolean(x));
  const body =
    a.content === null
      ? `<p>This article was not downloaded. Read it at ${url ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(a.url)}.</p>`
      : deps.sanitize(a.content);
  return `<article id="${id}"${lang}${dir}>
<h2>${title}</h2>
<p class="meta">${escapeHtml(meta.join(' · '))}</p>
${body}
</article>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
