/**
 * The hostile-page corpus: markup a web page can carry to try to run code in Okur's own pages
 * (popup.html, reader.html, library.html), which hold the extension's privileges.
 *
 * Every vector is markup only, never a page script: it fires only if Okur renders it
 * unsanitized (or its CSP lets it through). Whatever would run calls the canary:
 *
 *   - script:     `window.__okurPwned` and `top.__okurPwned` are incremented, and an image
 *                 request to {{ORIGIN}}/pwned/<id>?via=js is sent (seen even from an opaque or
 *                 cross-origin frame, where the globals are out of reach);
 *   - navigation: a load of {{ORIGIN}}/pwned/<id> (frames, refresh, forms, imports...).
 *
 * {{ORIGIN}} is the test server (http://127.0.0.1:<port>); pages.ts fills it in, and turns
 * ⟦b64:…:b64⟧ into the base64 of its (filled-in) text. The test server answers /pwned/* and
 * records each hit with its time, so a vector that fires anywhere is seen.
 */

export interface HostileVector {
  /** Stable, unique, URL-safe: the page of this vector is /v/<id>.html. */
  id: string;
  description: string;
  /** One attack, as a fragment of markup (placeholders as described above). */
  html: string;
  /**
   * Where the fragment goes: inside the article's body (default), between the headline and the
   * body (where Okur picks its lead figure), or in <head> (metadata Okur reads: title, canonical,
   * description, image).
   */
  where?: 'body' | 'lead' | 'head';
  /** Text that only looks like markup: it must reach the reader as visible text, unchanged. */
  visibleText?: string;
}

/** The script canary for vector `id`: no spaces and no `>`, so it also fits unquoted attributes. */
export function js(id: string): string {
  return (
    `try{top.__okurPwned=(top.__okurPwned||0)+1}catch(e){}` +
    `window.__okurPwned=(window.__okurPwned||0)+1;` +
    `document.createElement('img').src='{{ORIGIN}}/pwned/${id}?via=js'`
  );
}

/** The navigation canary for vector `id`. */
export function nav(id: string): string {
  return `{{ORIGIN}}/pwned/${id}`;
}

/** A whole HTML document whose script calls the canary, for data: and srcdoc vectors. */
function scriptDoc(id: string): string {
  return `<script>${js(id)}</script>`;
}

/** An SVG document with an onload canary, for data:image/svg+xml vectors. */
function svgDoc(id: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" onload="${js(id)}"><script>${js(id)}</script><rect width="10" height="10"/></svg>`;
}

const b64 = (text: string) => `⟦b64:${text}:b64⟧`;
const pct = (text: string) => encodeURIComponent(text);

type Make = (id: string) => string;
type Extra = Pick<HostileVector, 'where' | 'visibleText'>;
const vector = (id: string, description: string, make: Make, extra: Extra = {}): HostileVector => ({
  id,
  description,
  html: make(id),
  ...extra,
});

export const VECTORS: readonly HostileVector[] = [
  // ---------------------------------------------------------------------------------------------
  // Event-handler attributes
  // ---------------------------------------------------------------------------------------------
  vector('img-onerror', 'img with a broken src and onerror', (id) => `<img src="x" onerror="${js(id)}" alt="broken">`),
  vector('img-onerror-unquoted', 'onerror as an unquoted attribute', (id) => `<img src=x onerror=${js(id)}>`),
  vector('img-onerror-mixed-case', 'OnErRoR in mixed case', (id) => `<IMG SRC="x" OnErRoR="${js(id)}">`),
  vector('image-tag-onerror', '<image> (the parser renames it <img>) with onerror', (id) => `<image src="x" onerror="${js(id)}">`),
  vector('img-onload', 'img that loads (a 1x1 data: gif) with onload', (id) => `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="${js(id)}">`),
  vector('body-onload', 'a second <body onload> in the article (the parser moves it to the real body)', (id) => `<body onload="${js(id)}">`),
  vector('svg-onload', '<svg onload>', (id) => `<svg onload="${js(id)}"><rect width="10" height="10"/></svg>`),
  vector('div-onmouseover-overlay', 'full-screen div with onmouseover: any mouse move fires it', (id) => `<div onmouseover="${js(id)}" onpointermove="${js(id)}" style="position:fixed;inset:0">Move the mouse</div>`),
  vector('input-autofocus-onfocus', 'input with autofocus and onfocus: fires without a click', (id) => `<input autofocus onfocus="${js(id)}">`),
  vector('div-tabindex-autofocus-onfocus', 'focusable div with autofocus and onfocus', (id) => `<div tabindex="0" autofocus onfocus="${js(id)}" onfocusin="${js(id)}">Focus me</div>`),
  vector('animation-onanimationstart', 'CSS animation that starts on render, with onanimationstart', (id) => `<style>@keyframes okurspin{from{opacity:.9}to{opacity:1}}</style><p style="animation:okurspin 1s" onanimationstart="${js(id)}" onanimationend="${js(id)}">Animated paragraph.</p>`),
  vector('transition-ontransitionrun', 'ontransitionrun on an element with a transition', (id) => `<p style="transition:color 1ms" ontransitionrun="${js(id)}">Transitioning paragraph.</p>`),
  vector('details-ontoggle', '<details open ontoggle>: fires on render', (id) => `<details open ontoggle="${js(id)}"><summary>More</summary>Details text.</details>`),
  vector('content-visibility-auto', 'oncontentvisibilityautostatechange: fires on render in Chromium', (id) => `<p style="content-visibility:auto" oncontentvisibilityautostatechange="${js(id)}">Content visibility paragraph.</p>`),
  vector('video-source-onerror', '<video><source onerror> with a missing file', (id) => `<video><source src="missing.mp4" onerror="${js(id)}"></video>`),
  vector('audio-onerror', '<audio src onerror>', (id) => `<audio src="missing.mp3" onerror="${js(id)}"></audio>`),
  vector('video-onloadstart', '<video onloadstart> (fires as soon as loading starts)', (id) => `<video src="missing.mp4" onloadstart="${js(id)}" oncanplay="${js(id)}"></video>`),
  vector('marquee-onstart', '<marquee onstart>', (id) => `<marquee onstart="${js(id)}">Scrolling text</marquee>`),
  vector('p-onclick-many', 'ordinary paragraph with many handlers (click, copy, scroll, wheel)', (id) => `<p onclick="${js(id)}" oncopy="${js(id)}" onscroll="${js(id)}" onwheel="${js(id)}" onpointerenter="${js(id)}">A paragraph that listens.</p>`),
  vector('a-onfocus-autofocus', 'link with autofocus and onfocus', (id) => `<a href="https://example.org/" autofocus onfocus="${js(id)}">focused link</a>`),
  vector('popover-onbeforetoggle', 'popover element with onbeforetoggle/ontoggle', (id) => `<div popover="manual" id="okur-pop" onbeforetoggle="${js(id)}" ontoggle="${js(id)}">Popover</div>`),
  vector('select-onfocus-autofocus', '<select autofocus onfocus>', (id) => `<select autofocus onfocus="${js(id)}"><option>1</option></select>`),
  vector('textarea-onfocus-autofocus', '<textarea autofocus onfocus>', (id) => `<textarea autofocus onfocus="${js(id)}">text</textarea>`),
  vector('isindex-action-onfocus', 'obsolete <isindex> with action and onfocus', (id) => `<isindex action="javascript:${js(id)}" autofocus onfocus="${js(id)}"></isindex>`),

  // ---------------------------------------------------------------------------------------------
  // Script URLs in every attribute that takes a URL
  // ---------------------------------------------------------------------------------------------
  vector('a-href-javascript', '<a href="javascript:…">', (id) => `<a href="javascript:void(${js(id)})">Read more</a>`),
  vector('a-href-javascript-case', 'JaVaScRiPt: in mixed case', (id) => `<a href="JaVaScRiPt:void(${js(id)})">Read more</a>`),
  vector('a-href-javascript-tab-entity', 'java&#x09;script: (a tab entity inside the scheme)', (id) => `<a href="java&#x09;script:void(${js(id)})">Read more</a>`),
  vector('a-href-javascript-leading-space', 'leading control characters and spaces before javascript:', (id) => `<a href=" &#14;  javascript:void(${js(id)})">Read more</a>`),
  vector('a-href-javascript-entities', 'javascript: fully written as numeric character references', (id) => `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;void(${js(id)})">Read more</a>`),
  vector('a-href-javascript-colon-entity', 'javascript&colon; (named entity for the colon)', (id) => `<a href="javascript&colon;void(${js(id)})">Read more</a>`),
  vector('a-href-vbscript', '<a href="vbscript:…">', (id) => `<a href="vbscript:msgbox(&quot;${id}&quot;)">Read more</a>`),
  vector('a-href-data-html', '<a href="data:text/html,…"> with a script', (id) => `<a href="data:text/html,${pct(scriptDoc(id))}">Read more</a>`),
  vector('a-href-data-html-base64', '<a href="data:text/html;base64,…">', (id) => `<a href="data:text/html;base64,${b64(scriptDoc(id))}">Read more</a>`),
  vector('a-target-top-canary', 'link to the canary with target=_top and rel=opener (must get noopener noreferrer)', (id) => `<a href="${nav(id)}" target="_top" rel="opener">Continue</a>`),
  vector('a-ping', 'link with a ping= beacon to the canary', (id) => `<a href="https://example.org/" ping="${nav(id)}">pinged link</a>`),
  vector('area-href-javascript', '<map><area href="javascript:…"> over an image', (id) => `<map name="okurmap"><area shape="default" href="javascript:void(${js(id)})"></map><img usemap="#okurmap" src="https://example.org/map.png" alt="map">`),
  vector('area-href-canary', '<map><area href=canary target=_top> over an image: a link that is not an <a>', (id) => `<map name="okurmap2"><area shape="default" href="${nav(id)}" target="_top"></map><img usemap="#okurmap2" src="https://example.org/map2.png" alt="map two">`),
  vector('area-usemap-prefixed', 'image map whose usemap already names the sanitizer\'s "user-content-" prefix, so the map still works in Okur', (id) => `<map name="okurmap3"><area shape="default" href="${nav(id)}"></map><img usemap="#user-content-okurmap3" width="300" height="120" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="Click the map">`),
  vector('a-href-javascript-newline-entity', 'java&NewLine;script: (a named newline entity inside the scheme)', (id) => `<a href="java&NewLine;script&colon;void(${js(id)})">Read more</a>`),
  vector('blockquote-cite-javascript', '<blockquote cite="javascript:…"> and <q cite>', (id) => `<blockquote cite="javascript:void(${js(id)})"><p>A quoted sentence from the opening ceremony, spoken by the mayor.</p></blockquote><q cite="javascript:void(${js(id)})">quoted</q>`),
  vector('img-src-javascript', '<img src="javascript:…">', (id) => `<img src="javascript:void(${js(id)})" alt="js src">`),
  vector('img-src-data-html', '<img src="data:text/html,…">', (id) => `<img src="data:text/html,${pct(scriptDoc(id))}" alt="html src">`),
  vector('img-srcset-javascript', '<img srcset="javascript:… 1x">', (id) => `<img srcset="javascript:void(${js(id)}) 1x" alt="js srcset">`),
  vector('img-srcset-javascript-second', 'javascript: as the second srcset candidate, behind a real picture', (id) => `<img src="https://example.org/a.jpg" srcset="https://example.org/a.jpg 1x, javascript:void(${js(id)}) 2x" alt="two candidates">`),
  vector('img-srcset-data-html-second', 'data:text/html as the second srcset candidate', (id) => `<img src="https://example.org/a.jpg" srcset="https://example.org/a.jpg 1x, data:text/html,${pct(scriptDoc(id))} 2x" alt="two candidates">`),
  vector('picture-source-srcset-javascript', '<picture><source srcset="javascript:…">', (id) => `<picture><source srcset="javascript:void(${js(id)})"><img src="https://example.org/p.jpg" alt="picture"></picture>`),
  vector('video-poster-javascript', '<video poster="javascript:…">', (id) => `<video poster="javascript:void(${js(id)})" src="https://example.org/v.mp4"></video>`),
  vector('video-poster-data-html', '<video poster="data:text/html,…">', (id) => `<video poster="data:text/html,${pct(scriptDoc(id))}"></video>`),
  vector('video-src-data-html', '<video src="data:text/html,…">', (id) => `<video src="data:text/html,${pct(scriptDoc(id))}"></video>`),
  vector('track-src-javascript', '<video><track src="javascript:…">', (id) => `<video src="https://example.org/v.mp4"><track kind="captions" src="javascript:void(${js(id)})"></video>`),
  vector('table-background-javascript', '<table background="javascript:…">', (id) => `<table background="javascript:void(${js(id)})"><tr><td background="javascript:void(${js(id)})">cell</td></tr></table>`),
  vector('iframe-src-javascript', '<iframe src="javascript:…">', (id) => `<iframe src="javascript:void(${js(id)})"></iframe>`),
  vector('iframe-srcdoc', '<iframe srcdoc> with a script (same origin as its parent)', (id) => `<iframe srcdoc="&lt;script&gt;${js(id)}&lt;/script&gt;"></iframe>`),
  vector('iframe-src-data-html', '<iframe src="data:text/html,…">', (id) => `<iframe src="data:text/html,${pct(scriptDoc(id))}"></iframe>`),
  vector('iframe-src-canary', '<iframe src> pointing at the canary', (id) => `<iframe src="${nav(id)}" width="1" height="1"></iframe>`),
  vector('iframe-youtube-like-srcdoc', 'an iframe that looks like a video embed Readability keeps, with srcdoc', (id) => `<iframe src="https://www.youtube.com/embed/okur" srcdoc="&lt;script&gt;${js(id)}&lt;/script&gt;" onload="${js(id)}"></iframe>`),
  vector('frame-src-javascript', 'stray <frame src="javascript:…"> in the body', (id) => `<frameset onload="${js(id)}"><frame src="javascript:void(${js(id)})"></frameset>`),
  vector('object-data-javascript', '<object data="javascript:…">', (id) => `<object data="javascript:void(${js(id)})"></object>`),
  vector('object-data-html', '<object data="data:text/html,…">', (id) => `<object type="text/html" data="data:text/html;base64,${b64(scriptDoc(id))}"></object>`),
  vector('object-data-canary', '<object data> pointing at the canary', (id) => `<object type="text/html" data="${nav(id)}" onerror="${js(id)}"></object>`),
  vector('embed-src-svg-base64', '<embed src="data:image/svg+xml;base64,…"> with a scripted SVG', (id) => `<embed type="image/svg+xml" src="data:image/svg+xml;base64,${b64(svgDoc(id))}">`),
  vector('embed-src-javascript', '<embed src="javascript:…">', (id) => `<embed src="javascript:void(${js(id)})">`),
  vector('embed-src-canary', '<embed src> pointing at the canary', (id) => `<embed type="text/html" src="${nav(id)}">`),
  vector('applet', 'obsolete <applet code> with a codebase at the canary', (id) => `<applet code="Okur.class" codebase="${nav(id)}"><param name="x" value="y"></applet>`),
  vector('form-action-javascript', '<form action="javascript:…"> with a submit button', (id) => `<form action="javascript:void(${js(id)})"><button>Submit</button></form>`),
  vector('form-action-canary', '<form action> at the canary, with a submit button', (id) => `<form action="${nav(id)}" method="get"><input name="q" value="1"><button type="submit">Go</button></form>`),
  vector('button-formaction', '<button formaction="javascript:…"> in a form', (id) => `<form><button formaction="javascript:void(${js(id)})">Go</button></form>`),
  vector('input-formaction-image', '<input type=image formaction=javascript: src=javascript:>', (id) => `<form><input type="image" src="javascript:void(${js(id)})" formaction="javascript:void(${js(id)})"></form>`),
  vector('button-formaction-outside-form', 'button outside any form with formaction and form= pointing at an id', (id) => `<button form="okur-settings" formaction="${nav(id)}">Save</button>`),
  vector('meta-refresh-canary', '<meta http-equiv=refresh> to the canary', (id) => `<meta http-equiv="refresh" content="0;url=${nav(id)}">`),
  vector('meta-refresh-javascript', '<meta http-equiv=refresh> to javascript:', (id) => `<meta http-equiv="refresh" content="0;url=javascript:void(${js(id)})">`),
  vector('meta-csp-override', '<meta http-equiv=Content-Security-Policy> trying to loosen the page', (id) => `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'"><img src="x" onerror="${js(id)}">`),
  // <base> redirects relative URLs: in the page's own document that is the page's right (Okur
  // resolves the article's links and pictures as the page does), so it points at /base-target/,
  // not at the canary. In an Okur page it must not survive: the checks look for the element and
  // for a changed document base URL.
  vector('base-href', '<base href> elsewhere, before a relative link and picture', () => `<base href="{{ORIGIN}}/base-target/"><a href="relative-page">relative link</a><img src="relative.png" alt="relative">`),
  vector('base-href-javascript', '<base href="javascript:…">', (id) => `<base href="javascript:void(${js(id)})//"><a href="x">relative link</a>`),
  vector('link-import', '<link rel=import> (HTML imports)', (id) => `<link rel="import" href="${nav(id)}">`),
  vector('link-stylesheet-canary', '<link rel=stylesheet> at the canary', (id) => `<link rel="stylesheet" href="${nav(id)}">`),
  vector('link-prefetch-canary', '<link rel=prefetch/preload> at the canary', (id) => `<link rel="prefetch" href="${nav(id)}"><link rel="preload" as="fetch" href="${nav(id)}">`),
  vector('portal', '<portal src> at the canary', (id) => `<portal src="${nav(id)}"></portal>`),

  // ---------------------------------------------------------------------------------------------
  // SVG
  // ---------------------------------------------------------------------------------------------
  vector('svg-script', '<svg><script>', (id) => `<svg><script>${js(id)}</script></svg>`),
  vector('svg-script-href', '<svg><script href="data:text/javascript,…">', (id) => `<svg><script href="data:text/javascript,${pct(js(id))}"></script></svg>`),
  vector('svg-animate-onbegin', '<svg><animate onbegin>', (id) => `<svg><animate onbegin="${js(id)}" attributeName="x" dur="1s"/></svg>`),
  vector('svg-set-href-javascript', '<svg><a><set attributeName=href to=javascript:…>', (id) => `<svg width="200" height="40"><a><set attributeName="href" to="javascript:void(${js(id)})"/><text x="0" y="20">Click here</text></a></svg>`),
  vector('svg-animate-values-javascript', '<svg><a><animate attributeName=href values=javascript:…>', (id) => `<svg><a><animate attributeName="href" values="javascript:void(${js(id)})"/><text y="20">Click</text></a></svg>`),
  vector('svg-set-onmouseover', '<svg><set attributeName=onmouseover to=…> (sets a handler)', (id) => `<svg><rect width="100" height="100"><set attributeName="onmouseover" to="${js(id)}"/></rect></svg>`),
  vector('svg-a-xlink-href', '<svg><a xlink:href="javascript:…">', (id) => `<svg><a xlink:href="javascript:void(${js(id)})"><text y="20">link</text></a></svg>`),
  vector('svg-use-data', '<svg><use href="data:image/svg+xml;base64,…#x">', (id) => `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="${js(id)}"/></svg>`)}#x"/></svg>`),
  vector('svg-foreignobject', '<svg><foreignObject><img onerror>', (id) => `<svg><foreignObject width="100" height="100"><img src="x" onerror="${js(id)}"></foreignObject></svg>`),
  vector('svg-image-onerror', '<svg><image href=x onerror>', (id) => `<svg><image href="x" onerror="${js(id)}"/></svg>`),
  vector('svg-style-mxss', '<svg></p><style><a id="</style><img onerror>"> (namespace confusion)', (id) => `<svg></p><style><a id="</style><img src=1 onerror=${js(id)}>"></style></svg>`),
  vector('svg-cdata', '<svg><![CDATA[ … ]]> hiding an <img onerror>', (id) => `<svg><![CDATA[><img src=x onerror=${js(id)}>]]></svg>`),
  vector('img-src-svg-data', '<img src="data:image/svg+xml;base64,…"> with a scripted SVG', (id) => `<img src="data:image/svg+xml;base64,${b64(svgDoc(id))}" alt="svg">`),

  // ---------------------------------------------------------------------------------------------
  // MathML and HTML namespace confusion (known sanitizer bypass shapes)
  // ---------------------------------------------------------------------------------------------
  vector('math-mglyph-style', '<math><mtext><table><mglyph><style><img onerror>', (id) => `<math><mtext><table><mglyph><style><img src=x onerror=${js(id)}></style></mglyph></table></mtext></math>`),
  vector('math-mtext-h1-mglyph-svg', 'DOMPurify 2.0.17 bypass shape: math/mtext/h1/a/h6/mglyph/svg/mtext/style', (id) => `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${js(id)}>"></style></h1></mtext></math>`),
  vector('form-math-mglyph', 'DOMPurify 2.2.2 bypass shape: nested forms with math/mglyph/style', (id) => `<div><form><math><mtext></form><form><mglyph><style></math><img src onerror=${js(id)}></style></mglyph></form></mtext></math></div>`),
  vector('math-href-javascript', '<math href="javascript:…">', (id) => `<math href="javascript:void(${js(id)})"><mi>click</mi></math>`),
  vector('math-maction-xlink', '<math><maction xlink:href="javascript:…">', (id) => `<math><maction actiontype="statusline" xlink:href="javascript:void(${js(id)})"><mi>x</mi></maction></math>`),
  vector('math-annotation-xml-html', '<math><annotation-xml encoding="text/html"><img onerror>', (id) => `<math><semantics><annotation-xml encoding="text/html"><img src="x" onerror="${js(id)}"></annotation-xml></semantics></math>`),

  // ---------------------------------------------------------------------------------------------
  // Mutation XSS: markup that changes meaning when serialized and parsed again
  // ---------------------------------------------------------------------------------------------
  vector('noscript-title', '<noscript><p title="</noscript><img onerror>">', (id) => `<noscript><p title="</noscript><img src=x onerror=${js(id)}>"></p></noscript>`),
  vector('template-img', '<template><img onerror> (inert until cloned)', (id) => `<template><img src="x" onerror="${js(id)}"></template>`),
  vector('style-in-p-mxss', '<p><style></p><img onerror></style>', (id) => `<p><style></p><img src=x onerror=${js(id)}></style></p>`),
  vector('textarea-title', '<textarea><img title="</textarea><img onerror>">', (id) => `<textarea><img title="</textarea><img src=x onerror=${js(id)}>"></textarea>`),
  vector('xmp-title', '<xmp><img title="</xmp><img onerror>">', (id) => `<xmp><img title="</xmp><img src=x onerror=${js(id)}>"></xmp>`),
  vector('noembed-title', '<noembed><img title="</noembed><img onerror>">', (id) => `<noembed><img title="</noembed><img src=x onerror=${js(id)}>"></noembed>`),
  vector('noframes-title', '<noframes><img title="</noframes><img onerror>">', (id) => `<noframes><img title="</noframes><img src=x onerror=${js(id)}>"></noframes>`),
  vector('iframe-raw-text', '<iframe><img title="</iframe><img onerror>">', (id) => `<iframe><img title="</iframe><img src=x onerror=${js(id)}>"></iframe>`),
  vector('select-template-style', '<select><template><style><img onerror>', (id) => `<select><template><style><img src=x onerror=${js(id)}></style></template></select>`),
  vector('comment-mxss', '<!--<img src="--><img onerror>', (id) => `<!--<img src="--><img src=x onerror=${js(id)}//>`),
  vector('attribute-backtick', 'attribute ending in a backtick (old IE re-serialization)', (id) => `<img src="x\` \`<script>${js(id)}</script>"\` \`>`),
  vector('script-plain', 'a plain <script> in the body', (id) => `<script>${js(id)}</script>`),
  vector('script-src-data', '<script src="data:text/javascript,…">', (id) => `<script src="data:text/javascript,${pct(js(id))}"></script>`),

  // ---------------------------------------------------------------------------------------------
  // DOM clobbering of Okur's pages and of the sanitizer
  // ---------------------------------------------------------------------------------------------
  vector('clobber-img-name-attributes', '<img name=attributes> (clobbers element.attributes in the sanitizer)', (id) => `<img name="attributes" src="https://example.org/c.png" alt="clobber"><form><img name="attributes"><input name="attributes" onfocus="${js(id)}" autofocus></form>`),
  vector('clobber-form-id-createelement', '<form id=createElement> and <img name=createElement>', () => `<form id="createElement"></form><img name="createElement" src="https://example.org/c.png" alt="clobber">`),
  vector('clobber-proto', 'id=__proto__ and name=__proto__', () => `<div id="__proto__"><a id="__proto__" name="__proto__" href="https://example.org/">proto</a></div>`),
  vector('clobber-name-body', '<img name=body> and <form name=body> (clobber document.body)', () => `<img name="body" src="https://example.org/c.png" alt="clobber"><form name="body"></form>`),
  vector('clobber-canary-id', '<img id=__okurPwned name=__okurPwned>: kept ids would define window.__okurPwned in Okur', () => `<img id="__okurPwned" name="__okurPwned" src="https://example.org/c.png" alt="clobber"><a id="__okurPwned" href="https://example.org/">x</a>`),
  vector('clobber-getelementbyid', '<img name=getElementById> and <form name=cookie>', () => `<img name="getElementById" src="https://example.org/c.png" alt="clobber"><form name="cookie"><input name="value"></form>`),
  vector('clobber-chrome', 'id=chrome and id=browser (the extension API globals)', () => `<div id="chrome"><a id="runtime" href="https://example.org/">c</a></div><div id="browser">b</div>`),

  // ---------------------------------------------------------------------------------------------
  // CSS: overlaying Okur's interface, or loading from it
  // ---------------------------------------------------------------------------------------------
  vector('css-fixed-overlay', 'div with position:fixed; z-index:2147483647; inset:0 over Okur\'s buttons', (id) => `<div style="position:fixed;z-index:2147483647;inset:0;background:#fff"><a href="${nav(id)}">Click to continue</a></div>`),
  vector('css-url-javascript', 'style with background:url(javascript:…)', (id) => `<div style="background-image:url(&quot;javascript:void(${js(id).replace(/'/g, '%27')})&quot;)">styled</div>`),
  vector('css-url-canary', 'style with background:url(canary)', (id) => `<p style="background:url(${nav(id)})">background</p>`),
  vector('css-expression', 'style with the old expression(…)', (id) => `<p style="width:expression(${js(id).replace(/'/g, '%27')})">expression</p>`),
  vector('style-import', '<style>@import url(canary)</style>', (id) => `<style>@import url("${nav(id)}");</style>`),
  vector('style-overlay-rule', '<style> rule making the article fixed and covering Okur', (id) => `<style>p,div,article,main{position:fixed!important;z-index:2147483647!important;inset:0!important}body{background:url("${nav(id)}")}</style>`),
  vector('style-font-face-canary', '<style>@font-face with src at the canary', (id) => `<style>@font-face{font-family:okur;src:url("${nav(id)}")}p{font-family:okur}</style>`),
  vector('svg-style-attribute-fixed', 'an SVG with a fixed, full-screen style attribute', (id) => `<svg style="position:fixed;inset:0;z-index:2147483647" onload="${js(id)}"></svg>`),
  vector('dialog-open-modal', '<dialog open> covering the page', (id) => `<dialog open style="position:fixed;inset:0"><a href="${nav(id)}">continue</a></dialog>`),

  // ---------------------------------------------------------------------------------------------
  // Lazy-load attributes Okur copies into src/srcset (lib/extract/steps/fix-lazy-images.ts)
  // ---------------------------------------------------------------------------------------------
  vector('lazy-data-src-javascript', 'placeholder src and data-src="javascript:…" (copied into src)', (id) => `<img src="https://example.org/placeholder.gif" data-src="javascript:void(${js(id)})" alt="lazy">`),
  vector('lazy-data-src-vbscript', 'no src and data-lazy-src="vbscript:…"', (id) => `<img data-lazy-src="vbscript:msgbox(&quot;${id}&quot;)" alt="lazy">`),
  vector('lazy-data-src-data-html', 'no src and data-original="data:text/html,…"', (id) => `<img data-original="data:text/html,${pct(scriptDoc(id))}" alt="lazy">`),
  vector('lazy-data-srcset-javascript', 'no src and data-srcset="javascript:… 1x" (copied into srcset, then src)', (id) => `<img data-srcset="javascript:void(${js(id)}) 1x" alt="lazy">`),
  vector('lazy-data-srcset-second', 'data-srcset with javascript: as the second candidate', (id) => `<img data-src="https://example.org/l.jpg" data-srcset="https://example.org/l.jpg 1x, javascript:void(${js(id)}) 2x" alt="lazy">`),
  vector('lazy-source-data-srcset', '<picture><source data-srcset="javascript:…">', (id) => `<picture><source data-srcset="javascript:void(${js(id)})"><img data-src="https://example.org/l.jpg" alt="lazy"></picture>`),
  vector('lazy-data-src-svg-onload', 'data-src holding a scripted SVG data: URL', (id) => `<img data-src="data:image/svg+xml;base64,${b64(svgDoc(id))}" alt="lazy">`),
  vector('lazy-data-src-with-handler', 'lazy image whose attributes also carry onload/onerror', (id) => `<img data-src="https://example.org/l.jpg" onload="${js(id)}" onerror="${js(id)}" alt="lazy">`),

  // ---------------------------------------------------------------------------------------------
  // The lead figure (between headline and body) and the page's metadata
  // ---------------------------------------------------------------------------------------------
  vector('lead-figure-handlers', 'lead <figure> with onerror, javascript: link and a style overlay', (id) => `<figure style="position:fixed;inset:0;z-index:2147483647"><a href="javascript:void(${js(id)})"><img src="https://example.org/lead.jpg" onerror="${js(id)}" onload="${js(id)}" alt="Lead picture"></a><figcaption onmouseover="${js(id)}">The lead picture of this article, with a caption long enough to count.</figcaption></figure>`, { where: 'lead' }),
  vector('lead-figure-lazy', 'lead <figure> whose image is lazy with data-src="javascript:…"', (id) => `<figure><img src="https://example.org/placeholder.gif" data-src="javascript:void(${js(id)})" alt="Lead"><img src="https://example.org/lead2.jpg" srcset="https://example.org/lead2.jpg 1x, javascript:void(${js(id)}) 2x" alt="Lead 2"><figcaption>Lead caption.</figcaption></figure>`, { where: 'lead' }),
  vector('head-canonical-javascript', '<link rel=canonical href="javascript:…"> (becomes the "Original page" link)', (id) => `<link rel="canonical" href="javascript:void(${js(id)})">`, { where: 'head' }),
  vector('head-og-image-javascript', 'og:image and JSON-LD image at javascript:', (id) => `<meta property="og:image" content="javascript:void(${js(id)})"><script type="application/ld+json">{"@type":"NewsArticle","image":"javascript:void(0)"}</script>`, { where: 'head' }),
  vector('head-markup-in-metadata', 'markup in og:title, description, author and site name (shown as text in the library)', (id) => `<meta property="og:site_name" content="&lt;img src=x onerror=&quot;${js(id)}&quot;&gt;Site"><meta name="author" content="&lt;img src=x onerror=&quot;${js(id)}&quot;&gt;"><meta name="description" content="&lt;img src=x onerror=&quot;${js(id)}&quot;&gt; The description of this article.">`, { where: 'head' }),
  vector('head-base-meta-refresh', '<base> and <meta refresh> in the real <head>', (id) => `<base href="{{ORIGIN}}/base-target/"><meta http-equiv="refresh" content="5;url=${nav(id)}">`, { where: 'head' }),

  // ---------------------------------------------------------------------------------------------
  // Text that only looks like markup: must stay visible, as text
  // ---------------------------------------------------------------------------------------------
  vector('text-escaped-script', 'escaped <script> as paragraph text', () => `<p>In the tutorial, the line &lt;script&gt;alert(1)&lt;/script&gt; is shown as an example of what not to do.</p>`, { visibleText: '<script>alert(1)</script>' }),
  vector('text-escaped-img', 'escaped <img onerror> as paragraph text', () => `<p>Attackers often try &lt;img src=x onerror=alert(1)&gt; in comment forms, the researchers said.</p>`, { visibleText: '<img src=x onerror=alert(1)>' }),
  vector('text-escaped-in-code', 'escaped javascript: link in <pre><code>', () => `<pre><code>&lt;a href="javascript:alert(document.domain)"&gt;click&lt;/a&gt;</code></pre>`, { visibleText: '<a href="javascript:alert(document.domain)">click</a>' }),
  vector('text-double-escaped', 'double-escaped markup stays one level escaped', () => `<p>The filter turned &amp;lt;b&amp;gt; into &amp;amp;lt;b&amp;amp;gt; by mistake.</p>`, { visibleText: '&lt;b&gt; into &amp;lt;b&amp;gt;' }),
];
