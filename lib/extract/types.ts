/** What Okur shows the reader: the article and everything known about it. */
export interface Article {
  /** The address the article was read from (canonical URL when the page names one). */
  url: string;
  title: string;
  /** A person's name, never the site's. */
  byline: string | null;
  siteName: string | null;
  /** BCP 47 primary language of the body text, detected from the text itself (e.g. "fr"). */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /** As stated on the page, in ISO 8601: "2024-06-19" or "2024-06-19T14:30:00+03:00". */
  publishedTime: string | null;
  modifiedTime: string | null;
  excerpt: string | null;
  /** The picture that best represents the article (declared by the page, or the body's first). */
  leadImage: string | null;
  /** The standfirst between headline and body, plain text, one string per paragraph. */
  standfirst: string[];
  /** Sanitized HTML of the lead <figure> above the body when the body does not hold it. */
  leadFigure: string | null;
  /** Sanitized HTML of the body. */
  content: string;
  /** What the reader reads: standfirst, lead caption and body, as plain text. */
  textContent: string;
  /** Characters of textContent. */
  length: number;
  wordCount: number;
  readingTimeMinutes: number;
}

/** One element the pipeline took out, kept when `debug` is on so a wrong removal can be traced. */
export interface Removal {
  step: string;
  rule: string;
  selector: string;
  snippet: string;
}

export type ExtractOutcome =
  | { kind: 'article'; article: Article; removals: Removal[] }
  | { kind: 'not-article'; reason: string; removals: Removal[] };

export interface ExtractOptions {
  /** Record every removal (rule, selector, text snippet). */
  debug?: boolean;
  /** Step names to leave out, to see what each one does. */
  skipSteps?: readonly string[];
  /** When given, milliseconds spent in each stage are added to it (for `npm run bench -- --profile`). */
  timings?: Record<string, number>;
}

/** Input Okur refuses to read, with a sentence a user understands. */
export class ExtractError extends Error {
  override name = 'ExtractError';
}
