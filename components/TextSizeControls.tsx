import { DEFAULT_TEXT_SIZE } from '@/lib/text-size';
import { canDecrease, canIncrease } from '@/lib/text-size';
import { formatNumber, t } from '@/lib/i18n';

interface Props {
  size: number;
  onDecrease(): void;
  onReset(): void;
  onIncrease(): void;
}

/** A- / reset / A+, with the current size announced to screen readers as it changes. */
export function TextSizeControls({ size, onDecrease, onReset, onIncrease }: Props) {
  const percent = formatNumber(Math.round((size / DEFAULT_TEXT_SIZE) * 100) / 100, { style: 'percent' });
  return (
    <div class="okur-text-size" role="group" aria-label={t('textSize')}>
      <button type="button" aria-label={t('decreaseTextSize')} title={t('decreaseTextSizeHint')} disabled={!canDecrease(size)} onClick={onDecrease}>
        A<span aria-hidden="true">−</span>
      </button>
      <button type="button" class="okur-reset" aria-label={t('resetTextSize')} title={t('resetTextSizeHint')} onClick={onReset}>
        <span aria-live="polite" aria-label={t('textSizePercent', percent)}>{percent}</span>
      </button>
      <button type="button" aria-label={t('increaseTextSize')} title={t('increaseTextSizeHint')} disabled={!canIncrease(size)} onClick={onIncrease}>
        A<span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
