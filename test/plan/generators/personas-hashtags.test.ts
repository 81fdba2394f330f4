// The Audit tab says which persona each account serves; the Calendar tab puts on each post the
// listening list's hashtags that fit its pillar (tied to it, or to no pillar), keywords never.
import { describe, expect, it } from 'vitest';
import { tabMessages } from '../../../src/i18n/messages';
import { generateAuditTab } from '../../../src/plan/generators/audit';
import { generateCalendarTab } from '../../../src/plan/generators/calendar';
import { contentPillars } from '../../../src/plan/mix';
import { example, FoundTable } from './support';

describe('personas on the Audit tab', () => {
  it('each account names the personas online where it is', () => {
    const plan = example('en'); // Olivia on Instagram and TikTok, Frank on Facebook and Instagram
    const t = tabMessages.en.columns;
    const accounts = FoundTable.find(generateAuditTab(plan), t.personas);
    const [olivia, frank] = plan.situation.personas.map((p) => p.name);
    expect(accounts.values(t.personas).slice(0, 3)).toEqual([`${olivia}, ${frank}`, frank, olivia]);
  });
});

describe.each(['en', 'fa'] as const)('hashtags on the %s Calendar tab', (lang) => {
  it('follow the post’s pillar, the brand tag on every post, and no plain keyword', () => {
    const plan = example(lang);
    const t = tabMessages[lang].columns;
    const calendar = FoundTable.find(generateCalendarTab(plan), t.hashtags);
    const brand = plan.situation.listening[0].term; // tied to no pillar
    const keywords = plan.situation.listening.filter((l) => !l.term.startsWith('#')).map((l) => l.term);
    const pillarsOf = contentPillars(plan.contentPlan.mix, lang);
    const pillars = new Set(calendar.values(t.pillar));
    expect(pillars.size).toBeGreaterThan(2);
    calendar.rows.forEach((_, i) => {
      const tags = String(calendar.cell(i, t.hashtags)).split(' ');
      expect(tags[0]).toBe(brand);
      for (const k of keywords) expect(tags).not.toContain(k);
      // Every other tag is one tied to this post's pillar.
      const pillar = calendar.cell(i, t.pillar);
      for (const tag of tags.slice(1)) {
        const term = plan.situation.listening.find((l) => l.term === tag)!;
        const tied = pillarsOf.find((p) => p.id === term.pillar || p.name === term.pillar);
        expect(tied?.name, tag).toBe(pillar);
      }
    });
    // Posts of different pillars get different tags.
    expect(new Set(calendar.values(t.hashtags)).size).toBe(pillars.size);
  });
});
