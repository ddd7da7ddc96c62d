/**
 * Which URLs article HTML may carry into an extension page. Links may go to the web and mail;
 * pictures may also be inline data, but only as images: a data:text/html "picture" is a page,
 * and a script URL is code. Relative URLs are allowed because the extension page sets no base
 * that could make them dangerous (the core resolves them against the article's address).
 */
const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
const SAFE_LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const SAFE_MEDIA_SCHEMES = new Set(['http', 'https']);
// Inline pictures only: raster formats and SVG (an SVG shown through <img> cannot run script).
const SAFE_DATA_IMAGE = /^\s*data:image\/(png|jpe?g|gif|webp|avif|bmp|x-icon|svg\+xml)[;,]/i;

function schemeOf(url: string): string | null {
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), so must we.
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  const m = SCHEME.exec(cleaned);
  return m ? m[1]!.toLowerCase() : null;
}

export function isSafeLinkUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === null || SAFE_LINK_SCHEMES.has(scheme);
}

/** For src, poster and each srcset candidate of pictures and media. */
export function isSafeMediaUrl(url: string, allowDataImage: boolean): boolean {
  const scheme = schemeOf(url);
  if (scheme === null) return true;
  if (scheme === 'data') return allowDataImage && SAFE_DATA_IMAGE.test(url);
  return SAFE_MEDIA_SCHEMES.has(scheme);
}

/**
 * The URLs of a srcset, one per candidate. A data: URL may itself hold commas, so a candidate
 * starting with "data:" runs to the next ", " followed by a non-space (a descriptor never has one).
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset.trim();
  while (rest) {
    const url = /^\S+/.exec(rest)![0].replace(/,+$/, '');
    urls.push(url);
    const next = rest.slice(url.length).search(/,\s*\S/);
    if (next < 0) break;
    rest = rest.slice(url.length + next + 1).trim();
  }
  return urls;
}

// A second line of defence for srcset: however a browser splits the candidates, none may hold
// a script URL or a non-image data URL anywhere.
const SCRIPT_ANYWHERE = /(java|vb)script:|data:(?!image\/)/i;

export function isSafeSrcset(srcset: string, allowDataImage: boolean): boolean {
  if (SCRIPT_ANYWHERE.test(srcset.replace(/[\u0000-\u0020]/g, ''))) return false;
  return srcsetUrls(srcset).every((u) => isSafeMediaUrl(u, allowDataImage));
}
