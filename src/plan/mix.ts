/**
 * The content mix as named pillars with their share of posts: the rule of thirds, Hootsuite's
 * 50/20/20/5 (the 5% left over is free choice), or the marketer's own pillars. The calendar
 * spreads posts over these; the wizard shows them.
 */
import type { Lang } from '../i18n/lang';
import { planLabels, type PlanLabels } from '../i18n/messages';
import type { ContentMix } from './schema';

export interface Pillar {
  /** A preset pillar's id (`promote`, `blog`…) or `custom-1`, `custom-2`… for the marketer's own. */
  id: string;
  name: string;
  percent: number;
}

type PresetPillar = keyof PlanLabels['pillars'];

const PRESETS: Record<'thirds' | 'hootsuite', [PresetPillar, number][]> = {
  thirds: [['promote', 100 / 3], ['ideas', 100 / 3], ['interact', 100 / 3]],
  hootsuite: [['blog', 50], ['curated', 20], ['company', 20], ['culture', 5], ['free', 5]],
};

export function contentPillars(mix: ContentMix, lang: Lang): Pillar[] {
  if (typeof mix === 'string') {
    const names = planLabels[lang].pillars;
    return PRESETS[mix].map(([id, percent]) => ({ id, name: names[id], percent }));
  }
  return mix.custom.map((share, i) => ({ id: `custom-${i + 1}`, name: share.pillar, percent: share.percent }));
}
