import DOMPurify from 'dompurify';
import { isSafeLinkUrl, isSafeMediaUrl, isSafeSrcset } from './safe-url';

/**
 * The one sanitizer configuration for article HTML. The core runs it on what it extracts, and
 * every extension page runs it again where the HTML becomes DOM: extension pages hold the
 * extension's privileges, so nothing from a web page may reach them unsanitized.
 */
const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'template', 'noscript', 'form', 'input', 'button', 'textarea',
    'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'dialog', 'svg', 'math',
  ],
  // Site styling and classes would fight the reader's own typography; the rest are script or
  // navigation vectors that HTML profile still allows.
  FORBID_ATTR: ['style', 'class', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'autofocus'],
  ALLOW_DATA_ATTR: false,
  // Ids and names that shadow DOM properties ("attributes", "createElement") get a prefix.
  SANITIZE_NAMED_PROPS: true,
};

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    // DOMPurify makes an instance for the global window when it loads, which is on every click in
    // the content script; a second one for the same window would be set up again for nothing.
    purifier = win === (globalThis as { window?: Window }).window ? DOMPurify : DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    purifier.addHook('uponSanitizeAttribute', (node, data) => {
      // DOMPurify checks a URL attribute as one URL and lets any data: URL through on media;
      // srcset holds many URLs, and only pictures may be inline data.
      const tag = (node as Element).tagName;
      const value = data.attrValue;
      const pictures = tag === 'IMG' || tag === 'SOURCE';
      if (data.attrName === 'srcset' && !isSafeSrcset(value, pictures)) data.keepAttr = false;
      if ((data.attrName === 'src' || data.attrName === 'poster') && !isSafeMediaUrl(value, pictures)) data.keepAttr = false;
      if ((data.attrName === 'href' || data.attrName === 'xlink:href') && !isSafeLinkUrl(value)) data.keepAttr = false;
    });
    purifier.addHook('afterSanitizeAttributes', (node) => {
      const el = node as Element;
      // An image map's <area> is a link too; without this a click would navigate the reader itself.
      if ((el.tagName === 'A' || el.tagName === 'AREA') && el.hasAttribute('href')) {
        // Links leave the reader for a new tab and tell the target nothing about Okur.
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
      if (el.tagName === 'IMG') el.setAttribute('loading', 'lazy');
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

export function sanitizeArticleHtml(html: string, win: Window): string {
  const purifier = purifierFor(win);
  if (!purifier.isSupported) throw new Error('This browser cannot sanitize HTML safely.');
  return purifier.sanitize(html, CONFIG) as unknown as string;
}

/**
 * The same sanitizer on an element of an inert document, in place: the core saves a serialize
 * and a parse of the whole article. Only for the core's own detached copy; extension pages
 * sanitize the string they are given, so a serialization quirk here cannot reach them unchecked.
 */
export function sanitizeArticleElement(el: Element, win: Window): void {
  const purifier = purifierFor(win);
  if (!purifier.isSupported) throw new Error('This browser cannot sanitize HTML safely.');
  purifier.sanitize(el, { ...CONFIG, IN_PLACE: true });
}
