import { BYLINE_TRAILING_ROLE, NEWSROOM_CREDIT } from '../constants';
import { collapseWhitespace, textOf } from '../text';

/** Separators sites put between the headline and their own name in <title>. */
const TITLE_SEPARATOR = /\s+[|\-–—»·•]{1,2}\s+|\s+::\s+/;

function same(a: string, b: string): boolean {
  const n = (s: string) => collapseWhitespace(s).toLowerCase();
  return n(a) === n(b);
}

/** "Headline - Site Name" -> "Headline", when the decoration is the site's name. */
export function stripSiteDecoration(title: string, siteName: string | null, hostname: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const isSite = (part: string): boolean => {
    const p = collapseWhitespace(part).toLowerCase();
    if (siteName && same(p, siteName)) return true;
    // "Example.com", "EXAMPLE", "example news" for www.example.com
    const host = hostname?.replace(/^www\./, '').split('.')[0]?.toLowerCase();
    const squashed = p.replace(/[\s.-]/g, '');
    return !!host && host.length > 2 && (squashed === host || squashed === host + 'com' || (squashed.startsWith(host) && p.split(' ').length <= 3));
  };
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  // Split on the last (or first) separator only, so "A - B - Site" keeps "A - B".
  if (isSite(last)) return title.slice(0, title.lastIndexOf(last)).replace(/\s+[|\-–—»·•]{1,2}\s*$|\s+::\s*$/, '').trim();
  if (isSite(first)) return title.slice(title.indexOf(first) + first.length).replace(/^\s*[|\-–—»·•]{1,2}\s+|^\s*::\s+/, '').trim();
  return title;
}

/**
 * The headline: Readability's choice among the declared titles (it weighs <title>, Open Graph,
 * Dublin Core and JSON-LD), without the site's name that sites append ("Headline - Site").
 * When the page declares nothing better, an on-page <h1> that the <title> contains.
 */
export function chooseTitle(
  doc: Document,
  readabilityTitle: string | null,
  declared: readonly (string | null)[],
  siteName: string | null,
  hostname: string | null,
): string {
  const base = readabilityTitle?.trim() || declared.find((d) => d && d.trim())?.trim() || '';
  if (base) return stripSiteDecoration(base, siteName, hostname);
  const h1 = Array.from(doc.body?.querySelectorAll('h1') ?? []).map(textOf).find((t) => t.length >= 8);
  return h1 ?? '';
}

/** A byline names a person; a site that signs as itself has no byline. */
export function cleanByline(raw: string | null, siteName: string | null): string | null {
  if (!raw) return null;
  let byline = collapseWhitespace(raw).replace(/^(by|von|par|por|di|per|door|yazar|muhabir|haber|автор|بقلم|كتب|كتبت|إعداد)\s*:?\s+/iu, '');
  byline = byline.replace(/\s*[|•·]\s*.*$/, '').trim();
  // A job title printed after the name: "Hatice Şahin Muhabir", "Jane Doe, Reporter".
  byline = byline.replace(BYLINE_TRAILING_ROLE, '').trim();
  if (!byline || byline.length > 100) return null;
  // "Da Redação", "Redacción", "Redaktion", "La rédaction": the newsroom, not a person.
  if (NEWSROOM_CREDIT.test(byline)) return null;
  if (/^https?:\/\//i.test(byline) || /@/.test(byline) && !/\s/.test(byline)) return null;
  if (siteName && same(byline, siteName)) return null;
  return byline;
}
