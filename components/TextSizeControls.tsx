import { DEFAULT_TEXT_SIZE } from '@/lib/text-size';
import { canDecrease, canIncrease } from '@/lib/text-size';
import { formatNumber, t } from '@/lib/i18n';

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
  const percent = formatNumber(Math.round((size / DEFAULT_TEXT_SIZE) * 100) / 100, { style: 'percent' });
  return (
    <div class="okur-text-size" role="group" aria-label={t('textSize')}>
      <button type="button" aria-label={t('decreaseTextSize')} title={t('decreaseTextSizeHint')} disabled={!canDecrease(size)} onClick={onDecrease}>
        A<span aria-hidden="true">−</span>
      </button>
      <button type="button" class="okur-reset" aria-label={t('resetTextSize', percent)} title={t('resetTextSizeHint')} onClick={onReset}>
        {percent}
      </button>
      <button type="button" aria-label={t('increaseTextSize')} title={t('increaseTextSizeHint')} disabled={!canIncrease(size)} onClick={onIncrease}>
        A<span aria-hidden="true">+</span>
      </button>
      <span class="okur-visually-hidden" aria-live="polite">
        {t('textSizePercent', percent)}
      </span>
    </div>
  );
}
