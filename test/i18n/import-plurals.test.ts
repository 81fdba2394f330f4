// The import's counted messages take the form the count asks for in each language (Intl.PluralRules),
// and a right-to-left line keeps its dates in isolates and, in Persian, in Persian digits.
import { describe, expect, it } from 'vitest';
import { importMessages } from '../../src/i18n/messages';
import { say } from '../../src/i18n/say';

const range = { from: '2026-03-01', to: '2026-03-31' };
const posts = (lang: 'en' | 'ar' | 'fa' | 'he', n: number) => say(importMessages[lang].posts, { posts: n, ...range }, lang);
const network = (lang: 'en' | 'ar' | 'fa' | 'he', n: number) => say(importMessages[lang].doneNetwork, { network: 'Instagram', posts: n, cells: 1 }, lang);

describe('import summaries', () => {
  it('English: 1 post, 2 posts', () => {
    expect(posts('en', 1)).toBe('1 post from 2026-03-01 to 2026-03-31');
    expect(posts('en', 2)).toBe('2 posts from 2026-03-01 to 2026-03-31');
    expect(network('en', 1)).toBe('Instagram: 1 post, log cells changed: 1');
  });

  it('Hebrew: one and two in words, from three a number', () => {
    expect(posts('he', 1)).toContain('פוסט אחד');
    expect(posts('he', 2)).toContain('שני פוסטים');
    expect(posts('he', 3)).toContain('3 פוסטים');
    expect(network('he', 1)).not.toMatch(/1 פוסטים/);
  });

  it('Arabic: one, two, few (3–10) and many (11–99) each in its own form', () => {
    expect(posts('ar', 1)).toContain('منشور واحد');
    expect(posts('ar', 2)).toContain('منشوران');
    expect(posts('ar', 3)).toContain('3 منشورات');
    expect(posts('ar', 11)).toContain('11 منشورًا');
    expect(posts('ar', 100)).toContain('100 منشور ');
    for (const n of [1, 2]) expect(network('ar', n).replace(/\u2068[^\u2069]*\u2069/g, '').replace(/والخلايا \d+/, '')).not.toMatch(/\d/);
  });

  it('Persian: Persian digits for the count and the dates, dates isolated', () => {
    const line = posts('fa', 12);
    expect(line).toContain('۱۲ پست');
    expect(line).toContain('\u2068۲۰۲۶-۰۳-۰۱\u2069');
    expect(line).not.toMatch(/[0-9]/);
  });
});
