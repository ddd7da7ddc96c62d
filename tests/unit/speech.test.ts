import { describe, expect, it } from 'vitest';
import { languageName, pickVoice, primaryLanguage } from '@/lib/speech';

const v = (name: string, lang: string, over: Partial<{ default: boolean; localService: boolean }> = {}) => ({ name, lang, default: false, localService: false, ...over });

describe('voice choice', () => {
  const voices = [v('Google US English', 'en-US'), v('Amélie', 'fr-CA', { localService: true }), v('Google français', 'fr-FR'), v('Yelda', 'tr_TR')];

  it('takes a voice of the article’s language, preferring one that works offline', () => {
    expect(pickVoice(voices, 'fr')?.name).toBe('Amélie');
    expect(pickVoice(voices, 'tr')?.name).toBe('Yelda');
  });

  it('prefers the system default voice for that language', () => {
    expect(pickVoice([...voices, v('Thomas', 'fr-FR', { default: true })], 'fr')?.name).toBe('Thomas');
  });

  it('has no voice for a language nobody speaks here, or an unknown language', () => {
    expect(pickVoice(voices, 'ar')).toBeNull();
    expect(pickVoice(voices, null)).toBeNull();
  });

  it('reads tags written with - or _', () => {
    expect(primaryLanguage('tr_TR')).toBe('tr');
    expect(primaryLanguage('pt-BR')).toBe('pt');
  });

  it('names the language for the reader', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('tr-TR', 'en')).toBe('Turkish');
  });
});
