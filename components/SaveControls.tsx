import type { Article } from '@/lib/extract/types';
import { useSavedState } from './useSavedState';
import { t } from '@/lib/i18n';

/** "Save for later", and once saved, says so and offers removal. */
export function SaveControls({ article }: { article: Article }) {
  const { state, save, remove } = useSavedState(article);
  return (
    <div class="okur-save" aria-live="polite">
      {(state.kind === 'unsaved' || (state.kind === 'error' && !state.id)) && (
        <button type="button" class="okur-button okur-primary" onClick={() => void save()}>
          {t('saveForLater')}
        </button>
      )}
      {state.kind === 'saved' && (
        <>
          <span class="okur-saved-label">{t('saved')}</span>
          <button type="button" class="okur-button" aria-label={t('removeFromSaved')} onClick={() => void remove(state.id)}>
            {t('remove')}
          </button>
        </>
      )}
      {state.kind === 'error' && state.id && (
        <button type="button" class="okur-button" aria-label={t('removeFromSaved')} onClick={() => void remove(state.id!)}>
          {t('remove')}
        </button>
      )}
      {(state.kind === 'busy' || state.kind === 'checking') && <span class="okur-saved-label">…</span>}
      {state.kind === 'error' && (
        <p class="okur-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
