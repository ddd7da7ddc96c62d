import { DEFAULT_TEXT_SIZE } from '@/lib/text-size';
import { canDecrease, canIncrease } from '@/lib/text-size';

interface Props {
  size: number;
  onDecrease(): void;
  onReset(): void;
  onIncrease(): void;
}

/** A- / reset / A+, with the current size announced to screen readers as it changes. */
export function TextSizeControls({ size, onDecrease, onReset, onIncrease }: Props) {
  const percent = Math.round((size / DEFAULT_TEXT_SIZE) * 100);
  return (
    <div class="okur-text-size" role="group" aria-label="Text size">
      <button type="button" aria-label="Decrease text size" title="Decrease text size (-)" disabled={!canDecrease(size)} onClick={onDecrease}>
        A<span aria-hidden="true">−</span>
      </button>
      <button type="button" class="okur-reset" aria-label="Reset text size" title="Reset text size (0)" onClick={onReset}>
        <span aria-live="polite" aria-label={`Text size ${percent}%`}>{percent}%</span>
      </button>
      <button type="button" aria-label="Increase text size" title="Increase text size (+)" disabled={!canIncrease(size)} onClick={onIncrease}>
        A<span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
