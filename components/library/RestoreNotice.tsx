import { useEffect, useState } from 'preact/hooks';
import { watchLibrary } from '@/lib/library/channel';
import { dismissRestoreNotice, readRestoreNotice, type RestoreNotice as Notice } from '@/lib/library/backup';
import { t, tn, uiLocale } from '@/lib/i18n';

/** Says so when the list was put back from its backup after the browser reset the database (backup.ts). */
export function RestoreNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    const read = () => void readRestoreNotice().then(setNotice);
    read();
    // Another Okur context (the background, at start) may be the one that puts the list back.
    return watchLibrary(read);
  }, []);
  if (!notice) return null;
  const when = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(notice.backupWrittenAt);
  return (
    <div class="okur-restore-notice" role="alert">
      <p>{tn('listRestored', notice.restored, [when])}</p>
      <button type="button" class="okur-button" onClick={() => void dismissRestoreNotice().then(() => setNotice(null))}>
        {t('dismissNotice')}
      </button>
    </div>
  );
}
