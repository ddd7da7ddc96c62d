/**
 * The one address of a saved article, so the same page saved from a newsletter link and from
 * the site is one entry, and the id every device computes for it.
 */
const TRACKING_PARAMS = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid)$/i;

/** http(s) URL without fragment and tracking parameters; null for anything else. */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  const out = url.href;
  return out.endsWith('?') ? out.slice(0, -1) : out;
}

/** A 53-bit hash (cyrb53) of the canonical URL in base 36: short, stable, the same everywhere. */
export function libraryId(url: string): string {
  return hash53(url);
}

/** cyrb53 of any text in base 36: not cryptographic, only a short fingerprint. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
