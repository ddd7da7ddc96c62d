import { describe, expect, it } from 'vitest';
import { DEFAULT_READING, normalizeReading, readingStyle } from '@/lib/reading-settings';

describe('reading settings', () => {
  it('keeps valid values', () => {
    const s = { font: 'mono', theme: 'sepia', lineHeight: 1.8, width: 'wide', align: 'justify' } as const;
    expect(normalizeReading(s)).toEqual(s);
  });

  it('falls back to defaults for unknown or broken stored values', () => {
    expect(normalizeReading(undefined)).toEqual(DEFAULT_READING);
    expect(normalizeReading('dark')).toEqual(DEFAULT_READING);
    expect(normalizeReading({ font: 'comic', theme: 'neon', lineHeight: 'tall', width: 5, align: 'center' })).toEqual(DEFAULT_READING);
  });

  it('keeps the dyslexia-friendly font, and still falls back for a font it does not know', () => {
    expect(normalizeReading({ ...DEFAULT_READING, font: 'dyslexic' })).toEqual({ ...DEFAULT_READING, font: 'dyslexic' });
    expect(normalizeReading({ font: 'dyslexic', theme: 'dark' })).toEqual({ ...DEFAULT_READING, font: 'dyslexic', theme: 'dark' });
    // Near misses a hand edit or another extension's naming could leave in storage.
    for (const font of ['OpenDyslexic', 'Dyslexic', 'dyslexia', 'opendyslexic', ' dyslexic', null, 0]) {
      expect(normalizeReading({ font }).font, String(font)).toBe('serif');
    }
  });

  it('names the shipped OpenDyslexic first for the dyslexia-friendly font', () => {
    expect(readingStyle({ ...DEFAULT_READING, font: 'dyslexic' })['--okur-font']).toMatch(/^OpenDyslexic,/);
  });

  it('snaps a line height to the nearest offered step', () => {
    expect(normalizeReading({ lineHeight: 1.77 }).lineHeight).toBe(1.8);
    expect(normalizeReading({ lineHeight: 9 }).lineHeight).toBe(2);
    expect(normalizeReading({ lineHeight: Number.NaN }).lineHeight).toBe(1.6);
  });

  it('turns settings into the article’s CSS properties', () => {
    expect(readingStyle({ font: 'sans', theme: 'dark', lineHeight: 2, width: 'narrow', align: 'justify' })).toEqual({
      '--okur-font': "'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif",
      '--okur-line-height': '2',
      '--okur-width': '30em',
      '--okur-align': 'justify',
    });
  });
});
