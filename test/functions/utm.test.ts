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

describe('edges (issue 10)', () => {
  const tag = (url: unknown, ...rest: unknown[]) => catalogEntry('UTM_URL').run([url, 'ig', 'social', 'spring', ...rest], { lang: () => 'en' });

  it('a tagged link past the 50,000 characters of a cell is a #VALUE! naming the limit, not a cell Sheets refuses', () => {
    const out = catalogEntry('UTM_URL').run([[[`https://shop.example/${'a'.repeat(49_990)}`]], 'ig', 'social', 'spring'], { lang: () => 'en' }) as string[][];
    expect(out[0][0]).toBe('#VALUE! url');
    expect(() => tag(`https://shop.example/${'a'.repeat(49_990)}`)).toThrow(/more than the 50000 a cell holds/);
    expect((tag(`https://shop.example/${'a'.repeat(49_000)}`) as string).length).toBeLessThanOrEqual(50_000);
  });

  it('percent-encodes " < > \' and the like in the path, query and fragment', () => {
    expect(tag(`https://shop.example/a"b<c>'d?q="x"#<y>`)).toBe('https://shop.example/a%22b%3Cc%3E%27d?q=%22x%22&utm_source=ig&utm_medium=social&utm_campaign=spring#%3Cy%3E');
  });

  it.each(['https://shop.example:99999/x', 'shop.example:0', 'https://a..com/x', 'https://.shop.example', 'https://shop.example.:80x'])('refuses %s as #URL!', (url) => {
    const out = catalogEntry('UTM_URL').run([[[url]], 'ig', 'social', 'spring'], { lang: () => 'en' }) as string[][];
    expect(out[0][0]).toBe('#URL! url');
  });

  it('keeps ports that exist', () => {
    expect(tag('http://localhost.test:8080/x')).toBe('http://localhost.test:8080/x?utm_source=ig&utm_medium=social&utm_campaign=spring');
  });
});
