/** Step 1, Start: language, business, market, focus strategy and objectives; "Try an example". */
import { isLang } from '../../src/i18n/lang';
import type { StepContext } from '../context';
import { h, type Child } from '../dom';
import { choiceField, selectField, textField } from '../fields';
import { labels, m } from '../i18n';
import { FOCUS_OBJECTIVES, FOCUSES, OBJECTIVES, type Focus } from '../../src/plan/schema';
import type { Option } from '../fields';
import { languageOptions, marketOptions, optionsOf } from '../parts';

/**
 * The objectives on offer: never one that is also a focus ("Brand awareness" would stand in both
 * lists), those that follow from the chosen focus first.
 */
export function objectiveOptions(focus: string): Option[] {
  const names = labels().objectives;
  const follows: readonly string[] = (FOCUSES as readonly string[]).includes(focus) ? FOCUS_OBJECTIVES[focus as Focus] : [];
  const offered = OBJECTIVES.filter((o) => !(FOCUSES as readonly string[]).includes(o));
  const ordered = [...offered.filter((o) => follows.includes(o)).sort((x, y) => follows.indexOf(x) - follows.indexOf(y)), ...offered.filter((o) => !follows.includes(o))];
  return ordered.map((value) => ({ value, label: names[value] }));
}

export function startStep(ctx: StepContext): Child[] {
  const a = ctx.a;
  const example = ctx.confirmingExample
    ? h(
        'div',
        { class: 'banner', role: 'alertdialog', 'aria-labelledby': 'example-q' },
        h('p', { id: 'example-q' }, m().exampleReplace),
        h('div', { class: 'row' },
          h('button', { type: 'button', class: 'action', id: 'example-yes', onclick: () => ctx.tryExample(true) }, m().exampleConfirm),
          h('button', { type: 'button', id: 'example-no', onclick: () => ctx.cancelExample() }, m().cancel),
        ),
      )
    : h('p', null, h('button', { type: 'button', id: 'try-example', onclick: () => ctx.tryExample(false) }, m().tryExample));
  return [
    example,
    selectField({
      field: 'language',
      label: m().language,
      value: a.language,
      options: languageOptions(),
      onChange: (v) => {
        if (isLang(v)) a.language = v;
        ctx.changed('language', { redraw: true, focus: 'f-language' });
      },
    }),
    textField({
      field: 'businessName',
      label: m().businessName,
      value: a.businessName,
      maxLength: 100,
      onInput: (v) => {
        a.businessName = v;
        ctx.changed('businessName');
      },
    }),
    selectField({
      field: 'market',
      label: m().market,
      value: a.market,
      options: marketOptions(),
      placeholder: m().choose,
      onChange: (v) => {
        a.market = v;
        ctx.changed('market');
      },
    }),
    choiceField({
      field: 'focus',
      label: m().focus,
      kind: 'radio',
      column: true,
      values: [a.focus],
      options: optionsOf(labels().focus),
      onChange: ([v]) => {
        a.focus = v ?? '';
        // The objectives follow the focus: ticked for a first choice, re-ordered after that.
        if (a.objectives.length === 0 && (FOCUSES as readonly string[]).includes(a.focus)) a.objectives = [...FOCUS_OBJECTIVES[a.focus as Focus]];
        ctx.changed('focus', { redraw: true, focus: `f-focus-${optionsOf(labels().focus).findIndex((o) => o.value === a.focus)}` });
      },
    }),
    choiceField({
      field: 'objectives',
      label: m().objectives,
      hint: m().objectivesHint,
      kind: 'checkbox',
      column: true,
      values: a.objectives,
      options: objectiveOptions(a.focus),
      onChange: (values) => {
        a.objectives = values;
        ctx.changed('objectives');
      },
    }),
  ];
}
