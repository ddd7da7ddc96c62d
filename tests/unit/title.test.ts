import { describe, expect, it } from 'vitest';
import { cleanByline, stripSiteDecoration } from '@/lib/extract/metadata/title';

describe('stripSiteDecoration', () => {
  it('drops the site name after a separator', () => {
    expect(stripSiteDecoration('Un moment historique : Poutine et Kim - Gündem Haber', 'Gündem Haber', null)).toBe('Un moment historique : Poutine et Kim');
    expect(stripSiteDecoration('Big news today | The Daily', 'The Daily', null)).toBe('Big news today');
  });
  it('recognises the site by its host name', () => {
    expect(stripSiteDecoration('Big news today - Example.com', null, 'www.example.com')).toBe('Big news today');
  });
  it('keeps titles whose parts are not the site', () => {
    expect(stripSiteDecoration('Paris - Berlin: the new train', 'The Daily', null)).toBe('Paris - Berlin: the new train');
  });
});

describe('cleanByline', () => {
  it('keeps a person and drops the prefix', () => {
    expect(cleanByline('By Jane Doe', 'The Daily')).toBe('Jane Doe');
    expect(cleanByline('Muhabir: Ayşe Yılmaz', null)).toBe('Ayşe Yılmaz');
  });
  it('is null when the site signs as itself', () => {
    expect(cleanByline('The Daily', 'The Daily')).toBeNull();
    expect(cleanByline('https://example.com/staff', null)).toBeNull();
  });
});
