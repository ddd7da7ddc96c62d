/**
 * How the reader likes to read, beyond text size: one set, shared by the popup and every
 * full-page reader. Each option is a closed list, so a stored value from an older release or
 * a hand edit falls back to the default instead of breaking the page.
 */
export const FONTS = ['serif', 'sans', 'mono', 'system', 'dyslexic'] as const;
export const THEMES = ['auto', 'light', 'sepia', 'dark', 'contrast'] as const;
export const LINE_HEIGHTS = [1.3, 1.45, 1.6, 1.8, 2] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;

export type Font = (typeof FONTS)[number];
export type Theme = (typeof THEMES)[number];
export type Width = (typeof WIDTHS)[number];
export type Alignment = (typeof ALIGNMENTS)[number];

export interface ReadingSettings {
  font: Font;
  theme: Theme;
  lineHeight: number;
  width: Width;
  align: Alignment;
}

export const DEFAULT_READING: ReadingSettings = { font: 'serif', theme: 'auto', lineHeight: 1.6, width: 'medium', align: 'start' };

export const FONT_STACKS: Record<Font, string> = {
  serif: "Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif",
  mono: "'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
  system: 'system-ui, sans-serif',
  // Shipped with Okur (assets/opendyslexic.css), so it is there on every machine. Letters it
  // lacks (Arabic, Hebrew, CJK…) fall through to the system's sans-serif.
  dyslexic: 'OpenDyslexic, sans-serif',
};

/** Column widths in em of the text size: about 55, 68 and 85 characters a line. */
export const WIDTH_EM: Record<Width, number> = { narrow: 30, medium: 38, wide: 48 };

function oneOf<T>(list: readonly T[], value: unknown, fallback: T): T {
  return list.includes(value as T) ? (value as T) : fallback;
}

/** Any stored value, made valid. */
export function normalizeReading(value: unknown): ReadingSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const lineHeight = typeof v.lineHeight === 'number' && Number.isFinite(v.lineHeight)
    ? LINE_HEIGHTS.reduce((best, h) => (Math.abs(h - (v.lineHeight as number)) < Math.abs(best - (v.lineHeight as number)) ? h : best), DEFAULT_READING.lineHeight)
    : DEFAULT_READING.lineHeight;
  return {
    font: oneOf(FONTS, v.font, DEFAULT_READING.font),
    theme: oneOf(THEMES, v.theme, DEFAULT_READING.theme),
    lineHeight,
    width: oneOf(WIDTHS, v.width, DEFAULT_READING.width),
    align: oneOf(ALIGNMENTS, v.align, DEFAULT_READING.align),
  };
}

/** CSS custom properties for the article; the theme goes on the page as data-theme. */
export function readingStyle(s: ReadingSettings): Record<string, string> {
  return {
    '--okur-font': FONT_STACKS[s.font],
    '--okur-line-height': String(s.lineHeight),
    '--okur-width': `${WIDTH_EM[s.width]}em`,
    '--okur-align': s.align,
  };
}
