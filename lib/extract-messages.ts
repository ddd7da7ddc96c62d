import { MAX_DEPTH, MAX_ELEMENTS } from './extract/constants';
import { EXTRACT_ERRORS, NOT_ARTICLE_REASONS } from './extract/reasons';
import { t } from './i18n';

/**
 * The extraction core speaks English (it runs in pages and in Node); the reader sees its
 * sentences in the interface language. Each of the core's sentences is known here; anything
 * else (a browser's own words, a future sentence) is shown as it came.
 */
const LOCALIZED = new Map<string, () => string>([
  [NOT_ARTICLE_REASONS.signIn, () => t('notArticleSignIn')],
  [NOT_ARTICLE_REASONS.list, () => t('notArticleList')],
  [NOT_ARTICLE_REASONS.search, () => t('notArticleSearch')],
  [NOT_ARTICLE_REASONS.tooLittle, () => t('notArticleTooLittle')],
  [EXTRACT_ERRORS.empty, () => t('extractEmpty')],
  [EXTRACT_ERRORS.tooLarge, () => t('extractTooLarge', MAX_ELEMENTS)],
  [EXTRACT_ERRORS.tooDeep, () => t('extractTooDeep', MAX_DEPTH)],
  [EXTRACT_ERRORS.noBody, () => t('extractNoBody')],
  [EXTRACT_ERRORS.unexpected, () => t('extractUnexpected')],
]);

/** Whether `english` is one of the core's sentences this module translates. */
export function isKnownExtractMessage(english: string): boolean {
  return LOCALIZED.has(english);
}

export function localizeExtractMessage(english: string): string {
  return LOCALIZED.get(english)?.() ?? english;
}
