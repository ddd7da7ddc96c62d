/**
 * The one place where an extension page turns HTML from the web (an article downloaded, or a
 * copy of the page the reader clicked Okur on) into a DOM: an inert document (DOMParser runs no
 * script and loads nothing) that only the extraction core reads. It is never inserted into an
 * Okur page; what the core returns is sanitized, and sanitized again where it is rendered.
 */
export function parseUntrustedHtml(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Relative links and pictures resolve against the article's address, not Okur's.
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}
