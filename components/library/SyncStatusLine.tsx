import { useEffect, useState } from 'preact/hooks';
import { syncStatusSetting, type SyncStatus } from '@/lib/settings';
import { t, tn, uiLocale } from '@/lib/i18n';

/** What the browser's sync carries of the list, in one sentence, and when it last ran. */
export function SyncStatusLine() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    void syncStatusSetting.getValue().then(setStatus);
    return syncStatusSetting.watch(setStatus);
  }, []);
  if (!status) return null;
  const when = status.lastSyncAt ? new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(status.lastSyncAt) : null;
  let text: string;
  if (status.error) text = status.error;
  else if (!when) text = t('syncNotYet');
  else if (status.synced < status.total) text = t('syncPartial', [status.synced, status.total, when]);
  else text = tn('syncAll', status.total, [when]);
  return (
    <p class={status.error ? 'okur-sync okur-error' : 'okur-sync'} role="status" data-synced={status.synced} data-total={status.total}>
      {text}
    </p>
  );
}
