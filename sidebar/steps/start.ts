/** Step 1, Start: language, business, market, focus strategy and objectives; "Try an example". */
import { isLang } from '../../src/i18n/lang';
import type { StepContext } from '../context';
import { h, type Child } from '../dom';
import { choiceField, selectField, textField } from '../fields';
import { labels, m } from '../i18n';
import { languageOptions, marketOptions, optionsOf } from '../parts';

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
        ctx.changed('focus');
      },
    }),
    choiceField({
      field: 'objectives',
      label: m().objectives,
      kind: 'checkbox',
      column: true,
      values: a.objectives,
      options: optionsOf(labels().objectives),
      onChange: (values) => {
        a.objectives = values;
        ctx.changed('objectives');
      },
    }),
  ];
}
