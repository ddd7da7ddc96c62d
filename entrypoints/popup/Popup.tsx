import { useEffect, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { LibraryLink } from '@/components/LibraryLink';
import { OpenFullPage } from '@/components/OpenFullPage';
import { SaveControls } from '@/components/SaveControls';
import { Reading, StatusMessage } from '@/components/StatusMessage';
import { TextSizeControls } from '@/components/TextSizeControls';
import { readActiveTab, type ReadResult } from '@/lib/read-active-tab';
import { useTextSize } from '@/components/useTextSize';
import { ReadingSettingsPanel } from '@/components/ReadingSettingsPanel';
import { useReadingSettings } from '@/components/useReadingSettings';
import { t } from '@/lib/i18n';

export function Popup() {
  const [result, setResult] = useState<ReadResult | null>(null);
  const textSize = useTextSize();
  const reading = useReadingSettings();

  useEffect(() => {
    readActiveTab().then(setResult, (error: unknown) =>
      setResult({ status: 'error', message: t('readFailed', String(error)) }),
    );
  }, []);

  return (
    <main class="okur-popup">
      {/* Controls follow the article's direction: an Arabic article's controls read from the right. */}
      <header class="okur-toolbar" dir={result?.status === 'article' ? result.article.dir : undefined}>
        <span class="okur-brand">Okur</span>
        <div class="okur-actions">
          {result?.status === 'article' && <SaveControls article={result.article} />}
          {result?.status === 'article' && <OpenFullPage article={result.article} />}
          <LibraryLink />
        </div>
        <ReadingSettingsPanel settings={reading.settings} onChange={reading.change} />
        <TextSizeControls size={textSize.size} onDecrease={textSize.decrease} onReset={textSize.reset} onIncrease={textSize.increase} />
      </header>
      {result === null && <Reading />}
      {result?.status === 'article' && <ArticleView article={result.article} textSize={textSize.size} reading={reading.settings} />}
      {result?.status === 'not-article' && <StatusMessage title={t('notArticleTitle')} message={result.reason} />}
      {result?.status === 'restricted' && <StatusMessage title={t('restrictedTitle')} message={result.message} />}
      {result?.status === 'error' && <StatusMessage title={t('somethingWrong')} message={result.message} />}
    </main>
  );
}
