/** What the page's <head> says about the article: Open Graph, article:*, Dublin Core and kin. */
export interface MetaFacts {
  title: string | null;
  siteName: string | null;
  type: string | null;
  description: string | null;
  image: string | null;
  canonical: string | null;
  author: string | null;
  published: string | null;
  modified: string | null;
  declaredLang: string | null;
  declaredDir: string | null;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

export function readMetaTags(doc: Document): MetaFacts {
  const values = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = (meta.getAttribute('content') ?? '').trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !values.has(key)) values.set(key, content);
      }
    }
  }
  const first = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = values.get(k);
      if (v) return v;
    }
    return null;
  };
  const html = doc.documentElement;
  return {
    title: first('og:title', 'twitter:title', 'dc.title', 'headline'),
    siteName: first('og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site'),
    type: first('og:type'),
    description: first('og:description', 'description', 'twitter:description', 'dc.description'),
    image: first('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'),
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? first('og:url'),
    author: first('author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'),
    published: first(...PUBLISHED_KEYS),
    modified: first(...MODIFIED_KEYS),
    declaredLang: html?.getAttribute('lang') || html?.getAttribute('xml:lang') || first('content-language', 'og:locale') || null,
    declaredDir: html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? null,
  };
}
