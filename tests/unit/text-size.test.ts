import { describe, expect, it } from 'vitest';
import { canDecrease, canIncrease, clampTextSize, DEFAULT_TEXT_SIZE, stepTextSize, TEXT_SIZES } from '@/lib/text-size';

describe('text size steps', () => {
  it('moves one visible step at a time', () => {
    expect(stepTextSize(DEFAULT_TEXT_SIZE, 1)).toBe(20);
    expect(stepTextSize(DEFAULT_TEXT_SIZE, -1)).toBe(16);
  });
  it('stays within bounds', () => {
    const max = TEXT_SIZES[TEXT_SIZES.length - 1]!;
    expect(stepTextSize(max, 1)).toBe(max);
    expect(stepTextSize(TEXT_SIZES[0], -1)).toBe(TEXT_SIZES[0]);
    expect(canIncrease(max)).toBe(false);
    expect(canDecrease(TEXT_SIZES[0])).toBe(false);
  });
  it('repairs stored values that are not a step', () => {
    expect(clampTextSize(17.2)).toBe(18);
    expect(clampTextSize(500)).toBe(36);
    expect(clampTextSize(Number.NaN)).toBe(DEFAULT_TEXT_SIZE);
  });
});
