import { useState } from 'preact/hooks';
import { LibraryError } from '@/lib/library/errors';
import { importFile } from '@/lib/library/import';
import { readImportedContent } from '@/lib/library/import/read-content';
import { importItems } from '@/lib/library/store';
import type { Rejection } from '@/lib/library/types';
import { parseUntrustedHtml } from '@/lib/parse-untrusted';

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
      const result = importFile(file.name, bytes, { parse: (html) => parseUntrustedHtml(html, 'about:blank') });
      const report: FileReport = { name: file.name, format: result.format, imported: 0, alreadySaved: 0, duplicatesInFile: result.duplicatesInFile, rejected: result.rejected, failed: null };
      if (result.items.length > 0) {
        try {
          const stored = await importItems(readImportedContent(result.items, parseUntrustedHtml));
          report.imported = stored.imported;
          report.alreadySaved = stored.alreadySaved;
        } catch (err) {
          report.failed = err instanceof LibraryError ? err.message : 'Okur could not store this file’s articles. Nothing from it was imported.';
        }
      }
      out.push(report);
    }
    setReports(out);
    setBusy(false);
  };

  return (
    <section class="okur-panel" aria-labelledby="okur-import-title">
      <h2 id="okur-import-title">Import</h2>
      <p>
        Choose the files of your export: Pocket (the zip, its part_000000.csv files, or the older ril_export.html), Instapaper (CSV), Omnivore (the zip) or an
        Okur backup (JSON). Articles come in with their saved date, tags, archive state and favorites; articles that came without their text are downloaded when
        you open them.
      </p>
      <label class="okur-button okur-file">
        Choose files to import
        <input type="file" multiple accept=".csv,.zip,.html,.htm,.json,text/csv,application/zip,text/html,application/json" disabled={busy} onChange={(e) => void onFiles(e.currentTarget.files)} />
      </label>
      {busy && <p role="status">Importing…</p>}
      {reports.map((r) => (
        <div class="okur-import-report" role="status">
          <p>
            <strong>{r.name}</strong> ({r.format}):{' '}
            {r.failed ??
              [
                `${r.imported} imported`,
                r.alreadySaved ? `${r.alreadySaved} already saved` : null,
                r.duplicatesInFile ? `${r.duplicatesInFile} duplicates in the file` : null,
                r.rejected.length ? `${r.rejected.length} rejected` : null,
              ]
                .filter(Boolean)
                .join(', ')}
            .
          </p>
          {r.rejected.length > 0 && (
            <ul class="okur-rejections">
              {r.rejected.slice(0, MAX_REJECTIONS_SHOWN).map((x) => (
                <li>{x.line === null ? x.reason : `${x.file === r.name ? '' : `${x.file}, `}line ${x.line}: ${x.reason}`}</li>
              ))}
              {r.rejected.length > MAX_REJECTIONS_SHOWN && <li>…and {r.rejected.length - MAX_REJECTIONS_SHOWN} more.</li>}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
