import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** A spinner shows only if reading takes a while, so fast pages don't flash. */
const SPINNER_DELAY_MS = 150;

export function Reading() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SPINNER_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="okur-status" role="status" aria-busy="true">
      {slow && <span class="okur-spinner" aria-hidden="true" />}
      <p>{t('readingPage')}</p>
    </div>
  );
}

interface Props {
  title: string;
  message: string;
}

export function StatusMessage({ title, message }: Props) {
  return (
    <div class="okur-status" role="status">
      <p class="okur-status-title">{title}</p>
      <p>{message}</p>
    </div>
  );
}
