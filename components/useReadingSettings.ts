import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_READING, normalizeReading, type ReadingSettings } from '@/lib/reading-settings';
import { readingSetting } from '@/lib/settings';

/**
 * The reading settings: loaded from storage, changed live, saved at once, followed when
 * another Okur page changes them. The theme is set on <html data-theme> so the whole page
 * (toolbar included) follows it.
 */
export function useReadingSettings() {
  const [settings, setSettings] = useState<ReadingSettings>(DEFAULT_READING);

  useEffect(() => {
    void readingSetting.getValue().then((v) => setSettings(normalizeReading(v)));
    return readingSetting.watch((v) => setSettings(normalizeReading(v)));
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  const change = useCallback((patch: Partial<ReadingSettings>) => {
    setSettings((current) => {
      const next = normalizeReading({ ...current, ...patch });
      void readingSetting.setValue(next);
      return next;
    });
  }, []);

  return { settings, change };
}
