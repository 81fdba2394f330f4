/**
 * Step 5, Measure & review: per goal the network, metric, baseline, target and deadline; how often
 * the KPIs, the audit and the strategy are reviewed; who gets reminder e-mails and when.
 */
import type { StepContext } from '../context';
import { h, type Child } from '../dom';
import { choiceField, idOf, selectField, splitList, textField } from '../fields';
import { labels, m, t } from '../i18n';
import { card, networkOptions, optionsOf } from '../parts';

const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, '0')}:00` }));

export function measureStep(ctx: StepContext): Child[] {
  const a = ctx.a;
  const goals = a.goals.map((g, i) => {
    const at = `goals.${i}`;
    const number = (key: 'baseline' | 'target', label: string) =>
      textField({
        field: `${at}.${key}`,
        label,
        value: g[key],
        number: true,
        maxLength: 20,
        onInput: (v) => {
          g[key] = v;
          ctx.changed(`${at}.${key}`);
        },
      });
    return card(
      `${at}.measure`,
      t(m().goal, { n: i + 1 }),
      null,
      // The goal's own words, as text: a reminder of what these numbers measure.
      h('p', { class: 'muted goal-quote', dir: 'auto' }, g.text.trim() || t(m().noGoalText, { n: i + 1 })),
      selectField({
        field: `${at}.network`,
        label: m().network,
        value: g.network,
        options: networkOptions(),
        placeholder: m().choose,
        onChange: (v) => {
          g.network = v;
          ctx.changed(`${at}.network`);
        },
      }),
      selectField({
        field: `${at}.metric`,
        label: m().metric,
        value: g.metric,
        options: optionsOf(labels().metrics),
        placeholder: m().choose,
        onChange: (v) => {
          g.metric = v;
          ctx.changed(`${at}.metric`);
        },
      }),
      h('div', { class: 'row' }, number('baseline', m().baseline), number('target', m().target)),
      textField({
        field: `${at}.deadline`,
        label: m().deadline,
        type: 'date',
        value: g.deadline,
        onInput: (v) => {
          g.deadline = v;
          ctx.changed(`${at}.deadline`);
        },
      }),
    );
  });

  const months = (key: 'auditEveryMonths' | 'strategyEveryMonths', label: string) =>
    textField({
      field: `reviews.${key}`,
      label,
      value: a.reviews[key],
      number: true,
      maxLength: 3,
      onInput: (v) => {
        a.reviews[key] = v;
        ctx.changed(`reviews.${key}`);
      },
    });

  return [
    goals,
    h('h2', null, m().reviews),
    selectField({
      field: 'reviews.kpi',
      label: m().kpiCadence,
      value: a.reviews.kpi,
      options: optionsOf(labels().kpiCadence),
      onChange: (v) => {
        a.reviews.kpi = v;
        ctx.changed('reviews.kpi');
      },
    }),
    months('auditEveryMonths', m().auditEvery),
    months('strategyEveryMonths', m().strategyEvery),
    choiceField({
      field: 'remindersOn',
      label: m().reminders,
      kind: 'checkbox',
      values: ctx.remindersOn ? ['on'] : [],
      options: [{ value: 'on', label: m().remindersOn }],
      onChange: (values) => {
        ctx.setRemindersOn(values.includes('on'));
        ctx.changed('reminders', { redraw: true, focus: `${idOf('remindersOn')}-0` });
      },
    }),
    ctx.remindersOn
      ? [
          textField({
            field: 'reminders.recipients',
            label: m().recipients,
            type: 'email',
            value: a.reminders.recipients.join(', '),
            maxLength: 2600,
            onInput: (v) => {
              a.reminders.recipients = splitList(v);
              ctx.changed('reminders.recipients');
            },
          }),
          selectField({
            field: 'reminders.hour',
            label: m().hour,
            value: a.reminders.hour,
            options: HOURS,
            onChange: (v) => {
              a.reminders.hour = v;
              ctx.changed('reminders.hour');
            },
          }),
        ]
      : null,
  ];
}
