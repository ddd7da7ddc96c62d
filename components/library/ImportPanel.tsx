import { useState } from 'preact/hooks';
import { LibraryError } from '@/lib/library/errors';
import { importItems } from '@/lib/library/store';
import type { Rejection } from '@/lib/library/types';
import { parseUntrustedHtml } from '@/lib/parse-untrusted';
import { t, tn } from '@/lib/i18n';

interface FileReport {
  name: string;
  format: string;
  imported: number;
  alreadySaved: number;
  duplicatesInFile: number;
  rejected: Rejection[];
  /** The whole file was not imported, and why. */
  failed: string | null;
}

/** At most this many rejected lines are listed per file; the count says how many in all. */
const MAX_REJECTIONS_SHOWN = 20;

/**
 * Import from the services people are leaving, and from Okur's own backup. Each file is
 * imported whole or not at all (one transaction), and the report says what happened to
 * every line.
 */
export function ImportPanel() {
  const [reports, setReports] = useState<FileReport[]>([]);
  const [busy, setBusy] = useState(false);

  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    const out: FileReport[] = [];
    for (const file of Array.from(files)) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Loaded when files are picked: the parsers and the extraction core stay out of the first screen.
      const [{ importFile }, { readImportedContent }] = await Promise.all([import('@/lib/library/import'), import('@/lib/library/import/read-content')]);
      const result = importFile(file.name, bytes, { parse: (html) => parseUntrustedHtml(html, 'about:blank') });
      const report: FileReport = { name: file.name, format: result.format, imported: 0, alreadySaved: 0, duplicatesInFile: result.duplicatesInFile, rejected: result.rejected, failed: null };
      if (result.items.length > 0) {
        try {
          const stored = await importItems(readImportedContent(result.items, parseUntrustedHtml));
          report.imported = stored.imported;
          report.alreadySaved = stored.alreadySaved;
        } catch (err) {
          report.failed = err instanceof LibraryError ? err.message : t('importStoreFailed');
        }
      }
      out.push(report);
    }
    setReports(out);
    setBusy(false);
  };

  return (
    <section class="okur-panel" aria-labelledby="okur-import-title">
      <h2 id="okur-import-title">{t('importHeading')}</h2>
      <p>{t('importIntro')}</p>
      <label class="okur-button okur-file">
        {t('chooseFiles')}
        <input type="file" multiple accept=".csv,.zip,.html,.htm,.json,text/csv,application/zip,text/html,application/json" disabled={busy} onChange={(e) => void onFiles(e.currentTarget.files)} />
      </label>
      {busy && <p role="status">{t('importing')}</p>}
      {reports.map((r) => (
        <div class="okur-import-report" role="status">
          <p>
            <strong>{r.name}</strong> ({r.format}):{' '}
            {r.failed ??
              [
                tn('imported', r.imported),
                r.alreadySaved ? tn('alreadySaved', r.alreadySaved) : null,
                r.duplicatesInFile ? tn('duplicatesInFile', r.duplicatesInFile) : null,
                r.rejected.length ? tn('rejected', r.rejected.length) : null,
              ]
                .filter(Boolean)
                .join(', ')}
            .
          </p>
          {r.rejected.length > 0 && (
            <ul class="okur-rejections">
              {r.rejected.slice(0, MAX_REJECTIONS_SHOWN).map((x) => (
                <li>{x.line === null ? x.reason : `${x.file === r.name ? '' : `${x.file}, `}${t('rejectionLine', [x.line, x.reason])}`}</li>
              ))}
              {r.rejected.length > MAX_REJECTIONS_SHOWN && <li>{t('moreRejections', r.rejected.length - MAX_REJECTIONS_SHOWN)}</li>}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
