import { useState } from 'preact/hooks';
import { exportFileName, type ExportKind } from '@/lib/library/export/file-name';
import { LibraryError } from '@/lib/library/errors';
import { listArticles } from '@/lib/library/store';
import type { SavedArticle } from '@/lib/library/types';
import { parseUntrustedHtml } from '@/lib/parse-untrusted';
import { t, tn, type PlainKey } from '@/lib/i18n';

interface ExportChoice {
  kind: ExportKind;
  /** The button: what the reader gets. */
  label: PlainKey;
  /** The same, inside "Exported 12 articles as …". */
  what: PlainKey;
  type: string;
  /** Loaded on the click: the exporters (zip, Markdown, sanitizer) stay out of the library's first screen. */
  build(articles: SavedArticle[], now: number): Promise<BlobPart>;
}

/** Every way out of Okur: the reader's list is theirs to take anywhere. */
const CHOICES: readonly ExportChoice[] = [
  { kind: 'json', label: 'exportJson', what: 'exportJsonWhat', type: 'application/json', build: async (a, now) => (await import('@/lib/library/export/okur-json')).exportOkurJson(a, now) },
  {
    kind: 'markdown',
    label: 'exportMarkdown',
    what: 'exportMarkdownWhat',
    type: 'application/zip',
    build: async (a) => {
      const { exportMarkdownZip } = await import('@/lib/library/export/markdown-zip');
      return exportMarkdownZip(a, { parse: (html) => parseUntrustedHtml(html, 'about:blank') }) as Uint8Array<ArrayBuffer>;
    },
  },
  {
    kind: 'html',
    label: 'exportHtml',
    what: 'exportHtmlWhat',
    type: 'text/html',
    build: async (a) => {
      const [{ exportHtml }, { sanitizeArticleHtml }] = await Promise.all([import('@/lib/library/export/html'), import('@/lib/extract/sanitize')]);
      return exportHtml(a, { sanitize: (html) => sanitizeArticleHtml(html, window) });
    },
  },
  { kind: 'pocket', label: 'exportPocket', what: 'exportPocketWhat', type: 'text/csv', build: async (a) => (await import('@/lib/library/export/pocket-csv')).exportPocketCsv(a) },
];

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has its own copy once it started; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportPanel() {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onExport = async (choice: ExportChoice) => {
    setBusy(true);
    try {
      const articles = await listArticles();
      const now = Date.now();
      download(exportFileName(choice.kind, now), new Blob([await choice.build(articles, now)], { type: choice.type }));
      setStatus(tn('exported', articles.length, [t(choice.what)]));
    } catch (err) {
      setStatus(err instanceof LibraryError ? err.message : t('exportFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="okur-panel" aria-labelledby="okur-export-title">
      <h2 id="okur-export-title">{t('exportHeading')}</h2>
      <p>{t('exportIntro')}</p>
      <div class="okur-export-choices">
        {CHOICES.map((c) => (
          <button type="button" class="okur-button" disabled={busy} onClick={() => void onExport(c)}>
            {t(c.label)}
          </button>
        ))}
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
