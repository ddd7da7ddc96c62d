import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dyslexia-friendly font as shipped (assets/opendyslexic.css): `npm test` builds both
 * browsers before running this. Fonts are the heaviest files an extension page can pull in, so
 * the build must hold the two faces Okur names and nothing more, with the licence the OFL asks
 * to travel with them.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILDS = ['chrome-mv3', 'firefox-mv3'] as const;
const PACKAGE_FILES = path.join(ROOT, 'node_modules/@fontsource/opendyslexic/files');

function assetsOf(build: string): string {
  const dir = path.join(ROOT, '.output', build, 'assets');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm run build and npm run build:firefox`);
  return dir;
}

describe.each(BUILDS)('%s build', (build) => {
  const dir = assetsOf(build);
  const files = readdirSync(dir);
  const fonts = files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f)).sort();

  it('ships OpenDyslexic regular and bold as woff2, and no other font file', () => {
    expect(fonts).toHaveLength(2);
    expect(fonts[0]).toMatch(/^opendyslexic-latin-400-normal-[\w-]+\.woff2$/);
    expect(fonts[1]).toMatch(/^opendyslexic-latin-700-normal-[\w-]+\.woff2$/);
  });

  it('ships the package’s files unchanged', () => {
    for (const [font, original] of [
      [fonts[0]!, 'opendyslexic-latin-400-normal.woff2'],
      [fonts[1]!, 'opendyslexic-latin-700-normal.woff2'],
    ] as const) {
      expect(readFileSync(path.join(dir, font)).equals(readFileSync(path.join(PACKAGE_FILES, original))), font).toBe(true);
    }
  });

  it('names them from the popup’s and the reader’s styles, as the extension’s own files', () => {
    const css = files.filter((f) => /^(popup|reader)-[\w-]+\.css$/.test(f));
    expect(css).toHaveLength(2);
    for (const sheet of css) {
      const text = readFileSync(path.join(dir, sheet), 'utf8');
      const sources = [...text.matchAll(/@font-face\{[^}]*\}/g)].flatMap((m) => [...m[0].matchAll(/url\(([^)]+)\)/g)].map((u) => u[1]));
      expect(sources.sort(), sheet).toEqual(fonts.map((f) => `/assets/${f}`));
    }
  });

  it('carries the SIL Open Font License beside the fonts', () => {
    const licence = readFileSync(path.join(dir, 'OpenDyslexic-LICENSE.txt'), 'utf8');
    expect(licence).toContain('Reserved Font Name OpenDyslexic');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(licence).toBe(readFileSync(path.join(ROOT, 'node_modules/@fontsource/opendyslexic/LICENSE'), 'utf8'));
  });
});
