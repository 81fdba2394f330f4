/**
 * Step 2, Situation (SOSTAC's S): the SWOT, a few lines a quadrant; optional PESTEL notes; the
 * personas, each with where they are online (which the Accounts step then suggests); and the
 * hashtags and keywords to listen to, ours and those about us, each tied to a pillar or to any.
 */
import { PESTEL } from '../../src/plan/schema';
import { contentPillars } from '../../src/plan/mix';
import { emptyPersona, type Answers } from '../answers';
import type { StepContext } from '../context';
import { h, type Child } from '../dom';
import { choiceField, idOf, selectField, textField, type Option } from '../fields';
import { labels, lang, m, t } from '../i18n';
import { addButton, card, listSection, networkOptions, optionsOf } from '../parts';

const SWOT = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;

/** The pillars of the mix chosen so far, as a listening term names them (a preset's id, a custom pillar's name). */
export function pillarOptions(a: Answers): Option[] {
  const c = a.contentPlan;
  if (c.mix === 'custom') return c.custom.filter((p) => p.pillar.trim() !== '').map((p) => ({ value: p.pillar.trim(), label: p.pillar.trim() }));
  return contentPillars(c.mix, lang()).map((p) => ({ value: p.id, label: p.name }));
}

export function situationStep(ctx: StepContext): Child[] {
  const s = ctx.a.situation;
  const text = (field: string, label: string, value: string, set: (v: string) => void, multiline = true, maxLength = 500) =>
    textField({ field, label, value, multiline, maxLength, onInput: (v) => (set(v), ctx.changed(field)) });

  const personas = s.personas.map((p, i) => {
    const at = `situation.personas.${i}`;
    return card(
      at,
      p.name.trim() ? `${t(m().persona, { n: i + 1 })} · ${p.name.trim()}` : t(m().persona, { n: i + 1 }),
      () => {
        s.personas.splice(i, 1);
        ctx.changed('situation.personas', { redraw: true, focus: 'add-persona' });
      },
      text(`${at}.name`, m().personaName, p.name, (v) => (p.name = v), false, 100),
      text(`${at}.who`, m().personaWho, p.who, (v) => (p.who = v)),
      choiceField({
        field: `${at}.networks`,
        label: m().personaWhere,
        kind: 'checkbox',
        values: p.networks,
        options: networkOptions(),
        onChange: (values) => {
          p.networks = values;
          ctx.changed(`${at}.networks`);
        },
      }),
      text(`${at}.needs`, m().personaNeeds, p.needs, (v) => (p.needs = v)),
      text(`${at}.barriers`, m().personaBarriers, p.barriers, (v) => (p.barriers = v)),
    );
  });

  const pillars = [{ value: '', label: m().anyPillar }, ...pillarOptions(ctx.a)];
  const terms = s.listening.map((x, i) => {
    const at = `situation.listening.${i}`;
    return card(
      at,
      t(m().termItem, { n: i + 1 }),
      () => {
        s.listening.splice(i, 1);
        ctx.changed('situation.listening', { redraw: true, focus: 'add-term' });
      },
      text(`${at}.term`, m().term, x.term, (v) => (x.term = v), false, 100),
      selectField({
        field: `${at}.kind`,
        label: m().termKind,
        value: x.kind,
        options: optionsOf(labels().listeningKinds),
        onChange: (v) => ((x.kind = v), ctx.changed(`${at}.kind`)),
      }),
      selectField({
        field: `${at}.pillar`,
        label: m().termPillar,
        value: x.pillar,
        options: pillars.some((o) => o.value === x.pillar) ? pillars : [...pillars, { value: x.pillar, label: x.pillar }],
        onChange: (v) => ((x.pillar = v), ctx.changed(`${at}.pillar`)),
      }),
    );
  });

  return [
    h('h2', null, m().swot),
    h('p', { class: 'muted' }, m().swotHint),
    h('div', { 'data-field': 'situation.swot' }, SWOT.map((k) => text(`situation.swot.${k}`, labels().swot[k], s.swot[k], (v) => (s.swot[k] = v), true, 1000))),
    h(
      'details',
      { open: PESTEL.some((k) => s.pestel[k] !== '') ? true : null },
      h('summary', null, m().pestel),
      PESTEL.map((k) => text(`situation.pestel.${k}`, labels().pestel[k], s.pestel[k], (v) => (s.pestel[k] = v))),
    ),
    h('h2', null, m().personas),
    listSection('situation.personas', personas),
    addButton('add-persona', m().addPersona, () => {
      s.personas.push(emptyPersona());
      ctx.changed('situation.personas', { redraw: true, focus: idOf(`situation.personas.${s.personas.length - 1}.name`) });
    }),
    h('h2', null, m().listening),
    h('p', { class: 'muted' }, m().listeningHint),
    listSection('situation.listening', terms),
    addButton('add-term', m().addTerm, () => {
      s.listening.push({ term: '', kind: 'ours', pillar: '' });
      ctx.changed('situation.listening', { redraw: true, focus: idOf(`situation.listening.${s.listening.length - 1}.term`) });
    }),
  ];
}
