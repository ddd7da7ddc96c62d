import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line where the row starts in the file: a quoted field may span several lines. */
  line: number;
  /** Values by lower-case header name. */
  values: Record<string, string>;
  /** The row has a quoted field that is never closed, so it swallowed the rest of the file. */
  unclosedQuote: boolean;
}

export interface CsvTable {
  /** Lower-case header names. */
  fields: string[];
  rows: CsvRow[];
}

/** Lower-case column names of the first line, for recognising a format before parsing it. */
export function headerNames(text: string): string[] {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return header.split(',').map((c) => c.trim().replace(/^"|"$/g, '').trim().toLowerCase());
}

/**
 * Rows by header name with the line each starts on. Row indexes would be wrong after a title or
 * highlighted passage with a line break, and the user looks the line up in the file.
 */
export function parseCsv(text: string): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  const newlineAfterHeader = source.indexOf('\n');
  let offset = newlineAfterHeader < 0 ? source.length : newlineAfterHeader + 1;
  let line = 2;
  let fields: string[] = [];
  Papa.parse<Record<string, string>>(source, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
    step: (result) => {
      fields = result.meta.fields ?? fields;
      // Blank lines skipped by the parser lie between the last row's end and this row's start.
      while (offset < source.length && /\s/.test(source[offset]!)) {
        if (source[offset] === '\n') line++;
        offset++;
      }
      const start = line;
      const end = result.meta.cursor;
      for (let i = offset; i < end; i++) if (source[i] === '\n') line++;
      offset = Math.max(offset, end);
      rows.push({ line: start, values: result.data, unclosedQuote: result.errors.some((e) => e.type === 'Quotes') });
    },
  });
  // A file of only a header gives the parser no row to report its fields with.
  return { fields: fields.length ? fields : headerNames(source), rows };
}
