import { useEffect, useState } from 'preact/hooks';
import { syncStatusSetting, type SyncStatus } from '@/lib/settings';

/** What the browser's sync carries of the list, in one sentence, and when it last ran. */
export function SyncStatusLine() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    void syncStatusSetting.getValue().then(setStatus);
    return syncStatusSetting.watch(setStatus);
  }, []);
  if (!status) return null;
  const when = status.lastSyncAt ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(status.lastSyncAt) : null;
  let text: string;
  if (status.error) text = status.error;
  else if (!when) text = "Your list syncs to your other devices through your browser's own sync once you save something.";
  else if (status.synced < status.total) {
    text = `Your list is too large for your browser's sync storage: the ${status.synced} most recently changed of ${status.total} articles sync to your other devices (titles, links, tags and reading state; the text is read again there). The others stay on this device. Last synced ${when}.`;
  } else {
    text = `All ${status.total} articles sync to your other devices through your browser's own sync (titles, links, tags and reading state; the text is read again there). Last synced ${when}.`;
  }
  return (
    <p class={status.error ? 'okur-sync okur-error' : 'okur-sync'} role="status" data-synced={status.synced} data-total={status.total}>
      {text}
    </p>
  );
}
