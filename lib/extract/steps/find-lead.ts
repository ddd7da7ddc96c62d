import type { RemovalLog } from '../removal-log';
import { collapseWhitespace, textOf } from '../text';

/**
 * The standfirst and the lead picture often sit between the headline and the body's container
 * ("spot", "Vorspann", "chapô"), where Readability, which keeps one container, leaves them out.
 * Before Readability runs, remember what follows the headline; after, hand back the pieces that
 * come before the first part of the body Readability kept. They are shown in the article's
 * header (standfirst, lead figure), not pushed into the body: the body stays the article's text.
 */
const LEAD_MIN_LENGTH = 60;
const MAX_LEAD_PIECES = 3;
/** How far past the headline to look, in elements. */
const LOOKAHEAD = 60;
/**
 * A headline <h1> carries most of the page's title. A short <h1> that the title merely contains
 * is the site's or blog's name in the masthead ("Blog Name" in "Post @ Blog Name :: Host").
 */
const HEADLINE_MIN_SHARE_OF_TITLE = 0.5;
/** "By Jane Doe, deputy editor": a byline line, not a standfirst. */
const BYLINE_START = /^((by|von|par|por|di|per|door|av|yazan|yazar|muhabir|автор|بقلم|كتب)\s|(da|de) reda[çc][ãa]o|de la redacci[óo]n|redacci[óo]n\b|reda[çc][ãa]o\b)/iu;

/** Readability drops what the page hides; so must this step. */
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]';

export interface LeadCandidate {
  /** A paragraph's text, or a figure (copied before Readability touched the page). */
  text: string;
  figure: Element | null;
  image: string | null;
}

export interface Lead {
  /** Paragraphs of the standfirst, plain text. */
  standfirst: string[];
  /** The lead picture with its caption, unsanitized: the caller sanitizes it. */
  figure: Element | null;
}

function linkDensity(el: Element, textLength: number): number {
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += textOf(a).length;
  return textLength ? links / textLength : 0;
}

function findHeadline(doc: Document, titles: readonly (string | null)[]): Element | undefined {
  const known = titles.filter((t): t is string => !!t).map((t) => collapseWhitespace(t).toLowerCase());
  if (known.length === 0) return undefined;
  const shortest = Math.min(...known.map((t) => t.length));
  return Array.from(doc.body?.querySelectorAll('h1') ?? []).find((h) => {
    const text = textOf(h).toLowerCase();
    if (text.length < 8 || text.length < shortest * HEADLINE_MIN_SHARE_OF_TITLE) return false;
    if (linkDensity(h, text.length) > 0.9) return false; // a masthead logo links home
    return known.some((t) => t.includes(text));
  });
}

/** Readability makes the body's URLs absolute; the figure shown beside it needs the same. */
function withAbsoluteUrls(figure: Element, base: string): Element {
  for (const img of Array.from(figure.querySelectorAll('img'))) {
    const src = img.getAttribute('src');
    try {
      if (src) img.setAttribute('src', new URL(src, base).href);
    } catch {
      img.removeAttribute('src');
    }
    img.removeAttribute('srcset'); // relative candidates; the src is enough for a reader column
  }
  for (const a of Array.from(figure.querySelectorAll('a[href]'))) {
    try {
      a.setAttribute('href', new URL(a.getAttribute('href')!, base).href);
    } catch {
      a.removeAttribute('href');
    }
  }
  return figure;
}

export function findLeadCandidates(doc: Document, titles: readonly (string | null)[]): LeadCandidate[] {
  const headline = findHeadline(doc, titles);
  if (!headline) return [];
  const out: LeadCandidate[] = [];
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  walker.currentNode = headline;
  let seen = 0;
  for (let el = walker.nextNode(); el && seen++ < LOOKAHEAD && out.length < MAX_LEAD_PIECES; el = walker.nextNode()) {
    const element = el as Element;
    if (headline.contains(element) || element.closest(HIDDEN)) continue;
    const tag = element.tagName;
    if (tag === 'FIGURE' && element.querySelector('img[src]')) {
      const figure = withAbsoluteUrls(element.cloneNode(true) as Element, doc.baseURI);
      // Compared with the body's pictures, whose addresses Readability made absolute too.
      out.push({ text: textOf(element), figure, image: figure.querySelector('img')?.getAttribute('src') ?? null });
    } else if (tag === 'P' || tag === 'H2') {
      const text = textOf(element);
      if (text.length >= LEAD_MIN_LENGTH && linkDensity(element, text.length) < 0.3 && !BYLINE_START.test(text)) {
        out.push({ text, figure: null, image: null });
      }
    }
  }
  return out;
}

/**
 * The lead pieces Readability left out. Standfirst paragraphs count only before the first piece
 * the body already holds (after it, what Readability dropped was its call). The lead picture is
 * taken wherever it sits among the candidates, if the body does not show it: Readability often
 * drops a figure that sits between the standfirst and the text because it has little text.
 */
export function missingLead(body: Element, candidates: readonly LeadCandidate[], log: RemovalLog): Lead {
  const bodyText = collapseWhitespace(body.textContent ?? '');
  const images = new Set(Array.from(body.querySelectorAll('img')).map((i) => i.getAttribute('src')));
  const lead: Lead = { standfirst: [], figure: null };
  let bodyStarted = false;
  for (const c of candidates) {
    if (c.figure) {
      if (lead.figure || images.has(c.image)) continue;
      lead.figure = c.figure;
      log.restore(c.figure, 'lead-figure');
    } else if (bodyText.includes(c.text)) {
      bodyStarted = true;
    } else if (!bodyStarted) {
      lead.standfirst.push(c.text);
      log.restore(c.text, 'standfirst');
    }
  }
  return lead;
}
