import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** How long a deletion can be undone before the bar goes away (the entry stays deleted). */
const UNDO_WINDOW_MS = 10_000;

interface Props {
  message: string;
  onUndo(): void;
  onDismiss(): void;
}

export function UndoBar({ message, onUndo, onDismiss }: Props) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div class="okur-undo" role="status">
      <span>{message}</span>
      <button type="button" class="okur-button" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
