import { DEFAULT_TEXT_SIZE } from '@/lib/text-size';
import { canDecrease, canIncrease } from '@/lib/text-size';

interface Props {
  size: number;
  onDecrease(): void;
  onReset(): void;
  onIncrease(): void;
}

/**
 * A- / reset / A+, with the current size announced to screen readers as it changes. Each
 * button's name holds what it shows (A−, the percentage, A+), so a reader using speech input
 * can say what they see (WCAG 2.5.3, label in name).
 */
export function TextSizeControls({ size, onDecrease, onReset, onIncrease }: Props) {
  const percent = Math.round((size / DEFAULT_TEXT_SIZE) * 100);
  return (
    <div class="okur-text-size" role="group" aria-label="Text size">
      <button type="button" aria-label="Decrease text size, A−" title="Decrease text size (-)" disabled={!canDecrease(size)} onClick={onDecrease}>
        A<span aria-hidden="true">−</span>
      </button>
      <button type="button" class="okur-reset" aria-label={`Reset text size, ${percent}%`} title="Reset text size (0)" onClick={onReset}>
        {percent}%
      </button>
      <button type="button" aria-label="Increase text size, A+" title="Increase text size (+)" disabled={!canIncrease(size)} onClick={onIncrease}>
        A<span aria-hidden="true">+</span>
      </button>
      <span class="okur-visually-hidden" aria-live="polite">
        Text size {percent}%
      </span>
    </div>
  );
}
