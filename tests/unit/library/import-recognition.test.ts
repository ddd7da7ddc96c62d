import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '@/lib/library/import';
import { parseHtml } from '@/lib/node/parse-html';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/import');
const bytes = (s: string) => new TextEncoder().encode(s);
const deps = { parse: (html: string) => parseHtml(html, 'about:blank') };
const CAN_IMPORT = 'Okur imports Pocket’s export (its zip, the part_000000.csv files in it, or the older ril_export.html), Instapaper’s CSV export, Omnivore’s export zip and Okur’s own backup (.json).';

/** The one sentence a refused file gets. */
function refusal(name: string, data: Uint8Array): string {
  const r = importFile(name, data, deps);
  expect(r.items).toEqual([]);
  expect(r.rejected).toHaveLength(1);
  expect(r.rejected[0]?.line).toBeNull();
  return r.rejected[0]!.reason;
}

describe('recognising a file by its content', () => {
  it('goes by content, not by the file’s name', () => {
    expect(importFile('export.txt', readFileSync(path.join(FIXTURES, 'instapaper-export.csv')), deps).format).toBe('Instapaper CSV export');
    expect(importFile('list.csv', readFileSync(path.join(FIXTURES, 'ril_export.html')), deps).format).toBe('Pocket HTML export');
    expect(importFile('backup.zip', readFileSync(path.join(FIXTURES, 'okur-backup.json')), deps).format).toBe('Okur backup');
    expect(importFile('part_000000.json', zipSync({ 'part_000000.csv': readFileSync(path.join(FIXTURES, 'pocket-part_000000.csv')) }), deps).format).toBe('Pocket zip export');
  });

  it('says a cut-short JSON file cannot be read', () => {
    expect(refusal('okur-2026-11-29.json', readFileSync(path.join(FIXTURES, 'broken-backup.json')))).toBe(
      'This file looks like JSON but cannot be read: it is damaged or cut short. If it is an Okur backup, export it again.',
    );
  });

  it('says other JSON is not a backup, pointing Omnivore users to the zip', () => {
    expect(refusal('metadata_0_to_3.json', readFileSync(path.join(FIXTURES, 'omnivore/metadata_0_to_3.json')))).toBe(
      `This JSON file is not an Okur backup. For Omnivore, choose the export’s zip file itself. ${CAN_IMPORT}`,
    );
  });

  it('says a damaged zip cannot be opened', () => {
    const zip = zipSync({ 'part_000000.csv': readFileSync(path.join(FIXTURES, 'pocket-part_000000.csv')) });
    expect(refusal('pocket.zip', zip.subarray(0, zip.length - 30))).toBe(
      'This zip file is damaged or cut short, so Okur cannot open it. Download the export again and choose the new file.',
    );
  });

  it('says what it looked for in a zip with nothing it knows', () => {
    const zip = zipSync({ 'photos/harbour.jpg': new Uint8Array([0xff, 0xd8, 0xff]), 'notes.csv': strToU8('url,time_added\nhttps://x.example,1\n') });
    expect(refusal('photos.zip', zip)).toBe(`This zip holds no Pocket list (part_000000.csv) and no Omnivore list (metadata_0_to_49.json). ${CAN_IMPORT}`);
    expect(refusal('empty.zip', zipSync({}))).toMatch(/^This zip holds no Pocket list/);
  });

  it('says which columns a CSV lacks', () => {
    expect(refusal('contacts.csv', bytes('name,email\nAyşe,a@x.example\n'))).toBe(
      `This file is not a Pocket export (it has no url and time_added columns) nor an Instapaper export (no URL, Title and Folder columns). ${CAN_IMPORT}`,
    );
  });

  it('never throws, whatever the bytes', () => {
    const samples = [new Uint8Array([0x50, 0x4b, 0x03, 0x04]), new Uint8Array([0x50, 0x4b, 0x05, 0x06, 1, 2]), bytes('{'), bytes('[1,2'), bytes('<'), bytes('\uFEFF'), bytes(' \n\t')];
    for (const s of samples) expect(() => importFile('x', s, deps)).not.toThrow();
    expect(refusal('x', bytes(' \n\t'))).toBe('This file is empty.');
    expect(refusal('x', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toMatch(/^This zip file is damaged/);
  });
});
