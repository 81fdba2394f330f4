// UTM_URL as a marketer uses it: tag each post's link so analytics can tell the clicks apart.
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../src/functions/catalog';

const utm = (...args: unknown[]) => catalogEntry('UTM_URL').run(args, { lang: () => 'en' });

describe('UTM_URL', () => {
  it('adds the three tags to a bare link', () => {
    expect(utm('https://shop.example/spring', 'instagram', 'social', 'spring_sale')).toBe(
      'https://shop.example/spring?utm_source=instagram&utm_medium=social&utm_campaign=spring_sale',
    );
  });

  it('keeps the existing query and fragment, and replaces old utm tags', () => {
    expect(utm('https://shop.example/p?id=7&utm_source=old&UTM_TERM=x#reviews', 'x', 'social', 'launch', 'shoes')).toBe(
      'https://shop.example/p?id=7&utm_source=x&utm_medium=social&utm_campaign=launch&utm_term=shoes#reviews',
    );
  });

  it('encodes values, including Arabic, Persian and Hebrew campaign names', () => {
    const link = utm('shop.example', 'telegram', 'social', 'حراج نوروز ۱۴۰۵', '', 'post 1&2') as string;
    expect(link.startsWith('https://shop.example?utm_source=telegram&utm_medium=social&utm_campaign=')).toBe(true);
    expect(decodeURIComponent(link.split('utm_campaign=')[1].split('&')[0])).toBe('حراج نوروز ۱۴۰۵');
    expect(link).toContain('utm_content=post%201%262');
    expect(link).not.toContain('utm_term');
  });

  it('refuses links that are not web links', () => {
    expect(utm([['javascript:alert(1)'], ['not a link'], ['https://ok.example']], 'a', 'b', 'c')).toEqual([
      ['#URL! url'],
      ['#URL! url'],
      ['https://ok.example?utm_source=a&utm_medium=b&utm_campaign=c'],
    ]);
    expect(() => utm('mailto:someone@example.com', 'a', 'b', 'c')).toThrow(/not a web link/);
  });

  it('a blank link or a blank required tag gives a blank', () => {
    expect(utm([[''], ['https://a.example']], 'ig', [['social'], ['']], 'c')).toEqual([[''], ['']]);
  });

  it('numbers as tags are written as Sheets shows them', () => {
    expect(utm('https://a.example', 'ig', 'social', 2026)).toBe('https://a.example?utm_source=ig&utm_medium=social&utm_campaign=2026');
  });
});
