/** What the user exports to, named so files sort by date and say what they hold. */
export type ExportKind = 'json' | 'markdown' | 'html' | 'pocket';

const NAMES: Record<ExportKind, (date: string) => string> = {
  json: (d) => `okur-${d}.json`,
  markdown: (d) => `okur-markdown-${d}.zip`,
  html: (d) => `okur-${d}.html`,
  pocket: (d) => `okur-pocket-${d}.csv`,
};

/** The reader's own calendar day: an export made late in the evening is named for that evening. */
export function exportFileName(kind: ExportKind, now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return NAMES[kind](`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}
