import { strToU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { formatMessage } from '@/lib/i18n';
import { importFile } from '@/lib/library/import';
import { parseHtml } from '@/lib/node/parse-html';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { importSamples, keysOf, type Messages } from './import-samples';

/**
 * The importers under a French browser: the browser's i18n serves the French file, as Chromium
 * does with --lang=fr. The importers are pure code, so this is where their French shows without
 * a browser; every expectation is written by hand.
 */
vi.mock('wxt/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, substitutions: string[] = []) => {
        const entry = (fr as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)[key];
        return entry ? formatMessage(entry, substitutions) : '';
      },
      getUILanguage: () => 'fr-FR',
    },
  },
}));

const deps = { parse: (html: string) => parseHtml(html, 'about:blank') };

describe('the importers in a French browser', () => {
  it('name the format and the rejected line in French', () => {
    const r = importFile('part_000000.csv', strToU8('title,url,time_added,tags,status\na,ftp://a.example/,1,,unread\nb,https://b.example/,bientôt,,unread\n'), deps);
    expect(r.format).toBe('export CSV de Pocket');
    expect(r.rejected.map((x) => x.reason)).toEqual(['l’URL « ftp://a.example/ » n’est pas une adresse web.', 'la date d’ajout « bientôt » n’est pas une date.']);
  });

  it('refuse a whole file in French, numbers formatted the French way', () => {
    const r = importFile('okur.json', strToU8(JSON.stringify({ format: 'okur-backup', version: 12000, articles: [] })), deps);
    expect(r.format).toBe('sauvegarde Okur');
    // French groups thousands with a narrow no-break space.
    expect(r.rejected[0]!.reason).toBe('Cette sauvegarde a été faite par une version plus récente d’Okur (version de sauvegarde 12\u202f000) ; mettez Okur à jour pour la restaurer.');
    expect(importFile('vide.csv', strToU8(' '), deps)).toMatchObject({ format: 'fichier non reconnu', rejected: [{ reason: 'Ce fichier est vide.' }] });
  });

  it('give every sentence of every sample in French, none in English', () => {
    const { texts } = importSamples();
    expect(texts.filter((text) => keysOf(fr as Messages, text) === null)).toEqual([]);
    expect(texts.filter((text) => keysOf(en as Messages, text) !== null)).toEqual([]);
  });
});
