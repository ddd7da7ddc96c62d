import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '@/lib/library/import';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/import/omnivore');
const read = (p: string) => new Uint8Array(readFileSync(path.join(DIR, p)));
const deps = { parse: () => { throw new Error('not used'); } };
const HARBOUR_HTML = '<div class="page" id="readability-page-1"><p>The first ferry leaves at six; the gulls are up before it.</p></div>\n';

describe('Omnivore export zip', () => {
  // The later file first in the zip: the files are read in their numeric order, not the zip's.
  const zip = zipSync({
    'metadata_4_to_5.json': read('metadata_4_to_5.json'),
    'metadata_0_to_3.json': read('metadata_0_to_3.json'),
    'content/the-quiet-harbour-18f3a2b4c5d.html': read('content/the-quiet-harbour-18f3a2b4c5d.html'),
    'highlights/the-quiet-harbour-18f3a2b4c5d.md': strToU8('> The first ferry leaves at six.'),
  });
  const result = importFile('omnivore-export.zip', zip, deps);

  it('maps state, labels, author, dates, description and the content file', () => {
    expect(result.format).toBe('Omnivore export');
    expect(result.items).toEqual([
      {
        url: 'https://longreads.example/quiet-harbour',
        title: 'The quiet harbour: a morning on the docks',
        savedAt: Date.UTC(2024, 4, 2, 8, 15),
        tags: ['travel', 'Norway'],
        state: 'archived',
        byline: 'Mira Lund',
        publishedTime: '2024-04-30T00:00:00.000Z',
        excerpt: 'Fishermen, gulls and the first ferry.',
        content: HARBOUR_HTML,
        // Read to the end (readingProgress 100).
        progress: 1,
      },
      // Saved twice; the copy in the later file wins, its state in lower case still "archived".
      {
        url: 'https://www.aljazeera.example/ar/news/2024/6/19/elections',
        title: 'مقالة عن الانتخابات (محدثة)',
        savedAt: Date.UTC(2024, 5, 20, 7, 30),
        tags: ['politics'],
        state: 'archived',
        byline: 'فريق التحرير',
        publishedTime: '2024-06-19',
        excerpt: 'تحديث',
        content: undefined,
        progress: 0.4,
      },
    ]);
    expect(result.duplicatesInFile).toBe(1);
  });

  it('leaves deleted entries and bad ones out, naming each by its place in its file', () => {
    expect(result.rejected).toEqual([
      { file: 'metadata_0_to_3.json', line: null, reason: 'Entry 3 of metadata_0_to_3.json (“Old newsletter”) was deleted in Omnivore, so it is not imported.' },
      { file: 'metadata_0_to_3.json', line: null, reason: 'Entry 4 of metadata_0_to_3.json (“A file, not a page”) has the URL “ftp://files.example/report.pdf”, which is not a web address.' },
      { file: 'metadata_4_to_5.json', line: null, reason: 'Entry 2 of metadata_4_to_5.json (“When was this saved?”) has the saved date “yesterday”, which is not a date.' },
    ]);
  });

  it('reads the export inside a folder, and rejects a damaged metadata file while keeping the others', () => {
    const r = importFile(
      'omnivore.zip',
      zipSync({
        'Omnivore/metadata_0_to_3.json': read('metadata_0_to_3.json'),
        'Omnivore/metadata_4_to_5.json': strToU8('[{"id": "5dae7052", "url": "https://news.exa'),
        'Omnivore/metadata_6_to_6.json': strToU8('[null, 42, {"url": "https://x.example/ok", "labels": "not a list", "savedAt": 5}]'),
      }),
      deps,
    );
    expect(r.items.map((i) => i.url)).toEqual(['https://longreads.example/quiet-harbour', 'https://www.aljazeera.example/ar/news/2024/6/19/elections', 'https://x.example/ok']);
    // Wrong types in an entry are read as missing, not trusted.
    expect(r.items[2]).toEqual({ url: 'https://x.example/ok', tags: [], state: 'unread', byline: null, publishedTime: null, excerpt: null });
    expect(r.items[0]?.content).toBeUndefined();
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'Entry 3 of metadata_0_to_3.json (“Old newsletter”) was deleted in Omnivore, so it is not imported.',
      'Entry 4 of metadata_0_to_3.json (“A file, not a page”) has the URL “ftp://files.example/report.pdf”, which is not a web address.',
      'metadata_4_to_5.json is not a list of articles Okur can read (it may be damaged), so its articles are not imported.',
      'Entry 1 of metadata_6_to_6.json is not an article.',
      'Entry 2 of metadata_6_to_6.json is not an article.',
    ]);
  });
});
