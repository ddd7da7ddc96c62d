/** Schema.org data the page declares about itself, read from its JSON-LD blocks. */
export interface JsonLdFacts {
  types: string[];
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisherName: string | null;
  image: string | null;
  description: string | null;
  inLanguage: string | null;
}

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|ScholarlyArticle|TechArticle|SocialMediaPosting|LiveBlogPosting|Blog|Review|Recipe|HowTo)$/;

export function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.test(type);
}

type Json = Record<string, unknown>;

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v == null ? [] : [v];
}
function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}
function typesOf(item: Json): string[] {
  return asArray(item['@type']).filter((t): t is string => typeof t === 'string');
}
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object') return str((v as Json).name);
  return null;
}
function imageOf(v: unknown): string | null {
  const first = asArray(v)[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object') return str((first as Json).url) ?? str((first as Json).contentUrl);
  return null;
}

/** Flattens @graph and nested arrays into a list of objects. */
function items(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      // Some sites wrap the JSON in HTML comments or CDATA.
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*(<!--|\/\/<!\[CDATA\[)|(-->|\/\/\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    const stack = asArray(parsed);
    while (stack.length && out.length < 200) {
      const item = stack.shift();
      if (!item || typeof item !== 'object') continue;
      const obj = item as Json;
      out.push(obj);
      stack.push(...asArray(obj['@graph']));
    }
  }
  return out;
}

export function readJsonLd(doc: Document): JsonLdFacts {
  const all = items(doc);
  const types = all.flatMap(typesOf);
  const article = all.find((i) => typesOf(i).some(isArticleType)) ?? null;
  const facts: JsonLdFacts = {
    types,
    headline: null,
    authors: [],
    datePublished: null,
    dateModified: null,
    publisherName: null,
    image: null,
    description: null,
    inLanguage: null,
  };
  if (!article) return facts;
  facts.headline = str(article.headline) ?? str(article.name);
  facts.authors = asArray(article.author)
    .filter((a) => !(a && typeof a === 'object' && typesOf(a as Json).includes('Organization')))
    .map(nameOf)
    .filter((n): n is string => !!n);
  facts.datePublished = str(article.datePublished) ?? str(article.dateCreated);
  facts.dateModified = str(article.dateModified);
  facts.publisherName = nameOf(article.publisher);
  facts.image = imageOf(article.image);
  facts.description = str(article.description);
  facts.inLanguage = str(article.inLanguage);
  return facts;
}
