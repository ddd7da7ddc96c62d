/**
 * What counts as dangerous in HTML that Okur shows, checked the same way on the core's output
 * (jsdom) and in Okur's pages in Chromium (passed to page.evaluate as source text).
 *
 * `inspectDom` must stay self-contained: no imports, no closures over this module, only DOM
 * APIs reached through `root`. It is serialized with Function.prototype.toString.
 */

export interface InspectOptions {
  /**
   * 'content': root holds HTML that came from a web page (the article body, the lead figure):
   *   everything below is checked, including style attributes, link rel and clobbering ids.
   * 'page': root is a whole Okur page (document.documentElement): elements that only Okur
   *   itself may put there, on* attributes and script URLs anywhere, <base>, <meta http-equiv>,
   *   inline or foreign scripts.
   */
  mode: 'content' | 'page';
  /** Okur's own origin (chrome-extension://<id>) in 'page' mode: scripts must come from it. */
  ownOrigin?: string;
}

export function inspectDom(root: Element, options: InspectOptions): string[] {
  const found: string[] = [];
  const doc = root.ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const name = (el: Element) => {
    const id = el.getAttribute('id');
    return `<${el.localName}${id ? `#${id}` : ''}>`;
  };
  const short = (s: string) => (s.length > 90 ? `${s.slice(0, 90)}…` : s);

  // Elements that run code, frame, navigate, submit, rebase or restyle Okur's page.
  const CODE = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base', 'meta', 'link', 'style', 'noscript', 'template'];
  const SVG_CODE = ['animate', 'set', 'animatemotion', 'animatetransform', 'handler', 'listener'];
  const CONTENT_ONLY = ['form', 'isindex'];
  // Okur's own <head> legitimately holds meta, link and script elements: 'page' mode checks
  // the body for elements, and the head for what must never be there.
  const scope = options.mode === 'page' ? (doc.body ?? root) : root;
  const banned = options.mode === 'content' ? [...CODE, ...SVG_CODE, ...CONTENT_ONLY] : [...CODE, ...SVG_CODE];
  for (const el of Array.from(scope.querySelectorAll('*'))) {
    if (banned.includes(el.localName.toLowerCase())) found.push(`element ${name(el)}`);
    if (el.localName.toLowerCase() === 'use' && /^\s*data:/i.test(el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '')) {
      found.push(`element ${name(el)} pointing at a data: URL`);
    }
  }
  if (options.mode === 'page') {
    // The body was scanned above; the head may hold Okur's own scripts, styles and charset only.
    for (const el of Array.from(doc.head?.querySelectorAll('base, meta[http-equiv], frame, iframe, object, embed, style') ?? [])) {
      found.push(`element ${name(el)} in the head`);
    }
    for (const s of Array.from(doc.querySelectorAll('script'))) {
      const src = s.getAttribute('src');
      if (!src) found.push('inline <script> in the page');
      else if (options.ownOrigin && new URL(src, doc.baseURI).origin !== options.ownOrigin) found.push(`foreign <script src=${short(src)}>`);
    }
    if (options.ownOrigin && !doc.baseURI.startsWith(options.ownOrigin)) found.push(`document base URL changed to ${short(doc.baseURI)}`);
  }

  // Attributes: handlers, srcdoc, script URLs in anything that takes a URL.
  const URL_ATTRS = [
    'href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'background', 'codebase',
    'cite', 'longdesc', 'lowsrc', 'dynsrc', 'ping', 'manifest', 'archive', 'classid', 'profile', 'itemtype',
    'to', 'from', 'by', 'values', 'imagesrcset',
  ];
  // Browsers drop ASCII whitespace and control characters inside a URL's scheme and before it;
  // srcset, ping and values hold lists, so a script URL counts at the start of any item.
  const SCRIPT_URL = /(^|[,;])(javascript|vbscript|livescript):|(^|[,;])data:(text\/html|application\/xhtml\+xml)/;
  const all = [root, ...Array.from(root.querySelectorAll('*'))];
  for (const el of all) {
    for (const attr of Array.from(el.attributes)) {
      const n = attr.name.toLowerCase();
      const isUrl = URL_ATTRS.includes(n) || n.endsWith(':href') || n.startsWith('data-');
      // eslint-disable-next-line no-control-regex
      const scriptUrl = isUrl && SCRIPT_URL.test(attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase());
      const bad =
        n.startsWith('on') ||
        n === 'srcdoc' ||
        n === 'http-equiv' ||
        scriptUrl ||
        (options.mode === 'content' && n === 'style' && el !== root) ||
        // Submission targets, and form= that could tie a control to a form of Okur's own.
        (options.mode === 'content' && ['action', 'formaction', 'form'].includes(n));
      if (bad) found.push(`${name(el)} ${n}=${short(attr.value)}`);
    }
  }

  if (options.mode === 'content') {
    // Links open in a new tab and tell the target nothing: no window.opener, no Referer.
    // An <a> or <area> without href (the sanitizer removed a script URL) is no link: it opens
    // nothing, so it needs no rel.
    for (const a of Array.from(root.querySelectorAll('a[href], area[href]'))) {
      const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
        found.push(`${name(a)} rel=${JSON.stringify(a.getAttribute('rel'))} href=${short(a.getAttribute('href') ?? '(none)')}`);
      }
    }
    // Ids and names that would shadow a property of window, document, forms or elements, or
    // an id of Okur's own interface (outside root), or the canary itself.
    const own = new Set(
      Array.from(doc.querySelectorAll('[id]'))
        .filter((el) => !root.contains(el))
        .map((el) => el.id),
    );
    // Compared with a pristine document and form (which have no named properties yet), and with
    // window's real globals: a named element only shows through window where no global is.
    const pristine = doc.implementation.createHTMLDocument('');
    const form = pristine.createElement('form');
    const named = (x: unknown) => !!x && typeof x === 'object' && ((x as Node).nodeType === 1 || (win !== null && x instanceof win.HTMLCollection));
    const globalOf = (v: string) => !!win && v in win && !named((win as unknown as Record<string, unknown>)[v]);
    const special = ['__proto__', '__okurPwned', 'chrome', 'browser', 'constructor', 'prototype'];
    for (const el of Array.from(root.querySelectorAll('[id], [name]'))) {
      for (const attr of ['id', 'name']) {
        const v = el.getAttribute(attr);
        if (!v) continue;
        if (special.includes(v) || own.has(v) || v in pristine || v in form || globalOf(v)) {
          found.push(`${name(el)} ${attr}=${v} (clobbers a global, a DOM property or Okur's own id)`);
        }
      }
    }
  }
  return found;
}

/**
 * inspectDom as source text for page.evaluate: `(${INSPECT_SOURCE})(root, options)`. A no-op
 * `__name` is defined in case the test transform wrapped functions for keepNames.
 */
export const INSPECT_SOURCE = `(() => { const __name = (f) => f; return ${inspectDom.toString()}; })()`;
