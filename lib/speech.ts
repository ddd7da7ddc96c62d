/**
 * Choosing a voice for the article's language. Pure, so it is tested without a speech engine.
 * A voice's lang is a BCP 47 tag ("fr-FR", "tr_TR" on some systems); the article's is a primary
 * language ("fr"). Prefer the system's default voice for the language, then a local one
 * (it works offline), then any.
 */
export interface VoiceLike {
  name: string;
  lang: string;
  default: boolean;
  localService: boolean;
}

export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string | null): V | null {
  if (!lang) return null;
  const wanted = primaryLanguage(lang);
  const matching = voices.filter((v) => primaryLanguage(v.lang) === wanted);
  return matching.find((v) => v.default) ?? matching.find((v) => v.localService) ?? matching[0] ?? null;
}

export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 2] as const;

/** The language's name for the reader: "French", "Turkish". */
export function languageName(lang: string, uiLocale?: string): string {
  try {
    return new Intl.DisplayNames(uiLocale ? [uiLocale] : undefined, { type: 'language' }).of(primaryLanguage(lang)) ?? lang;
  } catch {
    return lang;
  }
}
