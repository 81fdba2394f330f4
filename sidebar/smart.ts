/**
 * Live SMART feedback beside each goal, from the same judge as the SMART_CHECK custom function
 * (src/functions/smart judgeGoal), so the letters the wizard lights are the ones the KPI tab shows:
 * five letters, filled when met, then what is missing and one concrete tip.
 */
import type { Lang } from '../src/i18n/lang';
import { smartMessages } from '../src/i18n/messages';
import { CRITERIA, judgeGoal, type Criterion } from '../src/functions/smart/index';
import { h } from './dom';
import { m, t } from './i18n';

const LETTER: Record<Criterion, string> = { specific: 'S', measurable: 'M', attainable: 'A', relevant: 'R', timeBound: 'T' };

/** The letters and sentence for a goal; nothing while the goal is empty. */
export function smartView(text: string, lang: Lang): Node[] {
  if (text.trim() === '') return [];
  const verdict = judgeGoal(text, lang);
  const words = smartMessages[lang];
  const name = (c: Criterion) => words.criteria[c];
  const state = (c: Criterion) => `${name(c)}: ${verdict.met[c] ? m().smartMet : m().smartNotMet}`;
  return [
    h(
      'div',
      { class: 'smart', role: 'img', 'aria-label': CRITERIA.map(state).join(words.listSeparator) },
      CRITERIA.map((c) => h('span', { class: verdict.met[c] ? 'met' : null, title: state(c), 'aria-hidden': 'true', 'data-criterion': c }, LETTER[c])),
    ),
    verdict.missing.length === 0
      ? h('p', { class: 'smart-missing' }, words.allMet)
      : h(
          'p',
          { class: 'smart-missing' },
          t(m().smartMissing, { list: verdict.missing.map(name).join(words.listSeparator) }),
          verdict.hint ? [' ', h('span', { dir: 'auto' }, `${verdict.hint}.`)] : null,
        ),
  ];
}
