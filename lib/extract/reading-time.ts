import { CHARACTERS_PER_MINUTE, DEFAULT_WPM, WORDS_PER_MINUTE } from './constants';

/** Minutes a reader of this language needs, at least one. */
export function readingTimeMinutes(text: string, wordCount: number, lang: string | null): number {
  const cpm = lang ? CHARACTERS_PER_MINUTE[lang] : undefined;
  const minutes = cpm
    ? text.replace(/\s+/g, '').length / cpm
    : wordCount / ((lang ? WORDS_PER_MINUTE[lang] : undefined) ?? DEFAULT_WPM);
  return Math.max(1, Math.round(minutes));
}
