/** Text sizes in CSS pixels, in steps a reader can see; A+/A- move one step. */
export const TEXT_SIZES = [13, 14, 15, 16, 18, 20, 22, 24, 28, 32, 36] as const;
export const DEFAULT_TEXT_SIZE = 18;

/** The nearest allowed size: a stored value from an older release or a hand edit still works. */
export function clampTextSize(px: number): number {
  if (!Number.isFinite(px)) return DEFAULT_TEXT_SIZE;
  return TEXT_SIZES.reduce((best, s) => (Math.abs(s - px) < Math.abs(best - px) ? s : best), TEXT_SIZES[0]);
}

export function stepTextSize(px: number, direction: 1 | -1): number {
  const i = TEXT_SIZES.indexOf(clampTextSize(px) as (typeof TEXT_SIZES)[number]);
  const next = Math.min(TEXT_SIZES.length - 1, Math.max(0, i + direction));
  return TEXT_SIZES[next]!;
}

export const canIncrease = (px: number): boolean => clampTextSize(px) < TEXT_SIZES[TEXT_SIZES.length - 1]!;
export const canDecrease = (px: number): boolean => clampTextSize(px) > TEXT_SIZES[0];
