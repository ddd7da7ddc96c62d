import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built manifests as shipped: `npm test` builds both before running this. */
const BUILDS = ['chrome-mv3', 'firefox-mv3'] as const;

function manifestOf(build: string): Record<string, unknown> {
  const file = path.resolve(__dirname, '../../.output', build, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build and npm run build:firefox`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe.each(BUILDS)('%s manifest', (build) => {
  const manifest = manifestOf(build);
  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });
  it('asks for exactly the permissions Okur uses, and no host', () => {
    // storage/activeTab/scripting: reading on click; contextMenus: "Save page to Okur";
    // unlimitedStorage: the reading list; offscreen (Chrome only): the extractor document.
    const expected = ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage', ...(build === 'chrome-mv3' ? ['offscreen'] : [])];
    expect([...(manifest.permissions as string[])].sort()).toEqual(expected.sort());
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Asked at the moment the reader downloads an imported article, site by site.
    expect([...((manifest.optional_host_permissions as string[]) ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
  });
  it('runs no content script on every page', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
  });
  it('opens the popup with Alt+Shift+R', () => {
    const commands = manifest.commands as Record<string, { suggested_key: { default: string } }>;
    expect(commands._execute_action?.suggested_key.default).toBe('Alt+Shift+R');
  });
  it('saves the page with Alt+Shift+S', () => {
    const commands = manifest.commands as Record<string, { suggested_key: { default: string } }>;
    expect(commands['save-page']?.suggested_key.default).toBe('Alt+Shift+S');
  });
  it('runs only its own scripts in its pages (strict Content-Security-Policy)', () => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval/);
  });
  it('lets no web page talk to Okur', () => {
    expect(manifest.externally_connectable).toBeUndefined();
  });
});
