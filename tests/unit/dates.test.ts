import { describe, expect, it } from 'vitest';
import { dateKind, normalizeIsoDate, parseTextDate } from '@/lib/extract/metadata/dates';

describe('parseTextDate', () => {
  const cases: [string, string | null, string][] = [
    ['Yayınlama: 19.06.2024', 'tr', '2024-06-19'],
    ['19 Haziran 2024 14:30', 'tr', '2024-06-19T14:30:00'],
    ['Publié le 19 juin 2024 à 10h05', 'fr', '2024-06-19T10:05:00'],
    ['1er juillet 2024', 'fr', '2024-07-01'],
    ['June 19, 2024', 'en', '2024-06-19'],
    ['Jun 19 2024', 'en', '2024-06-19'],
    ['19. Juni 2024', 'de', '2024-06-19'],
    ['19 de junio de 2024', 'es', '2024-06-19'],
    ['19 giugno 2024', 'it', '2024-06-19'],
    ['19 de junho de 2024', 'pt', '2024-06-19'],
    ['19 июня 2024', 'ru', '2024-06-19'],
    ['١٩ يونيو ٢٠٢٤', 'ar', '2024-06-19'],
    ['٢٠٢٤/٠٦/١٩', 'ar', '2024-06-19'],
    ['2024-06-19', null, '2024-06-19'],
    ['06/07/2024', 'en-US', '2024-06-07'],
    ['06/07/2024', 'fr', '2024-07-06'],
    ['06/19/2024', 'fr', '2024-06-19'],
    ['19/06/2024', 'en-US', '2024-06-19'],
    ['2024年6月19日 18時00分', 'ja', '2024-06-19'],
    ['19 juni 2024', 'nl', '2024-06-19'],
    ['JUNE 19, 2024', 'en', '2024-06-19'],
    ['19 HAZİRAN 2024', 'tr', '2024-06-19'],
    ['19 ИЮНЯ 2024', 'ru', '2024-06-19'],
    ['Mis à jour le 19 JUILLET 2024 À 14H05', 'fr', '2024-07-19T14:05:00'],
  ];
  for (const [text, locale, iso] of cases) {
    it(`reads "${text}" (${locale ?? 'no locale'}) as ${iso}`, () => {
      expect(parseTextDate(text, locale)?.iso).toBe(iso);
    });
  }
  it('finds no date where there is none', () => {
    expect(parseTextDate('Ziyaretçi Yorumları - 0 Yorum', 'tr')).toBeNull();
    expect(parseTextDate('31.02.2024', 'tr')).toBeNull();
  });
});

describe('normalizeIsoDate', () => {
  it('keeps the stated offset instead of shifting to UTC', () => {
    expect(normalizeIsoDate('2024-06-19T23:30:00+0300')).toBe('2024-06-19T23:30:00+03:00');
    expect(normalizeIsoDate('2024-06-19T01:30:00-07:00')).toBe('2024-06-19T01:30:00-07:00');
  });
  it('keeps a date-only value as a date', () => {
    expect(normalizeIsoDate('2024-06-19')).toBe('2024-06-19');
  });
  it('rejects what is not ISO', () => {
    expect(normalizeIsoDate('yesterday')).toBeNull();
  });
});

describe('dateKind', () => {
  it('tells published from updated', () => {
    expect(dateKind('Yayınlama: 19.06.2024')).toBe('published');
    expect(dateKind('Güncelleme: 20.06.2024')).toBe('updated');
    expect(dateKind('Mis à jour le 20 juin 2024')).toBe('updated');
    expect(dateKind('19.06.2024')).toBe('unlabelled');
  });
});
