import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/** Opens the reading list in a tab of its own; the popup closes as a tab opens. */
export function LibraryLink() {
  const open = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  };
  return (
    <button type="button" class="okur-button" onClick={() => void open()}>
      {t('savedArticles')}
    </button>
  );
}
