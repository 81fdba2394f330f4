// Whatever arrives from the sidebar (or a script), validatePlan never throws: it answers with a plan
// or with problems, each naming a field and saying something in a language we speak.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang } from '../../src/i18n/lang';
import { examplePlan } from '../../src/plan/example';
import { validatePlan, type PlanCheck } from '../../src/plan/schema';

const lang = fc.constantFrom<Lang>(...LANGUAGES);
/** A placeholder of the plan messages left in a message (user values may hold braces of their own). */
const UNFILLED = /\{(value|min|max|options|deadline|start|end|posts|days|times|slots|sum|size)\}/;

function wellFormed(check: PlanCheck): boolean {
  if (check.ok) return typeof check.plan === 'object' && check.plan !== null;
  return (
    check.problems.length > 0 &&
    check.problems.every((p) => typeof p.field === 'string' && typeof p.message === 'string' && p.message.length > 0 && !UNFILLED.test(p.message))
  );
}

/** Marketers' awkward values: digits in other scripts, formulas, links, blanks, huge numbers. */
const awkward = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('', '  ', null, '۱۲', '١٢', '=1+1', '@x', '-5', '1e999', 'javascript:alert(1)', '2026-02-30', '25:00', 'Instagram', NaN, Infinity, -0),
);

/** Every path to a leaf of a JSON value (objects and arrays). */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]))];
}

function replaceAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: any = Array.isArray(root) ? [...root] : { ...(root as object) };
  copy[path[0]] = replaceAt(copy[path[0]], path.slice(1), value);
  return copy;
}

describe('validatePlan on anything', () => {
  it('never throws on arbitrary JSON, and always answers a plan or problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), lang, (value, fallback) => wellFormed(validatePlan(value, fallback))),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary objects shaped a little like plans', () => {
    const planLike = fc.record(
      {
        businessName: awkward,
        language: fc.oneof(lang, awkward),
        market: awkward,
        focus: awkward,
        goals: fc.array(fc.dictionary(fc.constantFrom('text', 'network', 'metric', 'baseline', 'target', 'deadline'), awkward), { maxLength: 5 }),
        contentPlan: fc.dictionary(fc.constantFrom('startDate', 'months', 'networks', 'mix'), awkward),
        campaigns: awkward,
        weekend: awkward,
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(planLike, lang, (value, fallback) => wellFormed(validatePlan(value, fallback))), { numRuns: 500 });
  });

  it('an example with any one answer replaced still never throws, and a problem names a field', () => {
    const examples = LANGUAGES.map((l) => examplePlan(l, '2026-05-20'));
    const paths = examples.map((e) => leafPaths(e));
    fc.assert(
      fc.property(fc.nat(3), fc.nat(10_000), awkward, lang, (which, pick, value, fallback) => {
        const path = paths[which][pick % paths[which].length];
        const check = validatePlan(replaceAt(examples[which], path, value), fallback);
        return wellFormed(check);
      }),
      { numRuns: 1000 },
    );
  });

  it('every example is valid whatever day it is made on', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-06-30'), noInvalidDate: true }), lang, (day, l) => {
        const check = validatePlan(examplePlan(l, day.toISOString().slice(0, 10)), 'en');
        return check.ok;
      }),
      { numRuns: 300 },
    );
  });
});
