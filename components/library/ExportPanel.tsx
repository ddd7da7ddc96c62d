import { useState } from 'preact/hooks';
import { sanitizeArticleHtml } from '@/lib/extract/sanitize';
import { exportFileName, type ExportKind } from '@/lib/library/export/file-name';
import { exportHtml } from '@/lib/library/export/html';
import { exportMarkdownZip } from '@/lib/library/export/markdown-zip';
import { exportOkurJson } from '@/lib/library/export/okur-json';
import { exportPocketCsv } from '@/lib/library/export/pocket-csv';
import { LibraryError } from '@/lib/library/errors';
import { listArticles } from '@/lib/library/store';
import type { SavedArticle } from '@/lib/library/types';
import { parseUntrustedHtml } from '@/lib/parse-untrusted';

interface ExportChoice {
  kind: ExportKind;
  /** The button: what the reader gets. */
  label: string;
  /** The same, inside "Exported 12 articles as …". */
  what: string;
  type: string;
  build(articles: SavedArticle[], now: number): BlobPart;
}

/** Every way out of Okur: the reader's list is theirs to take anywhere. */
const CHOICES: readonly ExportChoice[] = [
  { kind: 'json', label: 'Export backup (Okur JSON)', what: 'an Okur backup', type: 'application/json', build: (a, now) => exportOkurJson(a, now) },
  {
    kind: 'markdown',
    label: 'Export Markdown files (zip)',
    what: 'Markdown files in a zip',
    type: 'application/zip',
    build: (a) => exportMarkdownZip(a, { parse: (html) => parseUntrustedHtml(html, 'about:blank') }) as Uint8Array<ArrayBuffer>,
  },
  { kind: 'html', label: 'Export one HTML file', what: 'one HTML file', type: 'text/html', build: (a) => exportHtml(a, { sanitize: (html) => sanitizeArticleHtml(html, window) }) },
  { kind: 'pocket', label: 'Export Pocket CSV', what: 'a Pocket CSV file', type: 'text/csv', build: (a) => exportPocketCsv(a) },
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
      download(exportFileName(choice.kind, now), new Blob([choice.build(articles, now)], { type: choice.type }));
      setStatus(`Exported ${articles.length === 1 ? '1 article' : `${articles.length} articles`} as ${choice.what}.`);
    } catch (err) {
      setStatus(err instanceof LibraryError ? err.message : 'Okur could not write the export file. Your reading list is unchanged; please try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="okur-panel" aria-labelledby="okur-export-title">
      <h2 id="okur-export-title">Export</h2>
      <p>Your whole reading list, as a file of your own. The Okur backup keeps everything and can be imported again here or on another computer.</p>
      <div class="okur-export-choices">
        {CHOICES.map((c) => (
          <button type="button" class="okur-button" disabled={busy} onClick={() => void onExport(c)}>
            {c.label}
          </button>
        ))}
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
