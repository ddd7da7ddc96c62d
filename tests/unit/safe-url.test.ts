import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, isSafeMediaUrl, isSafeSrcset, srcsetUrls } from '../../lib/extract/safe-url';

describe('safe URLs for article HTML', () => {
  it('splits a srcset into its candidates, data URLs with commas included', () => {
    expect(srcsetUrls('a.jpg 1x, b.jpg 2x')).toEqual(['a.jpg', 'b.jpg']);
    expect(srcsetUrls('a.jpg 100w,b.jpg 200w')).toEqual(['a.jpg', 'b.jpg']);
    expect(srcsetUrls('data:image/png;base64,AAAA 1x, /b.png 2x')).toEqual(['data:image/png;base64,AAAA', '/b.png']);
  });

  it('refuses a srcset with a script or HTML candidate anywhere', () => {
    expect(isSafeSrcset('a.jpg 1x, https://x.test/b.jpg 2x', true)).toBe(true);
    expect(isSafeSrcset('a.jpg 1x, javascript:alert(1) 2x', true)).toBe(false);
    expect(isSafeSrcset('a.jpg 1x, java\tscript:alert(1) 2x', true)).toBe(false);
    expect(isSafeSrcset('a.jpg 1x, data:text/html,<script>x</script> 2x', true)).toBe(false);
    expect(isSafeSrcset('data:image/png;base64,AAAA 2x', false)).toBe(false);
  });

  it('lets pictures be inline images only, and media only web URLs', () => {
    expect(isSafeMediaUrl('data:image/jpeg;base64,AAAA', true)).toBe(true);
    expect(isSafeMediaUrl('data:text/html,<b>x</b>', true)).toBe(false);
    expect(isSafeMediaUrl('data:image/png;base64,AAAA', false)).toBe(false);
    expect(isSafeMediaUrl('/video.mp4', false)).toBe(true);
    expect(isSafeMediaUrl('JavaScript:alert(1)', true)).toBe(false);
  });

  it('lets links go to the web, mail and phones only', () => {
    expect(isSafeLinkUrl('https://example.test/')).toBe(true);
    expect(isSafeLinkUrl('mailto:a@example.test')).toBe(true);
    expect(isSafeLinkUrl('#note-1')).toBe(true);
    expect(isSafeLinkUrl(' vbscript:msgbox')).toBe(false);
    expect(isSafeLinkUrl('data:text/html,<script>x</script>')).toBe(false);
  });
});
