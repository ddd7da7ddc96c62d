import { describe, expect, it } from 'vitest';
import { restrictedKindOfError, restrictedKindOfUrl } from '@/lib/restricted-pages';

describe('restricted pages', () => {
  it('names the pages browsers keep from extensions', () => {
    expect(restrictedKindOfUrl('chrome://settings/')).toBe('browser');
    expect(restrictedKindOfUrl('about:blank')).toBe('browser');
    expect(restrictedKindOfUrl('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(restrictedKindOfUrl('https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(restrictedKindOfUrl('view-source:https://example.com/')).toBe('source');
    expect(restrictedKindOfUrl('https://example.com/report.pdf')).toBe('pdf');
    expect(restrictedKindOfUrl('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe('pdf');
  });
  it('lets ordinary pages through', () => {
    expect(restrictedKindOfUrl('https://example.com/news/1')).toBeNull();
    expect(restrictedKindOfUrl('http://127.0.0.1:8080/article.html')).toBeNull();
    expect(restrictedKindOfUrl(undefined)).toBeNull();
  });
  it("reads the browser's refusals", () => {
    expect(restrictedKindOfError('Cannot access a chrome:// URL')).toBe('browser');
    expect(restrictedKindOfError('The extensions gallery cannot be scripted.')).toBe('store');
    expect(restrictedKindOfError('Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.')).toBe('file');
    expect(restrictedKindOfError('Something else')).toBeNull();
  });
});
