import { describe, expect, it } from 'vitest';
import { detectDirection, detectLanguage } from '@/lib/extract/metadata/language';

const FRENCH = 'Le Président russe Vladimir Poutine et le leader nord-coréen Kim Jong-Un se sont rencontrés à Pyongyang pour signer un Accord de Partenariat Stratégique Global.';
const TURKISH = 'Rusya Devlet Başkanı Vladimir Putin ve Kuzey Kore lideri Kim Jong-Un, Kapsamlı Stratejik Ortaklık Anlaşması imzalamak için Pyongyang’da bir araya geldi.';
const ARABIC = 'التقى الرئيس الروسي فلاديمير بوتين بالزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ لتوقيع اتفاقية شراكة استراتيجية شاملة بين البلدين.';

describe('detectLanguage', () => {
  it('reads the language from the text, not from the page', () => {
    expect(detectLanguage(FRENCH, 'tr')).toBe('fr');
    expect(detectLanguage(TURKISH, 'fr')).toBe('tr');
    expect(detectLanguage(ARABIC, null)).toBe('ar');
  });
  it('falls back to the declared language for very short text', () => {
    expect(detectLanguage('Merci', 'fr-FR')).toBe('fr');
    expect(detectLanguage('', null)).toBeNull();
  });
});

describe('detectDirection', () => {
  it('is rtl for Arabic even when the page sets no dir', () => {
    expect(detectDirection('ar', ARABIC, null)).toBe('rtl');
    expect(detectDirection(null, ARABIC, null)).toBe('rtl');
  });
  it('is ltr for French on a page that claims rtl', () => {
    expect(detectDirection('fr', FRENCH, 'rtl')).toBe('ltr');
  });
});
