import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '@/lib/library/import';

const PART_0 = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/import/pocket-part_000000.csv'));
const PART_1 = 'title,url,time_added,tags,status\n"Kebab, explained",https://food.example/kebab,1719000000,food,archive\n"İstanbul metro, once more",https://haber.example/istanbul-metro,1719100000,,archive\n';
const deps = { parse: () => { throw new Error('not used'); } };

describe('Pocket zip import', () => {
  // Parts in a folder and out of order, with a stray file and macOS's resource fork beside them.
  const zip = zipSync({
    'pocket/part_000001.csv': strToU8(PART_1),
    'pocket/part_000000.csv': new Uint8Array(PART_0),
    'pocket/readme.txt': strToU8('Thanks for using Pocket'),
    '__MACOSX/pocket/._part_000000.csv': new Uint8Array([0, 5, 22, 7, 0, 2]),
  });
  const result = importFile('pocket.zip', zip, deps);

  it('reads every part as one list, later parts winning for a page saved twice', () => {
    expect(result.format).toBe('Pocket zip export');
    expect(result.items.map((i) => [i.url, i.title, i.state])).toEqual([
      ['https://www.gundemhaber.example/dunya/un-moment-historique-dans-les-relations-entre-la-russie-et-la-coree-du-nord-h48213.html', 'Same as the first, saved twice', 'unread'],
      ['https://www.rheintaler-allgemeine.example/lokales/freibad', 'Freibadsaison: Eintritt teurer, sagt die Umfrage', 'archived'],
      ['https://haber.example/istanbul-metro', 'İstanbul metro, once more', 'archived'],
      ['https://food.example/kebab', 'Kebab, explained', 'archived'],
    ]);
    // One repeat inside part 0, one across the parts.
    expect(result.duplicatesInFile).toBe(2);
  });

  it('names the part a rejected line is in', () => {
    expect(result.rejected).toEqual([
      { file: 'pocket/part_000000.csv', line: 6, reason: 'the URL “htp:/broken” is not a web address.' },
      { file: 'pocket/part_000000.csv', line: 7, reason: 'the time added “yesterday” is not a date.' },
    ]);
  });
});
