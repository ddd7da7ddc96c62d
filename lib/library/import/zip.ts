import { unzipSync } from 'fflate';
import { t } from '../../i18n';

/** The four bytes every zip starts with ("PK\3\4"), or an empty zip's end record ("PK\5\6"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

/**
 * A zip's sizes are declared in its headers, and fflate inflates each entry into a buffer of
 * the declared size, so capping declared sizes caps the memory a crafted zip can take.
 * Omnivore exports with their content folder run to hundreds of megabytes.
 */
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

export type ZipEntries = Record<string, Uint8Array>;

export type UnzipOutcome = { ok: true; entries: ZipEntries } | { ok: false; reason: string };

/** The entries `wanted` picks, by path; never throws. */
export function readZip(bytes: Uint8Array, wanted: (path: string) => boolean): UnzipOutcome {
  let total = 0;
  let tooLarge = false;
  try {
    const entries = unzipSync(bytes, {
      filter: (f) => {
        // macOS adds "__MACOSX/._name" resource forks beside each file when it zips a folder.
        if (f.name.endsWith('/') || f.name.startsWith('__MACOSX/') || !wanted(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_TOTAL_BYTES) {
          tooLarge = true;
          throw new Error('too large');
        }
        return true;
      },
    });
    return { ok: true, entries };
  } catch {
    if (tooLarge) return { ok: false, reason: t('importRefusedZipTooLarge', MAX_TOTAL_BYTES / 1024 / 1024 / 1024) };
    return { ok: false, reason: t('importRefusedZipDamaged') };
  }
}

/** Some zip tools on Windows write paths with backslashes. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
