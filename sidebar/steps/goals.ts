/** Step 2, Goals: at least three, each with live SMART letters and what is missing. */
import { emptyGoal } from '../answers';
import type { StepContext } from '../context';
import { h, replace, type Child } from '../dom';
import { idOf, textField } from '../fields';
import { lang, m, t } from '../i18n';
import { addButton, card, listSection } from '../parts';
import { smartView } from '../smart';

const MIN_GOALS = 3;
const MAX_GOALS = 20;

export function goalsStep(ctx: StepContext): Child[] {
  const a = ctx.a;
  const cards = a.goals.map((goal, i) => {
    const field = `goals.${i}.text`;
    const feedback = h('div', { class: 'smart-box', 'aria-live': 'polite' }, smartView(goal.text, lang()));
    const title = t(m().goal, { n: i + 1 });
    const remove =
      a.goals.length > MIN_GOALS
        ? () => {
            a.goals.splice(i, 1);
            ctx.changed('goals', { redraw: true, focus: 'add-goal' });
          }
        : null;
    return card(
      `goals.${i}`,
      title,
      remove,
      textField({
        field,
        label: t(m().goalText, { n: i + 1 }),
        value: goal.text,
        multiline: true,
        maxLength: 500,
        extra: feedback,
        onInput: (v) => {
          goal.text = v;
          replace(feedback, smartView(v, lang()));
          ctx.changed(field);
        },
      }),
    );
  });
  return [
    h('p', { class: 'muted' }, m().goalHint),
    listSection('goals', cards),
    a.goals.length < MAX_GOALS
      ? addButton('add-goal', m().addGoal, () => {
          a.goals.push(emptyGoal());
          ctx.changed('goals', { redraw: true, focus: idOf(`goals.${a.goals.length - 1}.text`) });
        })
      : null,
  ];
}
